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

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a case along its workflow: from, to, who, when, why (the why is
 * free text, so encrypted), and who approved it when approval was needed.
 */
@Entity
@Table(name = "case_status_change")
public class StatusChange {

    static final EncryptedField REASON = new EncryptedField("case_status_change.reason");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_status_change_seq")
    @SequenceGenerator(name = "case_status_change_seq", sequenceName = "case_status_change_seq", allocationSize = 1000)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(name = "from_status", length = 32, updatable = false)
    private String fromStatus;
    @Column(name = "to_status", nullable = false, length = 32, updatable = false)
    private String toStatus;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.now();
    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;
    @Column(updatable = false)
    private String reason;
    @Column(name = "approved_by", length = 64, updatable = false)
    private String approvedBy;

    protected StatusChange() {
    }

    public StatusChange(CaseFile caseFile, String fromStatus, String toStatus, String changedBy, String reason,
                        String approvedBy) {
        this.caseFile = caseFile;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedBy = changedBy;
        this.reason = REASON.seal(reason, null, uuid);
        this.approvedBy = approvedBy;
    }

    public Long getId() { return id; }
    public String getFromStatus() { return fromStatus; }
    public String getToStatus() { return toStatus; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getReason() { return REASON.open(reason, uuid); }
    public String getApprovedBy() { return approvedBy; }
}
