package org.camino.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule fails on the deliberately wrong classes of the {@code fixture}
 * package and names the class at fault: a rule that cannot fail protects
 * nothing.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String ROOT = "org.camino.architecture.fixture";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static JavaClasses wrong;

    @BeforeAll
    static void importTheWrongClasses() {
        wrong = new ClassFileImporter().importPackages(ROOT);
    }

    @Test
    void aCycleBetweenTwoLayersIsRefused() {
        assertFails(RULES.noCyclesBetweenLayers(), "cases.boundary", "cases.control");
    }

    @Test
    void aCycleBetweenTwoAreasIsRefused() {
        assertFails(RULES.noCyclesBetweenAreas(), "missions", "security");
    }

    @Test
    void aControlClassUsingItsBoundarysFormIsRefused() {
        assertFails(RULES.layersPointDownInsideAnArea(), "FormChecks", "points up from cases.control to cases.boundary");
    }

    @Test
    void aPageCallingControlLogicIsRefused() {
        assertFails(RULES.webUsesBoundariesOnly(), "FormPage", "FormChecks");
    }

    @Test
    void aMacOutsideCryptoIsRefused() {
        assertFails(RULES.onlyCryptoTouchesKeysAndCiphers(), "TokenSigner", "javax.crypto.Mac");
    }

    @Test
    void aReportThatDecryptsOrReadsAnEncryptedEntityIsRefused() {
        assertFails(RULES.statisticsAreasNeverSeeEncryptedData(), "DecryptingReport", "NamesReport");
    }

    @Test
    void aPublicationBuiltFromCaseDataIsRefused() {
        assertFails(RULES.publishingDependsOnRepositoryOnly(), "CaseTable", "PersonForm");
    }

    @Test
    void aCaseAreaCallingTheRepositoryIsRefused() {
        assertFails(RULES.caseAreasDoNotKnowTheStatisticsAreas(), "ReturnSaved", "Outbox");
    }

    @Test
    void aPlatformClassKnowingAnAreaIsRefused() {
        assertFails(RULES.platformDependsOnNothingOfCaminos(), "CaseAwareSettings", "PersonForm");
    }

    private static void assertFails(ArchRule rule, String... named) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(wrong), rule.getDescription());
        for (String name : named) {
            assertTrue(failure.getMessage().contains(name), "the failure names " + name + ":\n" + failure.getMessage());
        }
    }
}
