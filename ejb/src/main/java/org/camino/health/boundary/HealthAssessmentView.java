package org.camino.health.boundary;

import org.camino.cases.boundary.CaseViews.DamagedField;
import org.camino.cases.boundary.Reading;
import org.camino.cases.entity.CaseFile;
import org.camino.health.entity.HealthAssessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A health assessment as the boundary hands it out. {@code version} is null
 * until it is first saved. For a reader without {@code clinical:read} every
 * clinical field is null and {@code clinicalWithheld} is true. A damaged
 * stored value is null and named in {@code damagedFields}, so that the rest
 * still shows.
 */
public record HealthAssessmentView(String caseNumber, Long version, String receivingCountry, LocalDate assessedOn,
                                   String outcome, boolean referredForTreatment, boolean clinicalWithheld,
                                   String physician, List<String> findings, String tbClass, List<String> vaccinations,
                                   String outcomeDetail, String referralNote, String clinicalNotes,
                                   List<DamagedField> damagedFields) implements Serializable {
    /** Only codes and ids: the other fields may be personal, and records end up in logs. */
    @Override
    public String toString() {
        return "HealthAssessmentView[caseNumber=" + caseNumber + ", version=" + version + ", outcome=" + outcome + "]";
    }


    static HealthAssessmentView of(CaseFile caseFile, HealthAssessment a, boolean clinical) {
        if (a == null) {
            return new HealthAssessmentView(caseFile.getNumber(), null, null, null, null, false, !clinical,
                    null, clinical ? List.of() : null, null, clinical ? List.of() : null, null, null, null, List.of());
        }
        if (!clinical) {
            return new HealthAssessmentView(caseFile.getNumber(), a.getVersion(), a.getReceivingCountry(),
                    a.getAssessedOn(), a.getOutcome(), a.isReferredForTreatment(), true,
                    null, null, null, null, null, null, null, List.of());
        }
        Reading read = new Reading();
        long id = caseFile.getId() == null ? 0 : caseFile.getId(); // the assessment's key is its case's
        return new HealthAssessmentView(caseFile.getNumber(), a.getVersion(), a.getReceivingCountry(),
                a.getAssessedOn(), a.getOutcome(), a.isReferredForTreatment(), false,
                read.of(a::getPhysician, "healthAssessment", id), List.copyOf(a.getFindings()), a.getTbClass(),
                List.copyOf(a.getVaccinations()), a.getOutcomeDetail(), read.of(a::getReferralNote, "healthAssessment", id),
                read.of(a::getClinicalNotes, "healthAssessment", id), read.damaged());
    }
}
