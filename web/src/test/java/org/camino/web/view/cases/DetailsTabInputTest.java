package org.camino.web.view.cases;

import org.camino.health.boundary.HealthAssessmentForm;
import org.camino.health.boundary.HealthAssessmentView;
import org.camino.trafficking.boundary.TraffickingForm;
import org.camino.trafficking.boundary.TraffickingView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the programme-details tabs send to the services. */
class DetailsTabInputTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void withoutClinicalPermissionOnlyTheGeneralFieldsAndTheStoredOutcomeAreSent() {
        HealthAssessmentInput in = HealthAssessmentInput.of(new HealthAssessmentView("KEN-MHA-2026-000001", 3L, "USA", DAY,
                "UNFIT", true, true, null, null, null, null, null, null, null, List.of()));
        in.setReceivingCountry("CAN");
        in.setOutcome("FIT_TO_TRAVEL"); // not offered to this user, but never sent either
        in.setClinicalNotes("typed anyway");
        HealthAssessmentForm form = in.toForm(false, "UNFIT");
        assertEquals("CAN", form.receivingCountry());
        assertEquals("UNFIT", form.outcome());
        assertTrue(form.referredForTreatment());
        assertFalse(form.hasClinicalDetail(), "no clinical field, so the service keeps the stored ones");
    }

    @Test
    void withClinicalPermissionEverythingIsSent() {
        HealthAssessmentInput in = HealthAssessmentInput.of(new HealthAssessmentView("KEN-MHA-2026-000001", null, null, null,
                null, false, false, null, List.of(), null, List.of(), null, null, null, List.of()));
        in.setOutcome("FIT_WITH_CONDITIONS");
        in.setOutcomeDetail("FIT_AFTER_TREATMENT");
        in.setFindings(List.of("HEPATITIS_B"));
        in.setClinicalNotes("Stable");
        HealthAssessmentForm form = in.toForm(true, null);
        assertEquals("FIT_WITH_CONDITIONS", form.outcome());
        assertEquals("FIT_AFTER_TREATMENT", form.outcomeDetail());
        assertEquals(List.of("HEPATITIS_B"), form.findings());
        assertEquals("Stable", form.clinicalNotes());
    }

    @Test
    void conditionalTraffickingFieldsAreSentOnlyWithTheirExploitationType() {
        TraffickingInput in = TraffickingInput.of(new TraffickingView("KEN-CTA-2026-000001", null, null, null, List.of(),
                null, List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(), List.of()));
        in.setExploitationTypes(List.of("ForcedLabour", "SexualExploitation"));
        in.setForcedLabourIndustry("C_Manufacturing");
        in.setSexExploitationTypes(List.of("Pornography"));
        TraffickingForm both = in.toForm();
        assertEquals("C_Manufacturing", both.forcedLabourIndustry());
        assertEquals(List.of("Pornography"), both.sexExploitationTypes());

        in.setExploitationTypes(List.of("ChildLabour"));
        TraffickingForm neither = in.toForm();
        assertNull(neither.forcedLabourIndustry(), "the industry is hidden, so it is not sent");
        assertEquals(List.of(), neither.sexExploitationTypes());
        assertEquals(List.of("ChildLabour"), neither.exploitationTypes());
    }
}
