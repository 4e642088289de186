package org.camino.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.camino.missions.entity.Mission;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person known to a mission. Names, date of birth, document number and
 * contact details are stored encrypted; sex, birth year and nationality stay
 * in clear for statistics. Blind indexes allow exact search without
 * decrypting anything.
 */
@Entity
@Table(name = "person")
@Audited
public class Person {

    static final EncryptedField GIVEN_NAME = new EncryptedField("person.given_name");
    static final EncryptedField FAMILY_NAME = new EncryptedField("person.family_name");
    static final EncryptedField DATE_OF_BIRTH = new EncryptedField("person.date_of_birth");
    static final EncryptedField DOCUMENT_NUMBER = new EncryptedField("person.document_number");
    static final EncryptedField PHONE = new EncryptedField("person.phone");
    static final EncryptedField EMAIL = new EncryptedField("person.email");
    static final EncryptedField ADDRESS = new EncryptedField("person.address");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    // 1000 ids per sequence call for the bulk tables (V6): bulk creation needs few round trips for ids
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 1000)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Mission mission;

    @Column(name = "given_name", nullable = false)
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "date_of_birth")
    private String dateOfBirth;
    @Column(name = "birth_year")
    private Integer birthYear;
    @Column(name = "birth_date_estimated")
    private boolean birthDateEstimated;
    @Column(length = 16)
    private String sex;
    @Column(length = 3)
    private String nationality;

    @Column(name = "document_type", length = 32)
    private String documentType;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "document_country", length = 3)
    private String documentCountry;

    private String phone;
    private String email;
    private String address;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> vulnerabilities = new ArrayList<>();

    // Blind indexes (keyed HMAC of normalised values); never the values themselves
    @Column(name = "name_index", length = 64)
    private String nameIndex;
    @Column(name = "family_name_index", length = 64)
    private String familyNameIndex;
    @Column(name = "document_index", length = 64)
    private String documentIndex;
    @Column(name = "phone_index", length = 64)
    private String phoneIndex;
    @Column(name = "duplicate_key", length = 64)
    private String duplicateKey;
    /** Keys of each name word and its spellings, space-separated (a trigger copies them to person_name_key). */
    @NotAudited
    @Column(name = "name_keys")
    private String nameKeys;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Mission mission) {
        this.mission = mission;
    }

    public Long getId() { return id; }
    public UUID getUuid() { return uuid; }
    public Mission getMission() { return mission; }
    public long getVersion() { return version; }

    public String getGivenName() { return GIVEN_NAME.open(givenName, uuid); }
    public void setGivenName(String value) { givenName = GIVEN_NAME.seal(value, givenName, uuid); }
    public String getFamilyName() { return FAMILY_NAME.open(familyName, uuid); }
    public void setFamilyName(String value) { familyName = FAMILY_NAME.seal(value, familyName, uuid); }

    public LocalDate getDateOfBirth() {
        String value = DATE_OF_BIRTH.open(dateOfBirth, uuid);
        return value == null ? null : LocalDate.parse(value);
    }

    public void setDateOfBirth(LocalDate value) {
        dateOfBirth = DATE_OF_BIRTH.seal(value == null ? null : value.toString(), dateOfBirth, uuid);
    }

    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public boolean isBirthDateEstimated() { return birthDateEstimated; }
    public void setBirthDateEstimated(boolean birthDateEstimated) { this.birthDateEstimated = birthDateEstimated; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return DOCUMENT_NUMBER.open(documentNumber, uuid); }
    public void setDocumentNumber(String value) { documentNumber = DOCUMENT_NUMBER.seal(value, documentNumber, uuid); }
    public String getDocumentCountry() { return documentCountry; }
    public void setDocumentCountry(String documentCountry) { this.documentCountry = documentCountry; }
    public String getPhone() { return PHONE.open(phone, uuid); }
    public void setPhone(String value) { phone = PHONE.seal(value, phone, uuid); }
    public String getEmail() { return EMAIL.open(email, uuid); }
    public void setEmail(String value) { email = EMAIL.seal(value, email, uuid); }
    public String getAddress() { return ADDRESS.open(address, uuid); }
    public void setAddress(String value) { address = ADDRESS.seal(value, address, uuid); }
    public List<String> getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(List<String> vulnerabilities) { this.vulnerabilities = new ArrayList<>(vulnerabilities); }

    public String getNameIndex() { return nameIndex; }
    public String getDocumentIndex() { return documentIndex; }
    public String getPhoneIndex() { return phoneIndex; }
    public String getDuplicateKey() { return duplicateKey; }

    /** Set by the service that knows the blind-index key, whenever the indexed values change. */
    public void setIndexes(String nameIndex, String familyNameIndex, String documentIndex, String phoneIndex,
                           String duplicateKey) {
        this.nameIndex = nameIndex;
        this.familyNameIndex = familyNameIndex;
        this.documentIndex = documentIndex;
        this.phoneIndex = phoneIndex;
        this.duplicateKey = duplicateKey;
    }

    public String getNameKeys() { return nameKeys; }
    public void setNameKeys(String nameKeys) { this.nameKeys = nameKeys; }

    public String fullName() {
        String family = getFamilyName();
        return family == null ? getGivenName() : getGivenName() + " " + family;
    }
}
