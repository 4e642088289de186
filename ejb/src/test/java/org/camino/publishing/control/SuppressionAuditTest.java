package org.camino.publishing.control;

import static org.camino.publishing.control.CellStatus.FREE;
import static org.camino.publishing.control.CellStatus.PRIMARY;
import static org.camino.publishing.control.CellStatus.SECONDARY;
import static org.camino.publishing.control.Tables.dimension;
import static org.camino.publishing.control.Tables.sensitive;
import static org.camino.publishing.control.Tables.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionAuditTest {

    private static final List<String> JANUARY = List.of("2026-01");

    /** A 2x2 table F/M x AF/SY with its margins, the cells marked * suppressed. */
    private static ProtectedTable twoByTwo(TableSpec spec, long[][] counts, String... suppressed) {
        var cells = new ArrayList<ProtectedCell>();
        String[] rows = {"F", "M", "_T"};
        String[] columns = {spec.dimensions().get(1).categories().get(0), spec.dimensions().get(1).categories().get(1), "_T"};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                long value = i < 2 && j < 2 ? counts[i][j]
                        : i < 2 ? counts[i][0] + counts[i][1]
                        : j < 2 ? counts[0][j] + counts[1][j]
                        : counts[0][0] + counts[0][1] + counts[1][0] + counts[1][1];
                String key = rows[i] + "," + columns[j];
                boolean hidden = List.of(suppressed).contains(key);
                CellStatus status = !hidden ? FREE : value < spec.threshold() && value > 0 ? PRIMARY : SECONDARY;
                cells.add(new ProtectedCell(List.of(rows[i], columns[j]), value, hidden ? null : value, status));
            }
        }
        return new ProtectedTable(spec, JANUARY, cells);
    }

    @Test
    void aSuppressedCellAloneInItsRowIsDerivedFromTheMarginAndTheAuditBlocks() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY"));
        ProtectedTable table = twoByTwo(spec, new long[][] {{3, 20}, {10, 30}}, "F,AF", "M,AF");

        AuditReport report = SuppressionAudit.audit(List.of(table), List.of());

        assertFalse(report.passed());
        CellAudit small = report.cells().stream().filter(c -> c.codes().equals(List.of("F", "AF"))).findFirst().orElseThrow();
        assertEquals(3.0, small.lower(), 1e-9);
        assertEquals(3.0, small.upper(), 1e-9);
        assertTrue(small.reason().contains("narrower than the required 0 to 8"), small.reason());
    }

    @Test
    void aRectangleOfSuppressedCellsLeavesEachOfThemAnInterval() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY"));
        ProtectedTable table = twoByTwo(spec, new long[][] {{6, 8}, {7, 30}}, "F,AF", "M,AF", "F,SY", "M,SY");

        AuditReport report = SuppressionAudit.audit(List.of(table), List.of());

        // F,AF + F,SY = 14 and F,AF + M,AF = 13: F,AF lies in [0, 13], and each cell can move by 5 either way
        CellAudit small = report.cells().stream().filter(c -> c.codes().equals(List.of("F", "AF"))).findFirst().orElseThrow();
        assertEquals(0.0, small.lower(), 1e-9);
        assertEquals(13.0, small.upper(), 1e-9);
        assertEquals("can lie anywhere from 0 to 13 given everything published", small.reason());
        assertTrue(report.passed(), report.toString());
        assertEquals(4, report.cells().size());
    }

    @Test
    void aRectangleAroundASmallCellLeavesItsPartnersTooNarrow() {
        // F,SY = 23 - F,AF can only go up by the 3 of F,AF (and down to 10, F,AF being at most the 13 of its column): secondary cells need ± the threshold too
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY"));
        ProtectedTable table = twoByTwo(spec, new long[][] {{3, 20}, {10, 30}}, "F,AF", "M,AF", "F,SY", "M,SY");

        AuditReport report = SuppressionAudit.audit(List.of(table), List.of());

        assertFalse(report.passed());
        CellAudit partner = report.cells().stream().filter(c -> c.codes().equals(List.of("F", "SY"))).findFirst().orElseThrow();
        assertEquals(10.0, partner.lower(), 1e-9);
        assertEquals(23.0, partner.upper(), 1e-9);
    }

    @Test
    void aPublishedSmallCountAndAVisibleSmallGroupAreProblems() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), sensitive("nationality", "AF", "SY"));
        ProtectedTable table = twoByTwo(spec, new long[][] {{3, 0}, {10, 30}});

        AuditReport report = SuppressionAudit.audit(List.of(table), List.of());

        assertFalse(report.passed());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("shows a count below 5")), report.problems().toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("falls in a single category of nationality")),
                report.problems().toString());
    }

    @Test
    void aCellSuppressedEarlierAndPublishedNowIsAProblem() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY"));
        ProtectedTable earlier = twoByTwo(spec, new long[][] {{3, 20}, {10, 30}}, "F,AF", "M,AF", "F,SY", "M,SY");
        ProtectedTable now = twoByTwo(spec, new long[][] {{3, 20}, {10, 30}}, "F,AF", "M,AF", "F,SY", "_T,AF");

        AuditReport report = SuppressionAudit.audit(List.of(now), List.of(earlier));

        assertFalse(report.passed());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("suppressed in an earlier release and is published now")),
                report.problems().toString());
    }

    @Test
    void theAuditReportsOneEntryPerSuppressedCellOfEachTable() {
        var spec = spec("t", 5, dimension("sex", "F", "M"), dimension("nationality", "AF", "SY"));
        ProtectedTable table = twoByTwo(spec, new long[][] {{6, 8}, {7, 30}}, "F,AF", "M,AF", "F,SY", "M,SY");
        var copy = new ProtectedTable(new TableSpec("copy", spec.population(), spec.dimensions(), 5, 5), JANUARY, table.cells());

        AuditReport report = SuppressionAudit.audit(List.of(table, copy), List.of());

        assertEquals(8, report.cells().size());
        assertTrue(report.passed());
    }
}
