package org.camino.publishing.control;

import static org.camino.publishing.control.Tables.dimension;
import static org.camino.publishing.control.Tables.spec;
import static org.camino.publishing.control.Tables.table;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An attacker written apart from the audit: it does not reason on the tables' relations but on the
 * microdata behind them. Its unknowns are the counts of every combination of every dimension of every
 * table (month included), each >= 0; every published cell of every table and release is the sum of its
 * combinations and equals its TRUE count (stronger than the rounded count really published). It then
 * looks for the smallest and largest possible value of each suppressed cell.
 */
class AttackerTest {

    @Test
    void marginsAloneDoNotRevealASuppressedCell() {
        var spec = spec("t", 5, dimension("sex", "F", "M", "X"), dimension("nationality", "AF", "SY", "IQ"));
        var data = table(spec, List.of("2026-01"),
                3, 20, 12,
                7, 1, 30,
                0, 9, 2);

        Protection protection = DisclosureControl.protect(List.of(data), List.of());

        assertNothingRecovered(protection.tables(), List.of());
    }

    @Test
    void twoTablesSharingTheNationalityMarginDoNotRevealASuppressedCell() {
        var bySex = new TableSpec("by-sex", "CT:VICTIM", List.of(dimension("sex", "F", "M"),
                dimension("nationality", "AF", "SY", "IQ")), 10, 5);
        var byAge = new TableSpec("by-age", "CT:VICTIM", List.of(dimension("age", "0-17", "18+"),
                dimension("nationality", "AF", "SY", "IQ")), 10, 5);
        // counts of the same victims: AF 14, SY 35, IQ 23
        var sexCounts = table(bySex, List.of("2026-01"), 4, 20, 11, 10, 15, 12);
        var ageCounts = table(byAge, List.of("2026-01"), 9, 3, 2, 5, 32, 21);

        Protection protection = DisclosureControl.protect(List.of(sexCounts, ageCounts), List.of());

        assertNothingRecovered(protection.tables(), List.of());
    }

    @Test
    void twoSuccessiveReleasesDoNotRevealASuppressedCell() {
        var january = spec("monthly", 5, dimension(Dimension.MONTH, "2026-01"), dimension("sex", "F", "M"),
                dimension("nationality", "AF", "SY"));
        var first = DisclosureControl.protect(List.of(table(january, List.of("2026-01"), 3, 12, 20, 9)), List.of());
        var twoMonths = spec("monthly", 5, dimension(Dimension.MONTH, "2026-01", "2026-02"), dimension("sex", "F", "M"),
                dimension("nationality", "AF", "SY"));
        var second = DisclosureControl.protect(
                List.of(table(twoMonths, List.of("2026-01", "2026-02"), 3, 12, 20, 9, 6, 2, 15, 11)), first.tables());

        assertNothingRecovered(second.tables(), first.tables());
    }

    private static void assertNothingRecovered(List<ProtectedTable> tables, List<ProtectedTable> earlier) {
        var all = new ArrayList<ProtectedTable>(earlier);
        all.addAll(tables);
        var attacker = new Microdata(all);
        for (ProtectedTable table : all) {
            for (ProtectedCell cell : table.cells()) {
                if (!cell.suppressed()) {
                    continue;
                }
                double[] range = attacker.range(table, cell);
                int threshold = table.spec().threshold();
                assertTrue(range[0] <= Math.max(0, cell.value() - threshold) + 1e-6
                                && range[1] >= cell.value() + threshold - 1e-6,
                        table.spec().id() + " " + cell + " recovered to [" + range[0] + ", " + range[1] + "]");
            }
        }
    }

    /** The attacker's model: one unknown per combination of categories of every dimension seen. */
    private static final class Microdata {
        private final Map<String, List<String>> categories = new LinkedHashMap<>();
        private final List<Map<String, String>> combinations = new ArrayList<>();
        /** each published cell: the combinations it counts, and its true count */
        private final List<Map.Entry<List<Integer>, Long>> published = new ArrayList<>();

        Microdata(List<ProtectedTable> tables) {
            var months = new TreeSet<String>();
            for (ProtectedTable table : tables) {
                months.addAll(table.months());
                for (Dimension dimension : table.spec().dimensions()) {
                    if (!dimension.isMonth()) {
                        categories.put(dimension.name(), dimension.categories());
                    }
                }
            }
            categories.put(Dimension.MONTH, List.copyOf(months));
            combine(new ArrayList<>(categories.keySet()), 0, new HashMap<>());
            for (ProtectedTable table : tables) {
                for (ProtectedCell cell : table.cells()) {
                    if (!cell.suppressed()) {
                        published.add(Map.entry(members(table, cell), cell.value()));
                    }
                }
            }
        }

        private void combine(List<String> names, int d, Map<String, String> partial) {
            if (d == names.size()) {
                combinations.add(new HashMap<>(partial));
                return;
            }
            for (String category : categories.get(names.get(d))) {
                partial.put(names.get(d), category);
                combine(names, d + 1, partial);
            }
        }

        /** The combinations a cell counts. */
        private List<Integer> members(ProtectedTable table, ProtectedCell cell) {
            var members = new ArrayList<Integer>();
            List<Dimension> dimensions = table.spec().dimensions();
            for (int i = 0; i < combinations.size(); i++) {
                Map<String, String> combination = combinations.get(i);
                boolean counted = table.months().contains(combination.get(Dimension.MONTH));
                for (int d = 0; d < dimensions.size() && counted; d++) {
                    String code = cell.codes().get(d);
                    counted = code.equals(Cell.TOTAL) || code.equals(combination.get(dimensions.get(d).name()));
                }
                if (counted) {
                    members.add(i);
                }
            }
            return members;
        }

        double[] range(ProtectedTable table, ProtectedCell cell) {
            var model = new ExpressionsBasedModel();
            var unknowns = new ArrayList<Variable>();
            for (int i = 0; i < combinations.size(); i++) {
                unknowns.add(model.addVariable("m" + i).lower(0));
            }
            for (int p = 0; p < published.size(); p++) {
                Expression sum = model.addExpression("p" + p).level(published.get(p).getValue());
                for (int i : published.get(p).getKey()) {
                    sum.set(unknowns.get(i), 1);
                }
            }
            Expression objective = model.addExpression("objective").weight(1);
            for (int i : members(table, cell)) {
                objective.set(unknowns.get(i), 1);
            }
            Optimisation.Result low = model.minimise();
            Optimisation.Result high = model.maximise();
            double upper = high.getState() == Optimisation.State.UNBOUNDED ? Double.POSITIVE_INFINITY : high.getValue();
            return new double[] {low.getValue(), upper};
        }
    }
}
