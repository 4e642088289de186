package org.camino.trafficking.entity;

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
import org.camino.cases.entity.CaseFile;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral of a counter-trafficking case, incoming or outgoing (HTCDS
 * cas_ referral details): the type of the other organisation, the reason,
 * the date, and an encrypted note (special arrangements, logistics).
 * Recorded once. The organisation's name is not kept here: partner
 * organisations are reference data of their own.
 */
@Entity(name = "TraffickingReferral")
@Table(name = "trafficking_referral")
@Audited
public class Referral {

    static final EncryptedField NOTE = new EncryptedField("trafficking_referral.note");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trafficking_referral_seq")
    @SequenceGenerator(name = "trafficking_referral_seq", sequenceName = "trafficking_referral_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false, length = 16)
    private String direction;
    @Column(name = "organisation_type", updatable = false, length = 64)
    private String organisationType;
    @Column(updatable = false, length = 64)
    private String reason;
    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;
    @Column(updatable = false)
    private String note;

    protected Referral() {
    }

    public Referral(CaseFile caseFile, String direction, String organisationType, String reason, LocalDate referredOn,
                    String note) {
        this.caseFile = caseFile;
        this.direction = direction;
        this.organisationType = organisationType;
        this.reason = reason;
        this.referredOn = referredOn;
        this.note = NOTE.seal(note, null, uuid);
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public String getDirection() { return direction; }
    public String getOrganisationType() { return organisationType; }
    public String getReason() { return reason; }
    public LocalDate getReferredOn() { return referredOn; }
    public String getNote() { return NOTE.open(note, uuid); }
}
