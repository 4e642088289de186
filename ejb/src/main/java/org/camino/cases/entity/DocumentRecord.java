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
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document held by one person of a case (passport, refugee ID, visa...):
 * type from the DOCUMENT_TYPE list, number and remarks encrypted, issuing
 * country and dates in clear. Corrected with optimistic locking, or marked
 * invalid (lost, expired, withdrawn); never deleted.
 */
@Entity
@Table(name = "case_document")
@Audited
public class DocumentRecord implements CasePart {

    static final EncryptedField TITLE = new EncryptedField("case_document.title");
    static final EncryptedField DOCUMENT_NUMBER = new EncryptedField("case_document.document_number");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "document_type", nullable = false, length = 32)
    private String documentType;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "issuing_country", length = 3)
    private String issuingCountry;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** Free-text remarks (encrypted); the column kept its first name. */
    @Column(name = "title")
    private String title;

    @Column(name = "invalidated_on")
    private LocalDate invalidatedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Version
    private long version;

    protected DocumentRecord() {
    }

    public DocumentRecord(CaseFile caseFile, String recordedBy) {
        this.caseFile = caseFile;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public Person getPerson() { return person; }
    public void setPerson(Person person) { this.person = person; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return DOCUMENT_NUMBER.open(documentNumber, uuid); }
    public void setDocumentNumber(String value) { documentNumber = DOCUMENT_NUMBER.seal(value, documentNumber, uuid); }
    public String getIssuingCountry() { return issuingCountry; }
    public void setIssuingCountry(String issuingCountry) { this.issuingCountry = issuingCountry; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getRemarks() { return TITLE.open(title, uuid); }
    public void setRemarks(String value) { title = TITLE.seal(value, title, uuid); }
    public LocalDate getInvalidatedOn() { return invalidatedOn; }
    public void invalidate(LocalDate on) { invalidatedOn = on; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }
}
