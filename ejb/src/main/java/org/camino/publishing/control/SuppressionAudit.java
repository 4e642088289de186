package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks protected tables before they are published: every small count suppressed, suppressions
 * consistent across linked tables and with earlier releases, no small group disclosed, and every
 * suppressed cell impossible to derive more precisely than ± its threshold from everything published
 * (this release and the earlier ones) — see {@link IntervalAudit} for the linear programmes.
 */
public final class SuppressionAudit {

    private static final double TOLERANCE = 1e-6;

    private SuppressionAudit() {
    }

    public static AuditReport audit(List<ProtectedTable> tables, List<ProtectedTable> earlier) {
        return audit(tables, earlier, AuditProgress.NONE);
    }

    public static AuditReport audit(List<ProtectedTable> tables, List<ProtectedTable> earlier, AuditProgress progress) {
        var cells = new LinkedCells();
        for (ProtectedTable table : tables) {
            var cube = new TableCube(table.spec(), table.months());
            var counts = new long[cube.cellCount];
            var statuses = new CellStatus[cube.cellCount];
            for (ProtectedCell cell : table.cells()) {
                int index = cube.index(cell.codes());
                if (index < 0) {
                    throw new IllegalArgumentException("Table " + table.spec().id() + " has a cell " + cell.codes()
                            + " outside its dimensions");
                }
                counts[index] = cell.value();
                statuses[index] = cell.status();
            }
            for (int index = 0; index < cube.cellCount; index++) {
                if (statuses[index] == null) {
                    throw new IllegalArgumentException("Table " + table.spec().id() + " lacks the cell " + cube.codes(index));
                }
            }
            cells.addCurrent(cube, counts, statuses);
        }
        earlier.forEach(cells::addEarlier);
        cells.indexRelations();
        return report(cells, new IntervalAudit(cells).intervals(progress));
    }

    static boolean safe(LinkedCells.Figure figure, IntervalAudit.Interval interval) {
        return interval != null
                && interval.lower() <= requiredLower(figure) + TOLERANCE
                && interval.upper() >= requiredUpper(figure) - TOLERANCE;
    }

    static long requiredLower(LinkedCells.Figure figure) {
        return Math.max(0, figure.value - figure.threshold);
    }

    static long requiredUpper(LinkedCells.Figure figure) {
        return figure.value + figure.threshold;
    }

    static AuditReport report(LinkedCells cells, Map<Integer, IntervalAudit.Interval> intervals) {
        List<String> problems = problems(cells, intervals);
        var audits = new ArrayList<CellAudit>();
        for (LinkedCells.Shown table : cells.currentTables) {
            TableCube cube = table.cube();
            for (int cell = 0; cell < cube.cellCount; cell++) {
                int figure = table.figures()[cell];
                LinkedCells.Figure f = cells.figures.get(figure);
                if (f.suppressed()) {
                    audits.add(cellAudit(cube, cell, f, intervals.get(figure)));
                }
            }
        }
        boolean passed = problems.isEmpty() && audits.stream().allMatch(CellAudit::safe);
        return new AuditReport(passed, audits, problems);
    }

    private static CellAudit cellAudit(TableCube cube, int cell, LinkedCells.Figure figure, IntervalAudit.Interval interval) {
        long requiredLower = requiredLower(figure);
        long requiredUpper = requiredUpper(figure);
        if (interval == null) {
            String why = figure.publishedEarlier ? "was published in an earlier release"
                    : "is published by a linked table of this release";
            return new CellAudit(cube.spec.id(), cube.codes(cell), figure.value, figure.status, figure.value, figure.value,
                    requiredLower, requiredUpper, false, "is known exactly: it " + why);
        }
        boolean safe = safe(figure, interval);
        String range = "from " + number(interval.lower()) + (Double.isInfinite(interval.upper()) ? " upwards"
                : " to " + number(interval.upper()));
        String required = ", narrower than the required " + requiredLower + " to " + requiredUpper;
        String reason = safe ? "can lie anywhere " + range + " given everything published"
                : interval.exact() ? "can only lie " + range + " given everything published" + required
                : "could only be shown to lie anywhere " + range + " given everything published (the audit solved"
                + " around the cell only)" + required;
        return new CellAudit(cube.spec.id(), cube.codes(cell), figure.value, figure.status, interval.lower(),
                interval.upper(), requiredLower, requiredUpper, safe, reason);
    }

    private static String number(double value) {
        long rounded = Math.round(value);
        return Math.abs(value - rounded) < TOLERANCE ? Long.toString(rounded) : String.format("%.2f", value);
    }

    /** Everything but the intervals of the current cells. */
    private static List<String> problems(LinkedCells cells, Map<Integer, IntervalAudit.Interval> intervals) {
        var problems = new ArrayList<String>();
        for (int figure = 0; figure < cells.figures.size(); figure++) {
            LinkedCells.Figure f = cells.figures.get(figure);
            if (f.current && f.inconsistent) {
                problems.add("Cell " + describe(f) + " is suppressed in one table and published in a linked one");
            }
            if (f.current && !f.suppressed() && f.value >= 1 && f.value < f.threshold) {
                problems.add("Cell " + describe(f) + " shows a count below " + f.threshold);
            }
            if (f.current && !f.suppressed() && f.suppressedEarlier) {
                problems.add("Cell " + describe(f) + " was suppressed in an earlier release and is published now");
            }
            if (!f.current && f.hidden()) {
                // A cell of an earlier release this release does not show: what it publishes must not reveal it.
                IntervalAudit.Interval interval = intervals.get(figure);
                if (!safe(f, interval)) {
                    problems.add("Cell " + describe(f) + ", suppressed in an earlier release, can now be derived to within "
                            + f.threshold);
                }
            }
        }
        for (GroupDisclosure.Group group : GroupDisclosure.groups(cells)) {
            for (int zero : group.zeros()) {
                if (!cells.figures.get(zero).hidden()) {
                    problems.add(group.describe() + " and its zero cells are shown");
                    break;
                }
            }
        }
        return problems;
    }

    private static String describe(LinkedCells.Figure figure) {
        CellIdentity identity = figure.identity;
        return identity.population() + " " + identity.codes() + " " + identity.months();
    }
}
