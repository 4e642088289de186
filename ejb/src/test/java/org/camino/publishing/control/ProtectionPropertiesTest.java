package org.camino.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of protection on random tables, counts mostly small; each run is one seed, which replays it. */
class ProtectionPropertiesTest {

    private static final List<String> PERIOD = List.of("2026-01", "2026-02");

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tables")
    void everyPublishedCountIsZeroOrAtLeastTheThresholdRoundedAndTheAuditPasses(long seed) {
        TableData table = table(new Random(seed));
        Protection protection = DisclosureControl.protect(List.of(table), List.of());

        assertSafe(protection, List.of());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("linkedPairs")
    void linkedTablesSharingADimensionAreProtectedTogether(long seed) {
        List<TableData> pair = linkedPair(new Random(seed));
        Protection protection = DisclosureControl.protect(pair, List.of());

        assertSafe(protection, List.of());
        // a figure both tables show has one status
        var first = Tables.byCodes(protection.tables().get(0));
        var second = Tables.byCodes(protection.tables().get(1));
        for (String nationality : pair.get(0).spec().dimensions().get(1).categories()) {
            assertEquals(first.get(List.of(Cell.TOTAL, nationality)).status(),
                    second.get(List.of(Cell.TOTAL, nationality)).status());
        }
    }

    private static void assertSafe(Protection protection, List<ProtectedTable> earlier) {
        assertTrue(protection.audit().passed(), () -> protection.audit().problems() + " "
                + protection.audit().cells().stream().filter(c -> !c.safe()).toList());
        for (ProtectedTable table : protection.tables()) {
            int threshold = table.spec().threshold();
            for (ProtectedCell cell : table.cells()) {
                if (cell.suppressed()) {
                    assertNull(cell.published());
                } else {
                    assertTrue(cell.value() == 0 || cell.value() >= threshold, cell.toString());
                    assertTrue(cell.published() == 0 || cell.published() >= threshold, cell.toString());
                    assertEquals(0, cell.published() % table.spec().roundingBase(), cell.toString());
                }
            }
        }
        // the audit run apart on the protected tables agrees
        assertTrue(SuppressionAudit.audit(protection.tables(), earlier).passed());
    }

    static LongStream tables() {
        return LongStream.range(0, 40);
    }

    static LongStream linkedPairs() {
        return LongStream.range(1000, 1025);
    }

    /** One to four dimensions of two to six categories, at most 150 cells. */
    private static TableData table(Random random) {
        List<Integer> sizes;
        do {
            sizes = new ArrayList<>();
            for (int d = 1 + random.nextInt(4); d > 0; d--) {
                sizes.add(between(random, 2, 6));
            }
        } while (sizes.stream().reduce(1, (a, b) -> a * b) > 150);
        return randomTable("t", "P", sizes, random.nextBoolean() ? 5 : 10, random);
    }

    private static List<TableData> linkedPair(Random random) {
        return linkedPair(between(random, 2, 4), between(random, 2, 6), between(random, 2, 4),
                random.nextBoolean() ? 5 : 10, random);
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** Counts: a third zeros, a third below 10, a third up to 40. */
    private static long count(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(9);
            default -> random.nextInt(41);
        };
    }

    private static TableData randomTable(String id, String population, List<Integer> sizes, int threshold, Random random) {
        var dimensions = new ArrayList<Dimension>();
        for (int d = 0; d < sizes.size(); d++) {
            var categories = new ArrayList<String>();
            for (int k = 0; k < sizes.get(d); k++) {
                categories.add("c" + k);
            }
            dimensions.add(new Dimension("d" + d, categories, random.nextBoolean()));
        }
        var spec = new TableSpec(id, population, dimensions, threshold, 5);
        Map<List<String>, Long> counts = new HashMap<>();
        fill(dimensions, 0, new ArrayList<>(), random, counts);
        return new TableData(spec, PERIOD, counts);
    }

    private static void fill(List<Dimension> dimensions, int d, List<String> codes, Random random,
                             Map<List<String>, Long> counts) {
        if (d == dimensions.size()) {
            counts.put(List.copyOf(codes), count(random));
            return;
        }
        for (String category : dimensions.get(d).categories()) {
            codes.add(category);
            fill(dimensions, d + 1, codes, random, counts);
            codes.remove(codes.size() - 1);
        }
    }

    /** sex x nationality and age x nationality, both sums of one random sex x age x nationality table. */
    private static List<TableData> linkedPair(int sexes, int nationalities, int ages, int threshold, Random random) {
        var sex = categories("s", sexes);
        var nationality = categories("n", nationalities);
        var age = categories("a", ages);
        Map<List<String>, Long> bySex = new HashMap<>();
        Map<List<String>, Long> byAge = new HashMap<>();
        for (String s : sex) {
            for (String a : age) {
                for (String n : nationality) {
                    long count = random.nextInt(4) == 0 ? random.nextInt(15) : random.nextInt(3);
                    bySex.merge(List.of(s, n), count, Long::sum);
                    byAge.merge(List.of(a, n), count, Long::sum);
                }
            }
        }
        var nationalityDimension = new Dimension("nationality", nationality, true);
        var first = new TableSpec("by-sex", "P", List.of(new Dimension("sex", sex, false), nationalityDimension), threshold, 5);
        var second = new TableSpec("by-age", "P", List.of(new Dimension("age", age, false), nationalityDimension), threshold, 5);
        return List.of(new TableData(first, PERIOD, bySex), new TableData(second, PERIOD, byAge));
    }

    private static List<String> categories(String prefix, int count) {
        var categories = new ArrayList<String>();
        for (int k = 0; k < count; k++) {
            categories.add(prefix + k);
        }
        return categories;
    }
}
