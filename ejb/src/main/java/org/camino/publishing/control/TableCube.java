package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The cells of a table (inner cells and every margin) numbered as in a mixed-radix number: dimension d
 * has a coordinate from 0 to n_d, where n_d (one past its last category) is its total.
 */
final class TableCube {

    final TableSpec spec;
    final List<String> months;
    private final int[] sizes;
    private final int[] strides;
    private final List<Map<String, Integer>> categoryIndex = new ArrayList<>();
    /** the dimensions other than the month in the order of their names (identities do not depend on the order) */
    private final int[] identityOrder;
    private final int monthDimension;
    private final List<String> sortedMonths;
    final int cellCount;

    TableCube(TableSpec spec, List<String> months) {
        TableData.validateMonths(spec, months);
        this.spec = spec;
        this.months = List.copyOf(months);
        this.sortedMonths = months.stream().sorted().toList();
        List<Dimension> dimensions = spec.dimensions();
        sizes = new int[dimensions.size()];
        strides = new int[dimensions.size()];
        long count = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            sizes[d] = dimensions.get(d).categories().size() + 1;
            strides[d] = (int) count;
            count *= sizes[d];
            if (count > 50_000_000) {
                throw new IllegalArgumentException("Table " + spec.id() + " has too many cells");
            }
        }
        cellCount = (int) count;
        for (Dimension dimension : dimensions) {
            var index = new HashMap<String, Integer>();
            for (int k = 0; k < dimension.categories().size(); k++) {
                index.put(dimension.categories().get(k), k);
            }
            index.put(Cell.TOTAL, dimension.categories().size());
            categoryIndex.add(index);
        }
        monthDimension = spec.monthDimension();
        identityOrder = IntStream.range(0, dimensions.size())
                .filter(d -> d != monthDimension)
                .boxed()
                .sorted(Comparator.comparing(d -> dimensions.get(d).name()))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    int dimensions() {
        return sizes.length;
    }

    /** Number of categories of dimension d, which is also the coordinate of its total. */
    int categories(int d) {
        return sizes[d] - 1;
    }

    int coordinate(int cell, int d) {
        return (cell / strides[d]) % sizes[d];
    }

    boolean isTotal(int cell, int d) {
        return coordinate(cell, d) == categories(d);
    }

    /** The cell with coordinate k in dimension d and the same coordinates elsewhere. */
    int with(int cell, int d, int k) {
        return cell + (k - coordinate(cell, d)) * strides[d];
    }

    int totals(int cell) {
        int totals = 0;
        for (int d = 0; d < sizes.length; d++) {
            if (isTotal(cell, d)) {
                totals++;
            }
        }
        return totals;
    }

    /** The cell of these codes, or -1 if a code is not one of its dimension. */
    int index(List<String> codes) {
        if (codes.size() != sizes.length) {
            return -1;
        }
        int cell = 0;
        for (int d = 0; d < sizes.length; d++) {
            Integer k = categoryIndex.get(d).get(codes.get(d));
            if (k == null) {
                return -1;
            }
            cell += k * strides[d];
        }
        return cell;
    }

    String code(int cell, int d) {
        int k = coordinate(cell, d);
        return k == categories(d) ? Cell.TOTAL : spec.dimensions().get(d).categories().get(k);
    }

    List<String> codes(int cell) {
        var codes = new String[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            codes[d] = code(cell, d);
        }
        return List.of(codes);
    }

    CellIdentity identity(int cell) {
        var codes = new ArrayList<String>(identityOrder.length);
        for (int d : identityOrder) {
            if (!isTotal(cell, d)) {
                codes.add(spec.dimensions().get(d).name() + "=" + code(cell, d));
            }
        }
        List<String> cellMonths = monthDimension >= 0 && !isTotal(cell, monthDimension)
                ? List.of(code(cell, monthDimension))
                : sortedMonths;
        return new CellIdentity(spec.population(), codes, cellMonths);
    }

    /** Every cell's count from the inner counts: each margin is the sum of its children along any dimension. */
    long[] counts(Map<List<String>, Long> innerCounts) {
        var counts = new long[cellCount];
        for (var entry : innerCounts.entrySet()) {
            counts[index(entry.getKey())] = entry.getValue();
        }
        // Totalling one dimension after the other fills every margin, the grand total last.
        for (int d = 0; d < sizes.length; d++) {
            for (int cell = 0; cell < cellCount; cell++) {
                if (isTotal(cell, d)) {
                    long sum = 0;
                    for (int k = 0; k < categories(d); k++) {
                        sum += counts[with(cell, d, k)];
                    }
                    counts[cell] = sum;
                }
            }
        }
        return counts;
    }

    /** The children of a total along d (the categories of d, other coordinates kept). */
    int[] children(int total, int d) {
        var children = new int[categories(d)];
        for (int k = 0; k < children.length; k++) {
            children[k] = with(total, d, k);
        }
        return children;
    }

    @Override
    public String toString() {
        return spec.id() + Arrays.toString(sizes);
    }
}
