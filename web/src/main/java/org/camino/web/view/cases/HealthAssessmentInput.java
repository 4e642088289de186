package org.camino.web.view.cases;

import org.camino.health.boundary.HealthAssessmentForm;
import org.camino.health.boundary.HealthAssessmentView;
import org.camino.web.view.CodeLabels;
import org.camino.web.view.Formats;
import org.camino.web.view.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A health assessment as being typed on the programme-details tab; becomes the
 * service's {@link HealthAssessmentForm} when saved. Without clinical
 * permission only the general fields travel, with the outcome as stored.
 */
public class HealthAssessmentInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String receivingCountry;
    private LocalDate assessedOn;
    private String outcome;
    private boolean referredForTreatment;
    private String physician;
    private List<String> findings = new ArrayList<>();
    private String tbClass;
    private List<String> vaccinations = new ArrayList<>();
    private String outcomeDetail;
    private String referralNote;
    private String clinicalNotes;

    public static HealthAssessmentInput of(HealthAssessmentView a) {
        HealthAssessmentInput in = new HealthAssessmentInput();
        in.receivingCountry = a.receivingCountry();
        in.assessedOn = a.assessedOn();
        in.outcome = a.outcome();
        in.referredForTreatment = a.referredForTreatment();
        in.physician = a.physician();
        in.findings = a.findings() == null ? new ArrayList<>() : new ArrayList<>(a.findings());
        in.tbClass = a.tbClass();
        in.vaccinations = a.vaccinations() == null ? new ArrayList<>() : new ArrayList<>(a.vaccinations());
        in.outcomeDetail = a.outcomeDetail();
        in.referralNote = a.referralNote();
        in.clinicalNotes = a.clinicalNotes();
        return in;
    }

    /** With clinical permission, everything; without it, the general fields and the stored outcome. */
    public HealthAssessmentForm toForm(boolean clinical, String storedOutcome) {
        if (!clinical) {
            return new HealthAssessmentForm(receivingCountry, assessedOn, storedOutcome, referredForTreatment,
                    null, null, null, null, null, null, null);
        }
        return new HealthAssessmentForm(receivingCountry, assessedOn, outcome, referredForTreatment, physician,
                List.copyOf(findings), tbClass, List.copyOf(vaccinations), outcomeDetail, referralNote, clinicalNotes);
    }

    /** Field name (as in the messages, health.X) to the value as shown, for comparing with someone else's save. */
    public Map<String, Object> values(boolean clinical, CodeLabels codes, Formats fmt) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("receivingCountry", codes.label("COUNTRY", receivingCountry));
        v.put("assessedOn", fmt.date(assessedOn));
        v.put("outcome", codes.label("HEALTH_OUTCOME", outcome));
        v.put("referredForTreatment", Messages.text(referredForTreatment ? "details.yes" : "details.no"));
        if (clinical) {
            v.put("outcomeDetail", codes.label("HEALTH_OUTCOME", outcomeDetail));
            v.put("physician", physician);
            v.put("findings", codes.labels("HEALTH_CONDITION", findings));
            v.put("tbClass", codes.label("TB_CLASS", tbClass));
            v.put("vaccinations", codes.labels("VACCINE", vaccinations));
            v.put("referralNote", referralNote);
            v.put("clinicalNotes", clinicalNotes);
        }
        return v;
    }

    public String getReceivingCountry() { return receivingCountry; }
    public void setReceivingCountry(String receivingCountry) { this.receivingCountry = receivingCountry; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isReferredForTreatment() { return referredForTreatment; }
    public void setReferredForTreatment(boolean referredForTreatment) { this.referredForTreatment = referredForTreatment; }
    public String getPhysician() { return physician; }
    public void setPhysician(String physician) { this.physician = physician; }
    public List<String> getFindings() { return findings; }
    public void setFindings(List<String> findings) { this.findings = findings == null ? new ArrayList<>() : new ArrayList<>(findings); }
    public String getTbClass() { return tbClass; }
    public void setTbClass(String tbClass) { this.tbClass = tbClass; }
    public List<String> getVaccinations() { return vaccinations; }
    public void setVaccinations(List<String> vaccinations) { this.vaccinations = vaccinations == null ? new ArrayList<>() : new ArrayList<>(vaccinations); }
    public String getOutcomeDetail() { return outcomeDetail; }
    public void setOutcomeDetail(String outcomeDetail) { this.outcomeDetail = outcomeDetail; }
    public String getReferralNote() { return referralNote; }
    public void setReferralNote(String referralNote) { this.referralNote = referralNote; }
    public String getClinicalNotes() { return clinicalNotes; }
    public void setClinicalNotes(String clinicalNotes) { this.clinicalNotes = clinicalNotes; }
}
