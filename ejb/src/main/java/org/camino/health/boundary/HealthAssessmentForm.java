package org.camino.health.boundary;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A health assessment as entered. The clinical fields (physician to
 * clinicalNotes) may be given only with {@code clinical:update}; without it
 * they must be left empty and are kept as stored, and the outcome must be
 * left as it is (a reader without clinical permission sees it).
 */
public record HealthAssessmentForm(
        String receivingCountry,
        LocalDate assessedOn,
        String outcome,
        boolean referredForTreatment,
        @Size(max = 200, message = "{field.tooLong}") String physician,
        List<String> findings,
        String tbClass,
        List<String> vaccinations,
        String outcomeDetail,
        @Size(max = 2_000, message = "{field.tooLong}") String referralNote,
        @Size(max = 20_000, message = "{field.tooLong}") String clinicalNotes) {

    /** True if any clinical field is filled in. */
    public boolean hasClinicalDetail() {
        return notBlank(physician) || notEmpty(findings) || notBlank(tbClass) || notEmpty(vaccinations)
                || notBlank(outcomeDetail) || notBlank(referralNote) || notBlank(clinicalNotes);
    }

    @Override
    public String toString() {
        return "HealthAssessmentForm[...]"; // never clinical detail in logs
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean notEmpty(List<String> values) {
        return values != null && values.stream().anyMatch(HealthAssessmentForm::notBlank);
    }
}
