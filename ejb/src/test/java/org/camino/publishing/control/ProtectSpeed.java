package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: how long {@link DisclosureControl#protect} takes on realistic release tables. Run with
 * {@code java -cp <test classpath> org.camino.publishing.control.ProtectSpeed [tables] [records per table]}.
 * Each table is 20 nationalities x 10 age bands x 3 sexes x 9 case types x 12 months, counts drawn from
 * Poisson laws whose means follow skewed marginals (a few nationalities and case types hold most records).
 */
public final class ProtectSpeed {

    public static void main(String[] args) {
        int tableCount = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        var random = new Random(42);
        var tables = new ArrayList<TableData>();
        for (int t = 0; t < tableCount; t++) {
            tables.add(realisticTable("table-" + t, "POP" + t, records, random));
        }
        long start = System.nanoTime();
        Protection protection = DisclosureControl.protect(tables, List.of(),
                (audited, total) -> { });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cells = 0;
        long primary = 0;
        long secondary = 0;
        long suppressedMass = 0;
        long mass = 0;
        for (ProtectedTable table : protection.tables()) {
            for (ProtectedCell cell : table.cells()) {
                cells++;
                if (cell.status() == CellStatus.PRIMARY) {
                    primary++;
                } else if (cell.status() == CellStatus.SECONDARY) {
                    secondary++;
                }
                if (cell.suppressed() && cell.codes().stream().noneMatch(Cell.TOTAL::equals)) {
                    suppressedMass += cell.value();
                }
                if (cell.codes().stream().noneMatch(Cell.TOTAL::equals)) {
                    mass += cell.value();
                }
            }
        }
        System.out.printf("%d table(s), %d cells: protect %d ms, primary %d, secondary %d, inner mass suppressed %d of %d,"
                        + " audit passed %s (%d unsafe, problems %d)%n",
                tableCount, cells, millis, primary, secondary, suppressedMass, mass, protection.audit().passed(),
                protection.audit().unsafeCells(), protection.audit().problems().size());
    }

    static TableData realisticTable(String id, String population, int records, Random random) {
        var dimensions = List.of(
                dimension("nationality", 20, true),
                dimension("age", 10, false),
                dimension("sex", 3, false),
                dimension("caseType", 9, false),
                months());
        var spec = new TableSpec(id, population, dimensions, 5, 5);
        double[][] weights = new double[dimensions.size()][];
        for (int d = 0; d < dimensions.size(); d++) {
            int n = dimensions.get(d).categories().size();
            weights[d] = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                // Zipf-like, except the months which are about even
                weights[d][k] = d == 4 ? 1 + random.nextDouble() * 0.3 : 1.0 / (k + 1);
                sum += weights[d][k];
            }
            for (int k = 0; k < n; k++) {
                weights[d][k] /= sum;
            }
        }
        Map<List<String>, Long> counts = new HashMap<>();
        fill(dimensions, weights, 0, new ArrayList<>(), records, random, counts);
        return new TableData(spec, dimensions.get(4).categories(), counts);
    }

    private static void fill(List<Dimension> dimensions, double[][] weights, int d, List<String> codes, double mean,
                             Random random, Map<List<String>, Long> counts) {
        if (d == dimensions.size()) {
            long count = poisson(mean, random);
            if (count > 0) {
                counts.put(List.copyOf(codes), count);
            }
            return;
        }
        for (int k = 0; k < dimensions.get(d).categories().size(); k++) {
            codes.add(dimensions.get(d).categories().get(k));
            fill(dimensions, weights, d + 1, codes, mean * weights[d][k], random, counts);
            codes.remove(codes.size() - 1);
        }
    }

    static long poisson(double mean, Random random) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static Dimension dimension(String name, int size, boolean sensitive) {
        var categories = new ArrayList<String>();
        for (int k = 0; k < size; k++) {
            categories.add(name.substring(0, 2).toUpperCase() + k);
        }
        return new Dimension(name, categories, sensitive);
    }

    private static Dimension months() {
        var months = new ArrayList<String>();
        for (int m = 1; m <= 12; m++) {
            months.add(String.format("2026-%02d", m));
        }
        return new Dimension(Dimension.MONTH, months, false);
    }
}
