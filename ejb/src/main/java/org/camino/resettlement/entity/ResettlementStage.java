package org.camino.resettlement.entity;

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

import java.time.LocalDate;

/** A processing stage a resettlement case has reached, and when. One row per stage; a correction changes its date. */
@Entity
@Table(name = "resettlement_stage")
@Audited
public class ResettlementStage implements CasePart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resettlement_stage_seq")
    @SequenceGenerator(name = "resettlement_stage_seq", sequenceName = "resettlement_stage_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    @Column(nullable = false, updatable = false, length = 64)
    private String stage;

    @Column(name = "reached_on", nullable = false)
    private LocalDate reachedOn;

    @Version
    private long version;

    protected ResettlementStage() {
    }

    public ResettlementStage(CaseFile caseFile, String stage) {
        this.caseFile = caseFile;
        this.stage = stage;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getStage() { return stage; }
    public LocalDate getReachedOn() { return reachedOn; }
    public void setReachedOn(LocalDate reachedOn) { this.reachedOn = reachedOn; }
}
