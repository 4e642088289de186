package org.camino.publishing.control;

import org.camino.publishing.control.CtMicrodataExtract.QuasiIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On random sets of victims (narrow or wide domains, so that some need no
 * generalisation and some need a lot) and random thresholds: k and l hold on
 * every extract, nothing released is made up, the report adds up, and the
 * search picks the least generalisation its limit allows. The checks group
 * and count the released rows themselves, not through the class under test.
 * Each run is one {@link Trial}: a failure names its seed, which replays it.
 */
class CtMicrodataExtractPropertiesTest {

    private static final List<String> GENDERS = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");
    private static final List<String> AGES = List.of("Y18T24", "Y25T34", "Y15T17", "Y35T44", "Y10T14", "Y45T59",
            "_U", "Y_GE60", "Y5T9", "Y0T4");
    private static final List<String> COUNTRIES = List.of("NGA", "UKR", "THA", "GHA", "ITA", "KEN", "PHL", "VNM",
            "FRA", "BRA", "XXA", "_U", "MEX", "DEU", "USA", "UGA");
    private static final List<String> SUPPORT = List.of("Health;Legal", "NONE", "Health", "Legal",
            "SexualExploitationRehabilitation", "Financial;Livelihood", "Education");
    private static final List<String> STAGES = List.of("Exploitation", "Exploitation;Recruitment", "NONE",
            "Recruitment", "Exploitation;Recruitment;Transit");

