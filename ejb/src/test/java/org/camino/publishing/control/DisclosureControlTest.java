package org.camino.publishing.control;

import static org.camino.publishing.control.CellStatus.FREE;
import static org.camino.publishing.control.CellStatus.PRIMARY;
import static org.camino.publishing.control.CellStatus.SECONDARY;
import static org.camino.publishing.control.Tables.cell;
import static org.camino.publishing.control.Tables.dimension;
import static org.camino.publishing.control.Tables.sensitive;
import static org.camino.publishing.control.Tables.spec;
import static org.camino.publishing.control.Tables.table;
import static org.camino.publishing.control.Tables.twoWay;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final List<String> JANUARY = List.of("2026-01");

    @Test
    void smallInnerCellsAndSmallMarginsArePrimarySuppressed() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY", "IQ"));
        var data = twoWay(spec, JANUARY, new long[][] {{2, 1, 30}, {0, 0, 40}});

        Protection protection = DisclosureControl.protect(List.of(data), List.of());

        ProtectedTable table = protection.tables().get(0);
        assertTrue(protection.audit().passed(), protection.audit().toString());
        assertAll(
                () -> assertEquals(PRIMARY, cell(table, "F", "AF").status()),
                () -> assertEquals(PRIMARY, cell(table, "F", "SY").status()),
                () -> assertEquals(PRIMARY, cell(table, "_T", "AF").status()),
                () -> assertEquals(PRIMARY, cell(table, "_T", "SY").status()),
                () -> assertEquals(FREE, cell(table, "M", "IQ").status()),
                () -> assertEquals(40L, cell(table, "M", "IQ").published()));
    }

    @Test
    void aCellSharedByLinkedTablesTakesTheHighestThreshold() {
        var bySex = new TableSpec("by-sex", "CT:VICTIM", List.of(dimension("sex", "F", "M")), 5, 5);
        var byAge = new TableSpec("by-age", "CT:VICTIM", List.of(dimension("age", "0-17", "18+")), 10, 5);
        var sexCounts = new TableData(bySex, JANUARY, Map.of(List.of("F"), 4L, List.of("M"), 4L));
        var ageCounts = new TableData(byAge, JANUARY, Map.of(List.of("0-17"), 3L, List.of("18+"), 5L));

        Protection protection = DisclosureControl.protect(List.of(sexCounts, ageCounts), List.of());

        // the grand total 8 is at least the threshold of by-sex, below that of by-age: suppressed in both
        assertEquals(PRIMARY, cell(protection.tables().get(0), "_T").status());
        assertEquals(PRIMARY, cell(protection.tables().get(1), "_T").status());
    }

    @Test
    void publishedCountsAreRoundedToTheNearestMultipleHalvesUp() {
        assertAll(
                () -> assertEquals(10, DisclosureControl.round(12, 5)),
                () -> assertEquals(15, DisclosureControl.round(13, 5)),
                () -> assertEquals(20, DisclosureControl.round(15, 10)),
                () -> assertEquals(10, DisclosureControl.round(14, 10)),
                () -> assertEquals(7, DisclosureControl.round(7, 1)),
                () -> assertEquals(0, DisclosureControl.round(0, 5)));

        var spec = spec("t", 5, dimension("sex", "F", "M"));
        var data = new TableData(spec, JANUARY, Map.of(List.of("F"), 12L, List.of("M"), 13L));
        ProtectedTable table = DisclosureControl.protect(List.of(data), List.of()).tables().get(0);
        // each cell rounded on its own: the margin 25 is not the sum of 10 and 15 by chance only
        assertEquals(10L, cell(table, "F").published());
        assertEquals(15L, cell(table, "M").published());
        assertEquals(25L, cell(table, "_T").published());
    }

    @Test
    void aLoneSmallCellOfATwoWayTableGetsPartnersSoThatNoSuppressedCellCanBeDerived() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY", "IQ"));
        var data = twoWay(spec, JANUARY, new long[][] {{3, 20, 12}, {7, 15, 30}});

        Protection protection = DisclosureControl.protect(List.of(data), List.of());

        ProtectedTable table = protection.tables().get(0);
        assertEquals(PRIMARY, cell(table, "F", "AF").status());
        assertTrue(Tables.suppressedCount(table, SECONDARY) >= 3, "a row partner, a column partner and the corner");
        assertTrue(protection.audit().passed(), protection.audit().toString());
        for (CellAudit audit : protection.audit().cells()) {
            assertTrue(audit.lower() <= Math.max(0, audit.value() - 5) && audit.upper() >= audit.value() + 5, audit.reason());
        }
        assertNull(cell(table, "F", "AF").published());
    }

    @Test
    void aThreeWayTableIsProtectedAcrossAllItsMargins() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("age", "0-17", "18-59", "60+"),
                dimension("nationality", "AF", "SY"));
        var data = table(spec, JANUARY,
                3, 12, 25, 30, 8, 1,
                14, 0, 40, 22, 6, 9);

        Protection protection = DisclosureControl.protect(List.of(data), List.of());

        assertTrue(protection.audit().passed(), protection.audit().toString());
        ProtectedTable table = protection.tables().get(0);
        assertEquals(PRIMARY, cell(table, "F", "0-17", "AF").status());
        assertEquals(PRIMARY, cell(table, "F", "60+", "SY").status());
        assertEquals(0L, cell(table, "M", "0-17", "SY").published());
        for (ProtectedCell cell : table.cells()) {
            assertTrue(cell.suppressed() || cell.value() == 0 || cell.value() >= 5, cell.toString());
        }
    }

    @Test
    void theZerosOfASmallGroupInOneCategoryOfASensitiveDimensionAreSuppressed() {
        var sensitiveSpec = spec("t", 5, dimension("sex", "F", "M"), sensitive("nationality", "AF", "SY", "IQ"));
        var plainSpec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY", "IQ"));
        long[][] counts = {{3, 0, 0}, {20, 15, 30}};

        ProtectedTable guarded = DisclosureControl.protect(List.of(twoWay(sensitiveSpec, JANUARY, counts)), List.of())
                .tables().get(0);
        ProtectedTable plain = DisclosureControl.protect(List.of(twoWay(plainSpec, JANUARY, counts)), List.of())
                .tables().get(0);

        // all 3 women are Afghan: their zeros would say so
        assertEquals(SECONDARY, cell(guarded, "F", "SY").status());
        assertEquals(SECONDARY, cell(guarded, "F", "IQ").status());
        assertEquals(0L, cell(plain, "F", "SY").published());
        assertEquals(0L, cell(plain, "F", "IQ").published());
    }

    @Test
    void aCellSuppressedInOneLinkedTableIsSuppressedInEveryTableShowingIt() {
        var bySexAndNationality = spec("by-sex", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY", "IQ"));
        var byAgeAndNationality = spec("by-age", 5, dimension("age", "0-17", "18+"), dimension("nationality", "AF", "SY", "IQ"));
        var sexCounts = twoWay(bySexAndNationality, JANUARY, new long[][] {{2, 20, 12}, {5, 15, 30}});
        var ageCounts = twoWay(byAgeAndNationality, JANUARY, new long[][] {{0, 25, 20}, {7, 10, 22}});

        Protection protection = DisclosureControl.protect(List.of(sexCounts, ageCounts), List.of());

        var bySex = Tables.byCodes(protection.tables().get(0));
        var byAge = Tables.byCodes(protection.tables().get(1));
        for (String nationality : List.of("AF", "SY", "IQ", "_T")) {
            assertEquals(bySex.get(List.of("_T", nationality)).status(), byAge.get(List.of("_T", nationality)).status(),
                    nationality);
        }
        assertTrue(protection.audit().passed(), protection.audit().toString());
    }

    @Test
    void aCellSuppressedInAnEarlierReleaseStaysSuppressedWhenTheNextReleaseAddsAMonth() {
        var january = spec("monthly", 5, dimension(Dimension.MONTH, "2026-01"), dimension("sex", "F", "M"));
        var firstRelease = DisclosureControl.protect(List.of(table(january, JANUARY, 3, 40)), List.of());
        assertTrue(firstRelease.audit().passed(), firstRelease.audit().toString());

        var twoMonths = spec("monthly", 5, dimension(Dimension.MONTH, "2026-01", "2026-02"), dimension("sex", "F", "M"));
        var secondRelease = DisclosureControl.protect(
                List.of(table(twoMonths, List.of("2026-01", "2026-02"), 3, 40, 12, 30)), firstRelease.tables());

        ProtectedTable first = firstRelease.tables().get(0);
        ProtectedTable second = secondRelease.tables().get(0);
        for (String sex : List.of("F", "M", "_T")) {
            if (cell(first, "2026-01", sex).suppressed()) {
                assertTrue(cell(second, "2026-01", sex).suppressed(), sex);
            }
        }
        assertTrue(cell(second, "2026-01", "F").suppressed());
        assertTrue(secondRelease.audit().passed(), secondRelease.audit().toString());
        // and the audit of the second release alone sees what the first one published
        assertTrue(SuppressionAudit.audit(secondRelease.tables(), firstRelease.tables()).passed());
    }

    @Test
    void aRevisedCountIsANewFigureAndNeedNotStaySuppressed() {
        var byMonth = spec("monthly", 5, dimension(Dimension.MONTH, "2026-01"), dimension("sex", "F", "M"));
        var first = DisclosureControl.protect(List.of(table(byMonth, JANUARY, 3, 40)), List.of());

        var revised = DisclosureControl.protect(List.of(table(byMonth, JANUARY, 9, 41)), first.tables());

        assertTrue(revised.audit().passed(), revised.audit().toString());
        assertEquals(10L, cell(revised.tables().get(0), "2026-01", "F").published());
    }

    @Test
    void linkedTablesThatDisagreeOnASharedCellAreRefused() {
        var bySex = new TableSpec("by-sex", "P", List.of(dimension("sex", "F", "M")), 5, 5);
        var byAge = new TableSpec("by-age", "P", List.of(dimension("age", "0-17", "18+")), 5, 5);
        var sexCounts = new TableData(bySex, JANUARY, Map.of(List.of("F"), 10L, List.of("M"), 10L));
        var ageCounts = new TableData(byAge, JANUARY, Map.of(List.of("0-17"), 10L, List.of("18+"), 11L));

        assertThrows(IllegalArgumentException.class,
                () -> DisclosureControl.protect(List.of(sexCounts, ageCounts), List.of()));
    }

    @Test
    void specsRefuseAThresholdBelowOneAndARoundingBaseThatWouldRoundCountsToZero() {
        var sex = dimension("sex", "F", "M");
        assertThrows(IllegalArgumentException.class, () -> new TableSpec("t", "P", List.of(sex), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TableSpec("t", "P", List.of(sex), 5, 11));
        assertThrows(IllegalArgumentException.class, () -> new Dimension(Dimension.MONTH, List.of("2026-13"), false));
        assertThrows(IllegalArgumentException.class, () -> new Dimension("sex", List.of("F", Cell.TOTAL), false));
        var monthly = spec("t", 5, dimension(Dimension.MONTH, "2026-01", "2026-02"));
        assertThrows(IllegalArgumentException.class, () -> new TableData(monthly, JANUARY, Map.of()));
    }

    @Test
    void protectReportsTheProgressOfTheAudit() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY", "IQ"));
        var data = twoWay(spec, JANUARY, new long[][] {{3, 20, 12}, {7, 15, 30}});
        var reports = new java.util.ArrayList<int[]>();

        DisclosureControl.protect(List.of(data), List.of(), (audited, total) -> reports.add(new int[] {audited, total}));

        int[] last = reports.get(reports.size() - 1);
        assertTrue(last[1] > 0);
        assertEquals(last[1], last[0]);
    }

    @Test
    void freeCellsOfTheResultAreTheOnlyPublishedOnes() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY", "IQ"));
        ProtectedTable table = DisclosureControl.protect(
                List.of(twoWay(spec, JANUARY, new long[][] {{3, 20, 12}, {7, 15, 30}})), List.of()).tables().get(0);
        for (ProtectedCell cell : table.cells()) {
            assertEquals(cell.status() == FREE, cell.published() != null, cell.toString());
        }
        assertEquals(12, table.cells().size());
    }
}
