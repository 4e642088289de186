package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure of a release and of the earlier releases, each once however many tables show it, and
 * every additive relation between them (a margin is the sum of its children along one dimension).
 * A figure of the current release that an earlier release showed with the same true value is the same
 * figure; with another value (revised data) it is a different one.
 */
final class LinkedCells {

    /** One figure. */
    static final class Figure {
        final CellIdentity identity;
        final long value;
        /** number of totalled dimensions where first shown (0 for an inner cell) */
        final int totals;
        /** the highest threshold among the tables that show it */
        int threshold;
        boolean current;
        boolean publishedEarlier;
        boolean suppressedEarlier;
        /** status in the current release (FREE for a figure only earlier releases show) */
        CellStatus status = CellStatus.FREE;
        /** one current table shows it suppressed, another published (only when auditing given tables) */
        boolean inconsistent;
        int[] relations = new int[0];

        Figure(CellIdentity identity, long value, int totals) {
            this.identity = identity;
            this.value = value;
            this.totals = totals;
        }

        boolean suppressed() {
            return status != CellStatus.FREE;
        }

        /** The attacker knows it exactly: published now or in an earlier release. */
        boolean known() {
            return publishedEarlier || inconsistent || (current && !suppressed());
        }

        /** A figure the audit must protect: suppressed now, or in an earlier release. */
        boolean hidden() {
            return !known();
        }
    }

    /** A table as its cells map onto figures. */
    record Shown(TableCube cube, int[] figures, boolean current) {
    }

    private record FigureKey(CellIdentity identity, long value) {
    }

    private record RelationKey(int total, String dimension, List<String> categories) {
    }

    final List<Figure> figures = new ArrayList<>();
    /** each relation: the total first, then its children */
    final List<int[]> relations = new ArrayList<>();
    final List<Shown> currentTables = new ArrayList<>();
    private final Map<CellIdentity, Integer> currentByIdentity = new HashMap<>();
    private final Map<FigureKey, Integer> byIdentityAndValue = new HashMap<>();
    private final Set<RelationKey> relationKeys = new HashSet<>();

    /**
     * Adds a table of the current release.
     *
     * @param statuses the status of each cell (when auditing protected tables), or null (all FREE for now)
     */
    Shown addCurrent(TableCube cube, long[] counts, CellStatus[] statuses) {
        var shown = new Shown(cube, new int[cube.cellCount], true);
        for (int cell = 0; cell < cube.cellCount; cell++) {
            CellIdentity identity = cube.identity(cell);
            Integer figure = currentByIdentity.get(identity);
            if (figure == null) {
                figure = figureOf(identity, counts[cell], cube.totals(cell));
                currentByIdentity.put(identity, figure);
            } else if (figures.get(figure).value != counts[cell]) {
                throw new IllegalArgumentException("Table " + cube.spec.id() + " counts " + counts[cell] + " at "
                        + cube.codes(cell) + " where a linked table counts " + figures.get(figure).value);
            }
            Figure f = figures.get(figure);
            if (statuses != null) {
                if (f.current && f.suppressed() != (statuses[cell] != CellStatus.FREE)) {
                    f.inconsistent = true;
                }
                if (!f.current || statuses[cell].compareTo(f.status) > 0) {
                    f.status = statuses[cell];
                }
            }
            f.current = true;
            f.threshold = Math.max(f.threshold, cube.spec.threshold());
            shown.figures[cell] = figure;
        }
        addRelations(shown);
        currentTables.add(shown);
        return shown;
    }

    /** Adds a table of an earlier release: its published cells are known, its suppressed ones are not. */
    void addEarlier(ProtectedTable table) {
        var cube = new TableCube(table.spec(), table.months());
        var shown = new Shown(cube, new int[cube.cellCount], false);
        var seen = new boolean[cube.cellCount];
        for (ProtectedCell cell : table.cells()) {
            int index = cube.index(cell.codes());
            if (index < 0) {
                throw new IllegalArgumentException("Earlier table " + table.spec().id() + " has a cell " + cell.codes()
                        + " outside its dimensions");
            }
            int figure = figureOf(cube.identity(index), cell.value(), cube.totals(index));
            Figure f = figures.get(figure);
            if (cell.suppressed()) {
                f.suppressedEarlier = true;
            } else {
                f.publishedEarlier = true;
            }
            if (!f.current) {
                f.threshold = Math.max(f.threshold, table.spec().threshold());
            }
            shown.figures[index] = figure;
            seen[index] = true;
        }
        for (int index = 0; index < cube.cellCount; index++) {
            if (!seen[index]) {
                throw new IllegalArgumentException("Earlier table " + table.spec().id() + " lacks the cell " + cube.codes(index));
            }
        }
        addRelations(shown);
    }

    private int figureOf(CellIdentity identity, long value, int totals) {
        return byIdentityAndValue.computeIfAbsent(new FigureKey(identity, value), key -> {
            figures.add(new Figure(identity, value, totals));
            return figures.size() - 1;
        });
    }

    private void addRelations(Shown shown) {
        TableCube cube = shown.cube;
        for (int cell = 0; cell < cube.cellCount; cell++) {
            for (int d = 0; d < cube.dimensions(); d++) {
                if (!cube.isTotal(cell, d)) {
                    continue;
                }
                Dimension dimension = cube.spec.dimensions().get(d);
                int total = shown.figures[cell];
                if (!relationKeys.add(new RelationKey(total, dimension.name(), dimension.categories()))) {
                    continue;
                }
                int[] children = cube.children(cell, d);
                var relation = new int[children.length + 1];
                relation[0] = total;
                for (int k = 0; k < children.length; k++) {
                    relation[k + 1] = shown.figures[children[k]];
                }
                relations.add(relation);
            }
        }
    }

    /** Fills each figure's list of relations; call once every table is added. */
    void indexRelations() {
        var counts = new int[figures.size()];
        for (int[] relation : relations) {
            for (int figure : relation) {
                counts[figure]++;
            }
        }
        for (int figure = 0; figure < figures.size(); figure++) {
            figures.get(figure).relations = new int[counts[figure]];
            counts[figure] = 0;
        }
        for (int r = 0; r < relations.size(); r++) {
            for (int figure : relations.get(r)) {
                Figure f = figures.get(figure);
                f.relations[counts[figure]++] = r;
            }
        }
    }
}