    @ParameterizedTest(name = "{0}")
    @MethodSource("trials")
    void everyReleasedGroupHasAtLeastKRowsAndLDistinctValuesOfEachSensitiveAttribute(Trial trial) {
        List<Map<String, String>> rows = trial.rows();
        Thresholds t = trial.thresholds();
        CtMicrodataExtract extractor = trial.extractor();
        CtMicrodata extract = trial.extract();
        Map<List<String>, List<Map<String, String>>> groups = extract.rows().stream()
                .collect(Collectors.groupingBy(row -> quasiIdentifierValues(extractor, row)));
        for (Map.Entry<List<String>, List<Map<String, String>>> group : groups.entrySet()) {
            assertTrue(group.getValue().size() >= t.k, group.getKey() + " has " + group.getValue().size() + " rows");
            for (String sensitive : extractor.sensitiveAttributes()) {
                Set<String> values = group.getValue().stream().map(row -> row.get(sensitive)).collect(Collectors.toSet());
                assertTrue(values.size() >= t.l, group.getKey() + " has " + values + " as " + sensitive);
            }
        }
        assertEquals(groups.size(), extract.loss().groups());
        assertEquals(groups.values().stream().mapToInt(List::size).min().orElse(0), extract.loss().smallestGroup());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trials")
    void everyReleasedRowIsAnInputRowGeneralisedAtTheChosenLevels(Trial trial) {
        List<Map<String, String>> rows = trial.rows();
        Thresholds t = trial.thresholds();
        CtMicrodataExtract extractor = trial.extractor();
        CtMicrodata extract = trial.extract();
        Map<Map<String, String>, Integer> available = new HashMap<>();
        for (Map<String, String> row : rows) {
            available.merge(generalised(extractor, extract.loss().levels(), row), 1, Integer::sum);
        }
        for (Map<String, String> released : extract.rows()) {
            assertEquals(new HashSet<>(extract.columns()), released.keySet(), "no other column");
            Integer left = available.get(released);
            assertTrue(left != null && left > 0, released + " is no input row, or more copies than the input has");
            available.put(released, left - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trials")
    void theReportAddsUp(Trial trial) {
        List<Map<String, String>> rows = trial.rows();
        Thresholds t = trial.thresholds();
        CtMicrodataExtract extractor = trial.extractor();
        CtMicrodata extract = trial.extract();
        CtMicrodata.InformationLoss loss = extract.loss();
        assertEquals(rows.size(), loss.inputRecords());
        assertEquals(extract.rows().size(), loss.releasedRecords());
        assertEquals(rows.size() - extract.rows().size(), loss.suppressedRecords());
        assertEquals(suppressedAt(extractor, rows, loss.levels(), t), loss.suppressedRecords());
        for (CtMicrodata.VariableLoss variable : loss.variables()) {
            assertEquals(distinct(rows, variable.column()), variable.distinctBefore(), variable.column());
            assertEquals(distinct(extract.rows(), variable.column()), variable.distinctAfter(), variable.column());
        }
        for (QuasiIdentifier q : extractor.quasiIdentifiers()) {
            CtMicrodata.VariableLoss variable = loss.variables().stream()
                    .filter(v -> v.column().equals(q.column())).findFirst().orElseThrow();
            assertEquals(lossMetric(rows, q, variable.level()), variable.lossMetric(), 1e-9, q.column());
        }
        assertEquals(List.of(3, 1, 3, 3, 3, 0, 0), loss.variables().stream().map(CtMicrodata.VariableLoss::height).toList());
        assertEquals(4 * 2 * 4 * 4 * 4, loss.nodesSearched());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trials")
    void noLessGeneralisedCombinationWithinTheSuppressionLimitLosesLess(Trial trial) {
        List<Map<String, String>> rows = trial.rows();
        Thresholds t = trial.thresholds();
        CtMicrodataExtract extractor = trial.extractor();
        CtMicrodata extract = trial.extract();
        int allowed = (int) Math.floor(t.maxSuppressedShare * rows.size());
        Map<String, Integer> chosen = extract.loss().levels();
        assertEquals(lossMetric(extractor, rows, chosen), extract.loss().lossMetric(), 1e-9);
        if (extract.loss().suppressedRecords() > allowed) {
            // beyond the limit everywhere: then nothing else suppresses fewer
            assertTrue(everyLevelCombination(extractor).stream()
                    .allMatch(levels -> suppressedAt(extractor, rows, levels, t) >= extract.loss().suppressedRecords()));
            return;
        }
        // one level lower loses at most as much; within the limit it must not lose less, or it would have been chosen
        for (String column : chosen.keySet()) {
            if (chosen.get(column) > 0) {
                Map<String, Integer> lower = new HashMap<>(chosen);
                lower.put(column, chosen.get(column) - 1);
                if (suppressedAt(extractor, rows, lower, t) <= allowed) {
                    assertEquals(extract.loss().lossMetric(), lossMetric(extractor, rows, lower), 1e-9, lower.toString());
                }
            }
        }
    }

    // --- independent computations

    private static List<String> quasiIdentifierValues(CtMicrodataExtract extractor, Map<String, String> row) {
        return extractor.quasiIdentifiers().stream().map(q -> row.get(q.column())).toList();
    }

    private static Map<String, String> generalised(CtMicrodataExtract extractor, Map<String, Integer> levels,
                                                   Map<String, String> row) {
        Map<String, String> generalised = new HashMap<>();
        for (QuasiIdentifier q : extractor.quasiIdentifiers()) {
            generalised.put(q.column(), q.generalisation().generalise(row.get(q.column()), levels.get(q.column())));
        }
        extractor.sensitiveAttributes().forEach(s -> generalised.put(s, row.get(s)));
        return generalised;
    }

    /** Records in groups smaller than k or with fewer than l values of a sensitive attribute, at these levels. */
    private static int suppressedAt(CtMicrodataExtract extractor, List<Map<String, String>> rows,
                                    Map<String, Integer> levels, Thresholds t) {
        Map<List<String>, List<Map<String, String>>> groups = rows.stream().collect(Collectors.groupingBy(
                row -> quasiIdentifierValues(extractor, generalised(extractor, levels, row))));
        int suppressed = 0;
        for (List<Map<String, String>> group : groups.values()) {
            boolean diverse = extractor.sensitiveAttributes().stream()
                    .allMatch(s -> group.stream().map(row -> row.get(s)).distinct().count() >= t.l);
            if (group.size() < t.k || !diverse) {
                suppressed += group.size();
            }
        }
        return suppressed;
    }

    /** Iyengar's loss metric at these levels, mean over quasi-identifiers. */
    private static double lossMetric(CtMicrodataExtract extractor, List<Map<String, String>> rows,
                                     Map<String, Integer> levels) {
        return extractor.quasiIdentifiers().stream()
                .mapToDouble(q -> lossMetric(rows, q, levels.get(q.column()))).average().orElse(0);
    }

    /** Mean over the rows of (c - 1) / (D - 1): c recorded values share the row's generalised value, of D seen. */
    private static double lossMetric(List<Map<String, String>> rows, QuasiIdentifier q, int level) {
        Set<String> recorded = rows.stream().map(row -> row.get(q.column())).collect(Collectors.toSet());
        if (recorded.size() < 2) {
            return 0;
        }
        double sum = 0;
        for (Map<String, String> row : rows) {
            String generalised = q.generalisation().generalise(row.get(q.column()), level);
            long covered = recorded.stream().filter(v -> q.generalisation().generalise(v, level).equals(generalised)).count();
            sum += (covered - 1) / (double) (recorded.size() - 1);
        }
        return sum / rows.size();
    }

    private static List<Map<String, Integer>> everyLevelCombination(CtMicrodataExtract extractor) {
        List<Map<String, Integer>> combinations = new ArrayList<>(List.of(Map.of()));
        for (QuasiIdentifier q : extractor.quasiIdentifiers()) {
            List<Map<String, Integer>> longer = new ArrayList<>();
            for (Map<String, Integer> combination : combinations) {
                for (int level = 0; level <= q.generalisation().height(); level++) {
                    Map<String, Integer> next = new HashMap<>(combination);
                    next.put(q.column(), level);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    private static int distinct(List<Map<String, String>> rows, String column) {
        return (int) rows.stream().map(row -> row.get(column)).distinct().count();
    }

    // --- generators

    record Thresholds(int k, int l, double maxSuppressedShare) {
    }

    /** One random set of victims and thresholds, and its extract; named by its seed, which replays it. */
    record Trial(long seed, List<Map<String, String>> rows, Thresholds thresholds, CtMicrodataExtract extractor,
                 CtMicrodata extract) {
        static Trial of(long seed) {
            Random random = new Random(seed);
            List<Map<String, String>> rows = victims(random);
            Thresholds t = CtMicrodataExtractPropertiesTest.thresholds(random);
            CtMicrodataExtract extractor = CtMicrodataExtract.ctdc(t.k, t.l, t.maxSuppressedShare);
            return new Trial(seed, rows, t, extractor, extractor.extract(rows));
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Trial> trials() {
        return LongStream.range(0, 200).mapToObj(Trial::of);
    }

    private static Thresholds thresholds(Random random) {
        double[] shares = {0.0, 0.01, 0.05, 0.2, 1.0};
        return new Thresholds(between(random, CtMicrodataExtract.MIN_K, 25), between(random, 2, 3),
                shares[random.nextInt(shares.length)]);
    }

    /** Victims over the first few values of each list: a narrow domain gives large groups, a wide one small groups. */
    private static List<Map<String, String>> victims(Random random) {
        int width = between(random, 1, 16);
        int count = random.nextInt(401);
        List<Map<String, String>> victims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            victims.add(new CtVictim(between(random, 2026 - Math.min(width, 8), 2026), first(random, GENDERS, width),
                    first(random, AGES, width), first(random, COUNTRIES, width), first(random, COUNTRIES, width),
                    first(random, SUPPORT, width), first(random, STAGES, width)).values());
        }
        return victims;
    }

    private static String first(Random random, List<String> values, int width) {
        return values.get(random.nextInt(Math.min(width, values.size())));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
