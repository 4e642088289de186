package org.camino.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case: one household's file in one programme of one mission, numbered
 * {@code <MISSION>-<TYPE>-<YEAR>-<SEQ>}. Its status moves only along its
 * type's workflow ({@link org.camino.cases.control.Workflows}).
 */
@Entity
@Table(name = "case_file")
@Audited
public class CaseFile {

    static final EncryptedField CLOSURE_NOTE = new EncryptedField("case_file.closure_note");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 1000)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @Column(nullable = false, updatable = false, unique = true, length = 40)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Mission mission;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, updatable = false, length = 3)
    private CaseType caseType;

    @Column(nullable = false, length = 32)
    private String status;

    /** A transition waiting for a mission manager's approval, or null. */
    @Column(name = "pending_status", length = 32)
    private String pendingStatus;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "principal_id")
    private Person principal;

    /** The caseworker in charge (user id); null until assigned. */
    @Column(name = "assigned_to")
    private Long assignedTo;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "closure_reason", length = 32)
    private String closureReason;
    @Column(name = "closure_note")
    private String closureNote;

    @Column(name = "consent_purpose", length = 32)
    private String consentPurpose;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Column(name = "consent_withdrawn_on")
    private LocalDate consentWithdrawnOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();
    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String number, Mission mission, CaseType caseType, String initialStatus, Household household,
                    Person principal, LocalDate openedOn) {
        this.number = number;
        this.mission = mission;
        this.caseType = caseType;
        this.status = initialStatus;
        this.household = household;
        this.principal = principal;
        this.openedOn = openedOn;
    }

    public void touch(String username) {
        updatedAt = Instant.now();
        updatedBy = username;
    }

    public Long getId() { return id; }
    public UUID getUuid() { return uuid; }
    public String getNumber() { return number; }
    public Mission getMission() { return mission; }
    public CaseType getCaseType() { return caseType; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPendingStatus() { return pendingStatus; }
    public void setPendingStatus(String pendingStatus) { this.pendingStatus = pendingStatus; }
    public Household getHousehold() { return household; }
    public Person getPrincipal() { return principal; }
    public Long getAssignedTo() { return assignedTo; }
    public void setAssignedTo(Long assignedTo) { this.assignedTo = assignedTo; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getClosureReason() { return closureReason; }
    public String getClosureNote() { return CLOSURE_NOTE.open(closureNote, uuid); }

    public void close(LocalDate on, String reason, String note) {
        closedOn = on;
        closureReason = reason;
        closureNote = CLOSURE_NOTE.seal(note, closureNote, uuid);
    }

    public void reopen() {
        closedOn = null;
        closureReason = null;
        closureNote = null;
    }

    public String getConsentPurpose() { return consentPurpose; }
    public LocalDate getConsentDate() { return consentDate; }
    public LocalDate getConsentWithdrawnOn() { return consentWithdrawnOn; }

    public void recordConsent(String purpose, LocalDate date) {
        consentPurpose = purpose;
        consentDate = date;
        consentWithdrawnOn = null;
    }

    public void withdrawConsent(LocalDate on) {
        consentWithdrawnOn = on;
    }

    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
