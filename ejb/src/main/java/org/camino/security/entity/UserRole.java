package org.camino.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One role held by a user, in one mission (and programme area) or globally. */
@Entity
@Table(name = "user_role")
public class UserRole {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_role_seq")
    @SequenceGenerator(name = "user_role_seq", sequenceName = "user_role_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "role_code", nullable = false, length = 32)
    private String roleCode;

    @Column(name = "mission_id")
    private Long missionId;

    @Column(name = "programme_area", length = 16)
    private String programmeArea;

    protected UserRole() {
    }

    UserRole(User user, String roleCode, Long missionId, String programmeArea) {
        this.user = user;
        this.roleCode = roleCode;
        this.missionId = missionId;
        this.programmeArea = programmeArea;
    }

    public Long getId() { return id; }
    public User getUser() { return user; }
    public String getRoleCode() { return roleCode; }
    public Long getMissionId() { return missionId; }
    public String getProgrammeArea() { return programmeArea; }
}
