package org.camino.publishing.control;

import org.camino.publishing.control.CtMicrodataExtract.QuasiIdentifier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search and the suppression on hand-made rows whose right answer can be worked out on paper. */
class CtMicrodataExtractTest {

    private static final List<QuasiIdentifier> GENDER_AND_AGE = List.of(
            new QuasiIdentifier("gender", CtGeneralisations.recordedOrSuppressed()),
            new QuasiIdentifier("ageBroad", CtGeneralisations.ageBand()));
    private static final List<String> SUPPORT = List.of("support");

    @Test
    void groupsOfElevenWithTwoSupportTypesAreReleasedAsRecorded() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.addAll(people(11, "FEMALE", "Y18T24"));
        rows.addAll(people(11, "MALE", "Y25T34"));
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0).extract(rows);
        assertEquals(22, extract.rows().size());
        assertEquals(Map.of("gender", 0, "ageBroad", 0), extract.loss().levels());
        assertEquals(1.0, extract.loss().precision());
        assertEquals(2, extract.loss().groups());
        assertEquals(11, extract.loss().smallestGroup());
        assertEquals(11 * 11 + 11 * 11, extract.loss().discernibility());
        assertEquals(List.of("gender", "ageBroad", "support"), extract.columns());
    }

    @Test
    void aLoneRecordWithinTheSuppressionLimitIsSuppressedRatherThanGeneralisingEveryone() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.addAll(people(11, "FEMALE", "Y18T24"));
        rows.addAll(people(11, "MALE", "Y25T34"));
        rows.addAll(people(1, "MALE", "Y35T44"));
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0.05).extract(rows);
        assertEquals(Map.of("gender", 0, "ageBroad", 0), extract.loss().levels());
        assertEquals(1, extract.loss().suppressedRecords(), "1 of 23 is 4.3 %, within 5 %");
        assertEquals(2 * 11 * 11 + 1 * 23, extract.loss().discernibility(), "a suppressed record counts as the whole input");
        assertTrue(extract.rows().stream().noneMatch(row -> row.get("ageBroad").equals("Y35T44")));
    }

    @Test
    void withoutSuppressionTheLeastGeneralisationThatMakesEveryGroupSafeIsChosen() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.addAll(people(11, "FEMALE", "Y18T24"));
        rows.addAll(people(11, "MALE", "Y25T34"));
        rows.addAll(people(1, "MALE", "Y35T44"));
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0).extract(rows);
        // 18-34 / 35-59 leaves the 35-44 man alone, so does suppressing gender; age as minor or adult merges him
        // with the other men. All three ages seen are adult ones, so that costs age all its detail (loss metric 1,
        // as much as suppressing it, which it is preferred to as the lower level)
        assertEquals(Map.of("gender", 0, "ageBroad", 2), extract.loss().levels());
        assertEquals(0.5, extract.loss().lossMetric(), 1e-12);
        assertEquals(0, extract.loss().suppressedRecords());
        assertEquals(1 - (2.0 / 3) / 2, extract.loss().precision(), 1e-12);
        assertEquals(11, extract.rows().stream().filter(row -> row.get("gender").equals("FEMALE")
                && row.get("ageBroad").equals("Y_GE18")).count());
        assertEquals(12, extract.rows().stream().filter(row -> row.get("gender").equals("MALE")
                && row.get("ageBroad").equals("Y_GE18")).count());
        CtMicrodata.VariableLoss age = extract.loss().variables().get(1);
        assertEquals(new CtMicrodata.VariableLoss("ageBroad", false, 2, 3, "minor or adult", 3, 1, 1.0), age);
        assertEquals(2 * 4, extract.loss().nodesSearched());
    }

    @Test
    void aGroupWithOneSupportTypeIsSuppressedHoweverLargeItIs() {
        List<Map<String, String>> rows = womenAndThirtyMenAllWithLegalSupport();
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 1.0).extract(rows);
        assertEquals(Map.of("gender", 0, "ageBroad", 0), extract.loss().levels(), "any suppression allowed");
        assertEquals(30, extract.loss().suppressedRecords());
        assertTrue(extract.rows().stream().allMatch(row -> row.get("gender").equals("FEMALE")));
        assertEquals(2, extract.loss().variables().get(2).distinctAfter(), "the women's two support types");
    }

    @Test
    void aGroupWithOneSupportTypeIsOtherwiseMergedWithAnotherByGeneralisation() {
        List<Map<String, String>> rows = womenAndThirtyMenAllWithLegalSupport();
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0.05).extract(rows);
        // the men's group reveals their support type at every level that keeps them apart from the women;
        // the cheapest merge: gender suppressed, age 18-34 (loss metric 1 as any merge; the lowest levels)
        assertEquals(0, extract.loss().suppressedRecords());
        assertEquals(1, extract.loss().groups());
        assertEquals(Map.of("gender", 1, "ageBroad", 1), extract.loss().levels());
        assertEquals(1.0, extract.loss().lossMetric(), 1e-12);
        assertEquals(1 - (1 + 1.0 / 3) / 2, extract.loss().precision(), 1e-12);
        assertTrue(extract.rows().stream().allMatch(row -> row.get("gender").equals("*")
                && row.get("ageBroad").equals("Y18T34")));
    }

    private static List<Map<String, String>> womenAndThirtyMenAllWithLegalSupport() {
        List<Map<String, String>> rows = new ArrayList<>(people(11, "FEMALE", "Y18T24"));
        for (int i = 0; i < 30; i++) {
            rows.add(Map.of("gender", "MALE", "ageBroad", "Y25T34", "support", "Legal"));
        }
        return rows;
    }

    @Test
    void whenNothingMeetsTheLimitTheFewestRecordsAreSuppressed() {
        List<Map<String, String>> rows = people(10, "FEMALE", "Y18T24");
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0.05).extract(rows);
        assertEquals(0, extract.rows().size(), "ten records can never make a group of eleven");
        assertEquals(10, extract.loss().suppressedRecords());
        assertEquals(1.0, extract.loss().suppressedShare());
        assertEquals(0, extract.loss().smallestGroup());
        assertEquals(Map.of("gender", 0, "ageBroad", 0), extract.loss().levels(), "then the least generalisation");
    }

    @Test
    void anEmptyInputGivesAnEmptyExtract() {
        CtMicrodata extract = CtMicrodataExtract.ctdc().extract(List.of());
        assertEquals(List.of(), extract.rows());
        assertEquals(0, extract.loss().suppressedRecords());
        assertEquals(CtVictim.COLUMNS, extract.columns());
    }

    @Test
    void releasedRowsAreSortedByTheirValuesNotInInputOrder() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.addAll(people(11, "MALE", "Y25T34"));
        rows.addAll(people(11, "FEMALE", "Y18T24"));
        CtMicrodata extract = new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0).extract(rows);
        assertEquals("FEMALE", extract.rows().get(0).get("gender"));
        assertEquals("MALE", extract.rows().get(21).get("gender"));
    }

    @Test
    void kBelowElevenOrLBelowTwoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 10, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> new CtMicrodataExtract(GENDER_AND_AGE, List.of("gender"), 11, 2, 0));
    }

    @Test
    void aRowWithoutAReleasedColumnIsRefused() {
        List<Map<String, String>> rows = List.of(Map.of("gender", "MALE", "support", "Legal"));
        assertThrows(IllegalArgumentException.class,
                () -> new CtMicrodataExtract(GENDER_AND_AGE, SUPPORT, 11, 2, 0).extract(rows));
    }

    /** That many people of this gender and age, alternating between two support types. */
    private static List<Map<String, String>> people(int count, String gender, String age) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("gender", gender, "ageBroad", age, "support", i % 2 == 0 ? "Health" : "Legal"));
        }
        return rows;
    }
}
