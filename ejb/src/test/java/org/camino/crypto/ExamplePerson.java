package org.camino.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** How an entity uses {@link EncryptedField}; test code only (the real Person lives in cases). */
@Entity
@Table(name = "example_person")
public class ExamplePerson {

    static final EncryptedField GIVEN_NAME = new EncryptedField("example_person.given_name");
    static final EncryptedField FAMILY_NAME = new EncryptedField("example_person.family_name");

    @Id
    @GeneratedValue
    private Long id;

    /** The row identity every ciphertext of this row is bound to: set once, here, and never changed. */
    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = UUID.randomUUID();

    @Column(name = "given_name", columnDefinition = "text")
    private String givenName;

    @Column(name = "family_name", columnDefinition = "text")
    private String familyName;

    /** Blind index of the full name, set by the service that has a BlindIndex. */
    @Column(name = "name_index", length = 32)
    private String nameIndex;

    @Version
    private long version;

    protected ExamplePerson() {
    }

    public ExamplePerson(String givenName, String familyName) {
        setGivenName(givenName);
        setFamilyName(familyName);
    }

    public Long getId() { return id; }
    public UUID getUuid() { return uuid; }
    public long getVersion() { return version; }

    public String getGivenName() { return GIVEN_NAME.open(givenName, uuid); }
    public void setGivenName(String value) { givenName = GIVEN_NAME.seal(value, givenName, uuid); }

    public String getFamilyName() { return FAMILY_NAME.open(familyName, uuid); }
    public void setFamilyName(String value) { familyName = FAMILY_NAME.seal(value, familyName, uuid); }

    public String getNameIndex() { return nameIndex; }
    public void setNameIndex(String nameIndex) { this.nameIndex = nameIndex; }

    /** What the database holds, for tests. */
    String storedGivenName() { return givenName; }
    void storeGivenName(String ciphertext) { givenName = ciphertext; }
    String storedFamilyName() { return familyName; }
}
