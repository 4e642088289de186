package org.camino.health.boundary;

import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.crypto.EncryptedField;
import org.camino.crypto.FieldCipher;
import org.camino.crypto.KeyRing;
import org.camino.health.entity.HealthAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without clinical permission the view carries no clinical value at all, only the flag. */
class HealthAssessmentViewTest {

    private final CaseFile caseFile = new CaseFile("KEN-MHA-2026-000001", null, CaseType.MHA, "OPEN", null, null,
            LocalDate.of(2026, 1, 5));

    @BeforeEach
    void installCipher() {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[KeyRing.KEY_BYTES];
        byte[] blind = new byte[KeyRing.KEY_BYTES];
        random.nextBytes(key);
        random.nextBytes(blind);
        EncryptedField.install(new FieldCipher(new KeyRing("t1", Map.of("t1", key), blind)));
    }

    @AfterEach
    void uninstallCipher() {
        EncryptedField.install(null);
    }

    private HealthAssessment assessment() {
        HealthAssessment a = new HealthAssessment(caseFile);
        a.setReceivingCountry("CAN");
        a.setAssessedOn(LocalDate.of(2026, 2, 1));
        a.setOutcome("FIT_WITH_CONDITIONS");
        a.setOutcomeDetail("FIT_AFTER_TREATMENT");
        a.setReferredForTreatment(true);
        a.setPhysician("Dr Example");
        a.setFindings(List.of("HEPATITIS_B"));
        a.setTbClass("CLASS_B2_LTBI");
        a.setVaccinations(List.of("MMR"));
        a.setReferralNote("Refer to the hepatology clinic");
        a.setClinicalNotes("Notes");
        return a;
    }

    @Test
    void aClinicalReaderSeesEverything() {
        HealthAssessmentView view = HealthAssessmentView.of(caseFile, assessment(), true);
        assertFalse(view.clinicalWithheld());
        assertEquals("Dr Example", view.physician());
        assertEquals(List.of("HEPATITIS_B"), view.findings());
        assertEquals("CLASS_B2_LTBI", view.tbClass());
        assertEquals("FIT_AFTER_TREATMENT", view.outcomeDetail());
        assertEquals("Notes", view.clinicalNotes());
    }

    @Test
    void anyOtherReaderGetsTheAssessmentWithoutClinicalDetail() {
        HealthAssessmentView view = HealthAssessmentView.of(caseFile, assessment(), false);
        assertTrue(view.clinicalWithheld());
        assertEquals("CAN", view.receivingCountry());
        assertEquals("FIT_WITH_CONDITIONS", view.outcome());
        assertTrue(view.referredForTreatment());
        assertNull(view.physician());
        assertNull(view.findings());
        assertNull(view.tbClass());
        assertNull(view.vaccinations());
        assertNull(view.outcomeDetail());
        assertNull(view.referralNote());
        assertNull(view.clinicalNotes());
        assertFalse(view.toString().contains("Dr Example") || view.toString().contains("HEPATITIS"), view.toString());
    }

    @Test
    void beforeTheFirstSaveThereIsNoVersionAndStillNoClinicalDetail() {
        HealthAssessmentView view = HealthAssessmentView.of(caseFile, null, false);
        assertNull(view.version());
        assertTrue(view.clinicalWithheld());
        assertNull(view.findings());
    }

    @Test
    void aFormWithAnyClinicalFieldIsRecognised() {
        HealthAssessmentForm general = new HealthAssessmentForm("CAN", null, "UNFIT", true, " ", List.of(" "), null,
                null, "", null, null);
        assertFalse(general.hasClinicalDetail());
        HealthAssessmentForm withTb = new HealthAssessmentForm("CAN", null, null, false, null, null, "CLASS_A",
                null, null, null, null);
        assertTrue(withTb.hasClinicalDetail());
        assertFalse(withTb.toString().contains("CLASS_A"));
    }
}
