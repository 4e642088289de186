package org.camino.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Camino's own classes (ejb and web, not tests) keep the rules of docs/architecture.md. */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.camino");
    private static JavaClasses camino;

    @BeforeAll
    static void importCamino() {
        camino = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.camino");
        // both modules must be on the class path, or the rules would pass on half the code
        assertTrue(camino.containPackage("org.camino.cases.boundary"), "ejb's classes were imported");
        assertTrue(camino.containPackage("org.camino.web.api"), "web's classes were imported");
    }

    @Test
    void noCyclesBetweenLayers() {
        RULES.noCyclesBetweenLayers().check(camino);
    }

    @Test
    void noCyclesBetweenAreas() {
        RULES.noCyclesBetweenAreas().check(camino);
    }

    @Test
    void layersPointDownInsideAnArea() {
        RULES.layersPointDownInsideAnArea().check(camino);
    }

    @Test
    void webUsesBoundariesOnly() {
        RULES.webUsesBoundariesOnly().check(camino);
    }

    @Test
    void onlyCryptoTouchesKeysAndCiphers() {
        RULES.onlyCryptoTouchesKeysAndCiphers().check(camino);
    }

    @Test
    void statisticsAreasNeverSeeEncryptedData() {
        RULES.statisticsAreasNeverSeeEncryptedData().check(camino);
    }

    @Test
    void publishingDependsOnRepositoryOnly() {
        RULES.publishingDependsOnRepositoryOnly().check(camino);
    }

    @Test
    void caseAreasDoNotKnowTheStatisticsAreas() {
        RULES.caseAreasDoNotKnowTheStatisticsAreas().check(camino);
    }

    @Test
    void platformDependsOnNothingOfCaminos() {
        RULES.platformDependsOnNothingOfCaminos().check(camino);
    }
}
