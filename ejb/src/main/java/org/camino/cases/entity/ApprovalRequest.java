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

import java.time.Instant;
import java.util.UUID;

/** A workflow step waiting in the mission manager's approval queue, and its decision. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    public enum Decision { PENDING, APPROVED, REJECTED }

    static final EncryptedField REASON = new EncryptedField("approval_request.reason");
    static final EncryptedField DECISION_NOTE = new EncryptedField("approval_request.decision_note");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_request_seq")
    @SequenceGenerator(name = "approval_request_seq", sequenceName = "approval_request_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(name = "from_status", nullable = false, length = 32, updatable = false)
    private String fromStatus;
    @Column(name = "to_status", nullable = false, length = 32, updatable = false)
    private String toStatus;
    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt = Instant.now();
    @Column(updatable = false)
    private String reason;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision decision = Decision.PENDING;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    public ApprovalRequest(CaseFile caseFile, String fromStatus, String toStatus, String requestedBy, String reason) {
        this.caseFile = caseFile;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.requestedBy = requestedBy;
        this.reason = REASON.seal(reason, null, uuid);
    }

    public void decide(Decision decision, String by, String note) {
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionNote = DECISION_NOTE.seal(note, decisionNote, uuid);
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public String getFromStatus() { return fromStatus; }
    public String getToStatus() { return toStatus; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getReason() { return REASON.open(reason, uuid); }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return DECISION_NOTE.open(decisionNote, uuid); }
    public long getVersion() { return version; }
}
