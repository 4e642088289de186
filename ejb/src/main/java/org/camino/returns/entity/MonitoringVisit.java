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
import org.camino.cases.entity.CaseFile;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.RowUuid;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reintegration monitoring visit (3, 6 or 12 months after return) with its
 * sustainability scores. The overall score is stored with the dimensions so
 * that reports need not recompute it. Recorded once, never edited.
 */
@Entity
@Table(name = "monitoring_visit")
@Audited
public class MonitoringVisit {

    static final EncryptedField NOTES = new EncryptedField("monitoring_visit.notes");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_visit_seq")
    @SequenceGenerator(name = "monitoring_visit_seq", sequenceName = "monitoring_visit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = RowUuid.next();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false, length = 64)
    private String visit;
    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @Column(name = "economic_score", nullable = false, updatable = false, precision = 4, scale = 3)
    private BigDecimal economicScore;
    @Column(name = "social_score", nullable = false, updatable = false, precision = 4, scale = 3)
    private BigDecimal socialScore;
    @Column(name = "psychosocial_score", nullable = false, updatable = false, precision = 4, scale = 3)
    private BigDecimal psychosocialScore;
    @Column(name = "overall_score", nullable = false, updatable = false, precision = 4, scale = 3)
    private BigDecimal overallScore;

    @Column(updatable = false)
    private String notes;

    protected MonitoringVisit() {
    }

    public MonitoringVisit(CaseFile caseFile, String visit, LocalDate visitedOn, SustainabilityScore score, String notes) {
        this.caseFile = caseFile;
        this.visit = visit;
        this.visitedOn = visitedOn;
        this.economicScore = score.economic();
        this.socialScore = score.social();
        this.psychosocialScore = score.psychosocial();
        this.overallScore = score.overall();
        this.notes = NOTES.seal(notes, null, uuid);
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public String getVisit() { return visit; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public BigDecimal getEconomicScore() { return economicScore; }
    public BigDecimal getSocialScore() { return socialScore; }
    public BigDecimal getPsychosocialScore() { return psychosocialScore; }
    public BigDecimal getOverallScore() { return overallScore; }
    public String getNotes() { return NOTES.open(notes, uuid); }
}
