package org.camino.returns.entity;

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
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CasePart;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item of a returnee's reintegration plan: what (its dimension is the
 * code's parent in REINTEGRATION_ASSISTANCE), at which level, when planned
 * and when delivered, and optionally how much in which currency.
 */
@Entity
@Table(name = "reintegration_assistance")
@Audited
public class ReintegrationAssistance implements CasePart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reintegration_assistance_seq")
    @SequenceGenerator(name = "reintegration_assistance_seq", sequenceName = "reintegration_assistance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(name = "assistance_type", nullable = false, length = 64)
    private String assistanceType;
    @Column(name = "assistance_level", length = 64)
    private String assistanceLevel;
    @Column(name = "planned_on")
    private LocalDate plannedOn;
    @Column(name = "delivered_on")
    private LocalDate deliveredOn;
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(length = 3)
    private String currency;

    @Version
    private long version;

    protected ReintegrationAssistance() {
    }

    public ReintegrationAssistance(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getAssistanceType() { return assistanceType; }
    public void setAssistanceType(String assistanceType) { this.assistanceType = assistanceType; }
    public String getAssistanceLevel() { return assistanceLevel; }
    public void setAssistanceLevel(String assistanceLevel) { this.assistanceLevel = assistanceLevel; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }

    public void setAmount(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }
}
