package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made tables for the tests. */
final class Tables {

    private Tables() {
    }

    static Dimension dimension(String name, String... categories) {
        return new Dimension(name, List.of(categories), false);
    }

    static Dimension sensitive(String name, String... categories) {
        return new Dimension(name, List.of(categories), true);
    }

    static TableSpec spec(String id, int threshold, Dimension... dimensions) {
        return new TableSpec(id, "AVRR:RETURN", List.of(dimensions), threshold, 5);
    }

    /** A 2-D table from its rows of inner counts. */
    static TableData twoWay(TableSpec spec, List<String> months, long[][] rows) {
        var counts = new HashMap<List<String>, Long>();
        List<String> rowCodes = spec.dimensions().get(0).categories();
        List<String> columnCodes = spec.dimensions().get(1).categories();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                counts.put(List.of(rowCodes.get(i), columnCodes.get(j)), rows[i][j]);
            }
        }
        return new TableData(spec, months, counts);
    }

    /** A table of any dimension from its inner counts in row-major order (last dimension fastest). */
    static TableData table(TableSpec spec, List<String> months, long... innerCounts) {
        var counts = new HashMap<List<String>, Long>();
        int[] sizes = spec.dimensions().stream().mapToInt(d -> d.categories().size()).toArray();
        if (Arrays.stream(sizes).reduce(1, (a, b) -> a * b) != innerCounts.length) {
            throw new IllegalArgumentException("wrong number of counts");
        }
        for (int index = 0; index < innerCounts.length; index++) {
            var codes = new ArrayList<String>();
            int rest = index;
            for (int d = sizes.length - 1; d >= 0; d--) {
                codes.add(0, spec.dimensions().get(d).categories().get(rest % sizes[d]));
                rest /= sizes[d];
            }
            counts.put(codes, innerCounts[index]);
        }
        return new TableData(spec, months, counts);
    }

    static ProtectedCell cell(ProtectedTable table, String... codes) {
        return table.cells().stream().filter(c -> c.codes().equals(List.of(codes))).findFirst().orElseThrow();
    }

    static Map<List<String>, ProtectedCell> byCodes(ProtectedTable table) {
        var cells = new HashMap<List<String>, ProtectedCell>();
        table.cells().forEach(c -> cells.put(c.codes(), c));
        return cells;
    }

    static long suppressedCount(ProtectedTable table, CellStatus status) {
        return table.cells().stream().filter(c -> c.status() == status).count();
    }
}
