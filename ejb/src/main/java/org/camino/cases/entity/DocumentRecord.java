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
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/** A record that a document exists for the case (kind, title, when received); the title is encrypted. */
@Entity
@Table(name = "case_document")
@Audited
public class DocumentRecord {

    static final EncryptedField TITLE = new EncryptedField("case_document.title");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    protected DocumentRecord() {
    }

    public DocumentRecord(CaseFile caseFile, String kind, String title, LocalDate receivedOn) {
        this.caseFile = caseFile;
        this.kind = kind;
        this.title = TITLE.seal(title, null, uuid);
        this.receivedOn = receivedOn;
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getTitle() { return TITLE.open(title, uuid); }
    public LocalDate getReceivedOn() { return receivedOn; }
}
