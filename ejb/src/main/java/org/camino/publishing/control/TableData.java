package org.camino.publishing.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The true counts of a table before protection.
 *
 * @param months      the months ({@code yyyy-MM}) the table covers; with a month dimension, its categories
 * @param innerCounts one category per dimension, in the order of the dimensions; a missing key counts 0
 */
public record TableData(TableSpec spec, List<String> months, Map<List<String>, Long> innerCounts) {

    public TableData {
        Objects.requireNonNull(spec, "spec");
        months = List.copyOf(months);
        innerCounts = Map.copyOf(innerCounts);
        validateMonths(spec, months);
        for (var entry : innerCounts.entrySet()) {
            List<String> codes = entry.getKey();
            if (codes.size() != spec.dimensions().size()) {
                throw new IllegalArgumentException("Table " + spec.id() + ": " + codes + " does not give one code per dimension");
            }
            for (int d = 0; d < codes.size(); d++) {
                if (!spec.dimensions().get(d).categories().contains(codes.get(d))) {
                    throw new IllegalArgumentException("Table " + spec.id() + ": " + codes.get(d) + " is not a category of "
                            + spec.dimensions().get(d).name());
                }
            }
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("Table " + spec.id() + ": negative count at " + codes);
            }
        }
    }

    static void validateMonths(TableSpec spec, List<String> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("Table " + spec.id() + " covers no month");
        }
        Set<String> distinct = new TreeSet<>(months);
        if (distinct.size() != months.size()) {
            throw new IllegalArgumentException("Table " + spec.id() + " lists a month twice");
        }
        for (String month : months) {
            if (!Dimension.MONTH_PATTERN.matcher(month).matches()) {
                throw new IllegalArgumentException("Table " + spec.id() + ": month " + month + " is not yyyy-MM");
            }
        }
        int monthDimension = spec.monthDimension();
        if (monthDimension >= 0 && !distinct.equals(new TreeSet<>(spec.dimensions().get(monthDimension).categories()))) {
            throw new IllegalArgumentException("Table " + spec.id() + ": the months of its month dimension are not its period");
        }
    }
}
