package org.camino.web.view.cases;

import org.camino.returns.boundary.MonitoringVisitForm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A monitoring visit as being typed in a form; becomes the service's {@link MonitoringVisitForm}. */
public class MonitoringVisitInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String visit;
    private LocalDate visitedOn;
    private BigDecimal economicScore;
    private BigDecimal socialScore;
    private BigDecimal psychosocialScore;
    private String notes;

    public MonitoringVisitForm toForm() {
        return new MonitoringVisitForm(visit, visitedOn, economicScore, socialScore, psychosocialScore, notes);
    }

    public String getVisit() { return visit; }
    public void setVisit(String visit) { this.visit = visit; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public void setVisitedOn(LocalDate visitedOn) { this.visitedOn = visitedOn; }
    public BigDecimal getEconomicScore() { return economicScore; }
    public void setEconomicScore(BigDecimal economicScore) { this.economicScore = economicScore; }
    public BigDecimal getSocialScore() { return socialScore; }
    public void setSocialScore(BigDecimal socialScore) { this.socialScore = socialScore; }
    public BigDecimal getPsychosocialScore() { return psychosocialScore; }
    public void setPsychosocialScore(BigDecimal psychosocialScore) { this.psychosocialScore = psychosocialScore; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
