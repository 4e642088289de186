package org.camino.missions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Entity
@Table(name = "mission")
public class Mission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mission_seq")
    @SequenceGenerator(name = "mission_seq", sequenceName = "mission_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{mission.code.required}")
    @Pattern(regexp = "[A-Z]{3}(-[A-Z]{3})?", message = "{mission.code.pattern}")
    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @NotBlank(message = "{mission.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "{country.code.pattern}")
    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String country;

    private boolean active = true;

    @Version
    private long version;

    protected Mission() {
    }

    public Mission(String code, String name, String country) {
        this.code = code;
        this.name = name;
        this.country = country;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
