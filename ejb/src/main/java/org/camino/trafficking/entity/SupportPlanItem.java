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
import jakarta.persistence.Version;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CasePart;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** An item of a victim's support plan (HTCDS spl_): its type, when it is planned to end and when it did. */
@Entity
@Table(name = "support_plan_item")
@Audited
public class SupportPlanItem implements CasePart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_plan_item_seq")
    @SequenceGenerator(name = "support_plan_item_seq", sequenceName = "support_plan_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private CaseFile caseFile;

    /** spl_Type */
    @Column(name = "plan_type", nullable = false, length = 64)
    private String planType;
    /** spl_PlannedEndDate */
    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;
    /** spl_ActualEndDate: when the support was delivered */
    @Column(name = "actual_end_date")
    private LocalDate actualEndDate;

    @Version
    private long version;

    protected SupportPlanItem() {
    }

    public SupportPlanItem(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public long getVersion() { return version; }
    public String getPlanType() { return planType; }
    public void setPlanType(String planType) { this.planType = planType; }
    public LocalDate getPlannedEndDate() { return plannedEndDate; }
    public void setPlannedEndDate(LocalDate plannedEndDate) { this.plannedEndDate = plannedEndDate; }
    public LocalDate getActualEndDate() { return actualEndDate; }
    public void setActualEndDate(LocalDate actualEndDate) { this.actualEndDate = actualEndDate; }
}
