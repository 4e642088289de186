package org.camino.health.boundary;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthChecksTest {

    private static HealthAssessmentForm form(String country, LocalDate on, String outcome, boolean referred, String notes,
                                             List<String> findings) {
        return new HealthAssessmentForm(country, on, outcome, referred, null, findings, null, null, null, null, notes);
    }

    @Test
    void anAssessmentWithNothingEnteredIsEmpty() {
        assertTrue(HealthChecks.isEmpty(form(null, null, null, false, null, null)));
        assertTrue(HealthChecks.isEmpty(form(" ", null, "", false, "  ", List.of(" "))), "blanks are nothing");
    }

    @Test
    void anyOneFieldMakesItNotEmpty() {
        assertFalse(HealthChecks.isEmpty(form("CAN", null, null, false, null, null)));
        assertFalse(HealthChecks.isEmpty(form(null, LocalDate.of(2026, 11, 2), null, false, null, null)));
        assertFalse(HealthChecks.isEmpty(form(null, null, "FIT", false, null, null)));
        assertFalse(HealthChecks.isEmpty(form(null, null, null, true, null, null)), "referred for treatment");
        assertFalse(HealthChecks.isEmpty(form(null, null, null, false, "Seen", null)), "clinical notes");
        assertFalse(HealthChecks.isEmpty(form(null, null, null, false, null, List.of("TB"))), "a finding");
    }
}
