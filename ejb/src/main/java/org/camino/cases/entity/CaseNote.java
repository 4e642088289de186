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

import java.time.Instant;
import java.util.UUID;

/** A free-text note on a case (encrypted), with its author and time. Notes are added, never edited. */
@Entity
@Table(name = "case_note")
@Audited
public class CaseNote {

    static final EncryptedField TEXT = new EncryptedField("case_note.text");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false, updatable = false)
    private String text;

    protected CaseNote() {
    }

    public CaseNote(CaseFile caseFile, String author, String text) {
        this.caseFile = caseFile;
        this.author = author;
        this.text = TEXT.seal(text, null, uuid);
    }

    public Long getId() { return id; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public String getText() { return TEXT.open(text, uuid); }
}
