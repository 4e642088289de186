package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides what of a release's count tables may be published. The rules, in this order:
 * <ol>
 * <li>primary suppression: every cell (inner or margin) counting 1 to threshold - 1; a cell shown by
 * linked tables with different thresholds takes the highest;</li>
 * <li>consistency: a cell suppressed in an earlier release with the same true value stays suppressed; a
 * cell is one figure in every linked table, so it is suppressed in all of them or none;</li>
 * <li>group disclosure: the zeros of a small group that falls in one category of a sensitive dimension
 * are suppressed ({@link GroupDisclosure});</li>
 * <li>secondary suppression until no suppressed cell can be derived more precisely than ± threshold
 * from everything published ({@link SecondarySuppression}, {@link IntervalAudit});</li>
 * <li>rounding: published counts to the nearest multiple of the table's rounding base, halves up. Each
 * cell is rounded on its own, margins included, so a rounded margin need not be the sum of its rounded
 * children.</li>
 * </ol>
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static Protection protect(List<TableData> tables, List<ProtectedTable> earlier) {
        return protect(tables, earlier, AuditProgress.NONE);
    }

    public static Protection protect(List<TableData> tables, List<ProtectedTable> earlier, AuditProgress progress) {
        var cells = new LinkedCells();
        var counts = new ArrayList<long[]>();
        for (TableData table : tables) {
            var cube = new TableCube(table.spec(), table.months());
            long[] tableCounts = cube.counts(table.innerCounts());
            counts.add(tableCounts);
            cells.addCurrent(cube, tableCounts, null);
        }
        earlier.forEach(cells::addEarlier);
        cells.indexRelations();

        suppressSmallCounts(cells);
        suppressAgain(cells);
        suppressGroupZeros(cells);
        var secondary = new SecondarySuppression(cells);
        secondary.partnerLoneFigures();
        var audit = new IntervalAudit(cells);
        Map<Integer, IntervalAudit.Interval> intervals;
        while (true) {
            if (progress.stopped()) {
                throw new AuditStoppedException("the protection was stopped before its audit passed");
            }
            intervals = audit.intervals(progress);
            var narrow = new ArrayList<Integer>();
            intervals.forEach((figure, interval) -> {
                if (!SuppressionAudit.safe(cells.figures.get(figure), interval)) {
                    narrow.add(figure);
                }
            });
            narrow.sort(null);
            if (narrow.isEmpty() || !secondary.partnerNarrowFigures(narrow)) {
                break;
            }
        }

        var protectedTables = new ArrayList<ProtectedTable>();
        for (int t = 0; t < tables.size(); t++) {
            protectedTables.add(protectedTable(cells, cells.currentTables.get(t), counts.get(t)));
        }
        return new Protection(protectedTables, SuppressionAudit.report(cells, intervals));
    }

    private static void suppressSmallCounts(LinkedCells cells) {
        for (LinkedCells.Figure figure : cells.figures) {
            if (figure.current && figure.value >= 1 && figure.value < figure.threshold) {
                figure.status = CellStatus.PRIMARY;
            }
        }
    }

    private static void suppressAgain(LinkedCells cells) {
        for (LinkedCells.Figure figure : cells.figures) {
            if (figure.current && figure.suppressedEarlier && !figure.suppressed()) {
                figure.status = CellStatus.SECONDARY;
            }
        }
    }

    private static void suppressGroupZeros(LinkedCells cells) {
        for (GroupDisclosure.Group group : GroupDisclosure.groups(cells)) {
            for (int zero : group.zeros()) {
                LinkedCells.Figure figure = cells.figures.get(zero);
                if (!figure.suppressed()) {
                    figure.status = CellStatus.SECONDARY;
                }
            }
        }
    }

    private static ProtectedTable protectedTable(LinkedCells cells, LinkedCells.Shown table, long[] counts) {
        TableCube cube = table.cube();
        var protectedCells = new ArrayList<ProtectedCell>(cube.cellCount);
        for (int cell = 0; cell < cube.cellCount; cell++) {
            CellStatus status = cells.figures.get(table.figures()[cell]).status;
            Long published = status == CellStatus.FREE ? round(counts[cell], cube.spec.roundingBase()) : null;
            protectedCells.add(new ProtectedCell(cube.codes(cell), counts[cell], published, status));
        }
        return new ProtectedTable(cube.spec, cube.months, protectedCells);
    }

    /** The nearest multiple of base, halves up. */
    static long round(long count, int base) {
        return (count + base / 2) / base * base;
    }
}
