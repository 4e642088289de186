package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Disclosure control of a microdata extract: k-anonymity on the
 * quasi-identifiers and distinct l-diversity on the sensitive attributes,
 * generalisation first, then suppression of records.
 * <p>
 * Full-domain generalisation (Samarati; Incognito's lattice): each
 * quasi-identifier is generalised to one level of its {@link Generalisation}
 * for every record. Every node of the lattice of level combinations is
 * evaluated (the lattice is small: 512 nodes for CTDC's five variables); at a
 * node, the records of a group (same generalised quasi-identifiers) smaller
 * than k, or with fewer than l distinct values of a sensitive attribute, would
 * be suppressed. The node chosen is, among those suppressing at most
 * {@code maxSuppressedShare} of the records, the one with the highest precision
 * (least generalisation: mean of level / height over the quasi-identifiers);
 * ties go to fewer suppressed records, then the lower discernibility metric,
 * then the lower levels in column order. If no node stays within the limit,
 * the one suppressing the fewest records (then the same ties). Then the
 * records of the unsafe groups are suppressed; the groups left are each safe,
 * since removing a whole group changes no other.
 * <p>
 * Released: the quasi-identifiers at their level and the sensitive attributes
 * as recorded; no other column.
 */
public final class CtMicrodataExtract {

    /** CTDC's threshold; an extract is never made with a lower one. */
    public static final int MIN_K = 11;
    public static final int DEFAULT_L = 2;
    public static final double DEFAULT_MAX_SUPPRESSED_SHARE = 0.05;

    /** A released variable that could identify someone in combination with others, and how it is generalised. */
    public record QuasiIdentifier(String column, Generalisation generalisation) {
        public QuasiIdentifier {
            Objects.requireNonNull(column);
            Objects.requireNonNull(generalisation);
        }
    }

    private final List<QuasiIdentifier> quasiIdentifiers;
    private final List<String> sensitiveAttributes;
    private final int k;
    private final int l;
    private final double maxSuppressedShare;

    public CtMicrodataExtract(List<QuasiIdentifier> quasiIdentifiers, List<String> sensitiveAttributes, int k, int l,
                              double maxSuppressedShare) {
        this.quasiIdentifiers = List.copyOf(quasiIdentifiers);
        this.sensitiveAttributes = List.copyOf(sensitiveAttributes);
        if (k < MIN_K) {
            throw new IllegalArgumentException("k = " + k + " is below " + MIN_K + ", CTDC's threshold");
        }
        if (l < DEFAULT_L) {
            throw new IllegalArgumentException("l = " + l + " is below " + DEFAULT_L);
        }
        if (!(maxSuppressedShare >= 0 && maxSuppressedShare <= 1)) {
            throw new IllegalArgumentException("the share of records suppressed must be within 0..1");
        }
        Set<String> columns = new HashSet<>(sensitiveAttributes);
        quasiIdentifiers.forEach(q -> columns.add(q.column()));
        if (columns.size() != quasiIdentifiers.size() + sensitiveAttributes.size()) {
            throw new IllegalArgumentException("a column is named twice among quasi-identifiers and sensitive attributes");
        }
        this.k = k;
        this.l = l;
        this.maxSuppressedShare = maxSuppressedShare;
    }

    /**
     * CTDC's shape: year of registration, gender, age, citizenship and country
     * of exploitation as quasi-identifiers; support types and trafficking
     * stages as sensitive attributes; k = 11, l = 2, at most 5 % suppressed.
     */
    public static CtMicrodataExtract ctdc() {
        return ctdc(MIN_K, DEFAULT_L, DEFAULT_MAX_SUPPRESSED_SHARE);
    }

    /** CTDC's shape with other thresholds (k never below {@value #MIN_K}). */
    public static CtMicrodataExtract ctdc(int k, int l, double maxSuppressedShare) {
        return new CtMicrodataExtract(List.of(
                new QuasiIdentifier(CtVictim.YEAR_OF_REGISTRATION, CtGeneralisations.year()),
                new QuasiIdentifier(CtVictim.GENDER, CtGeneralisations.recordedOrSuppressed()),
                new QuasiIdentifier(CtVictim.AGE_BROAD, CtGeneralisations.ageBand()),
                new QuasiIdentifier(CtVictim.CITIZENSHIP, CtGeneralisations.country()),
                new QuasiIdentifier(CtVictim.COUNTRY_OF_EXPLOITATION, CtGeneralisations.country())),
                List.of(CtVictim.TYPE_OF_SUPPORT, CtVictim.TRAFFICKING_STAGES), k, l, maxSuppressedShare);
    }

    /** The quasi-identifiers, in column order. */
    public List<QuasiIdentifier> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    public List<String> sensitiveAttributes() {
        return sensitiveAttributes;
    }

    /** The extract of these rows (column → value; every quasi-identifier and sensitive column present). */
    public CtMicrodata extract(List<Map<String, String>> rows) {
        Lattice lattice = new Lattice(rows);
        int allowed = (int) Math.floor(maxSuppressedShare * rows.size());
        Comparator<Node> preference = Comparator
                .comparingInt((Node node) -> node.suppressed <= allowed ? 0 : node.suppressed)
                .thenComparingLong(Node::generalisation)
                .thenComparingInt(Node::suppressed)
                .thenComparingLong(Node::discernibility)
                .thenComparing(Node::levels, Arrays::compare);
        List<Node> nodes = lattice.evaluateAll();
        Node chosen = nodes.stream().min(preference).orElseThrow();
        return release(rows, lattice, chosen, nodes.size());
    }

    private CtMicrodata release(List<Map<String, String>> rows, Lattice lattice, Node chosen, int nodesSearched) {
        Map<Long, Group> groups = lattice.groups(chosen.levels);
        List<String> columns = new ArrayList<>();
        quasiIdentifiers.forEach(q -> columns.add(q.column()));
        columns.addAll(sensitiveAttributes);
        List<Map<String, String>> released = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!groups.get(lattice.key(chosen.levels, r)).safe()) {
                continue;
            }
            Map<String, String> input = rows.get(r);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < quasiIdentifiers.size(); i++) {
                QuasiIdentifier q = quasiIdentifiers.get(i);
                row.put(q.column(), q.generalisation().generalise(input.get(q.column()), chosen.levels[i]));
            }
            sensitiveAttributes.forEach(s -> row.put(s, input.get(s)));
            released.add(row);
        }
        Comparator<Map<String, String>> byValues = (a, b) -> {
            for (String column : columns) {
                int c = a.get(column).compareTo(b.get(column));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        released.sort(byValues);

        List<CtMicrodata.VariableLoss> variables = new ArrayList<>();
        for (int i = 0; i < quasiIdentifiers.size(); i++) {
            QuasiIdentifier q = quasiIdentifiers.get(i);
            int level = chosen.levels[i];
            variables.add(new CtMicrodata.VariableLoss(q.column(), false, level, q.generalisation().height(),
                    q.generalisation().levelName(level), distinct(rows, q.column()), distinct(released, q.column())));
        }
        for (String s : sensitiveAttributes) {
            variables.add(new CtMicrodata.VariableLoss(s, true, 0, 0, "as recorded", distinct(rows, s),
                    distinct(released, s)));
        }
        List<Group> safeGroups = groups.values().stream().filter(Group::safe).toList();
        int smallest = safeGroups.stream().mapToInt(g -> g.size).min().orElse(0);
        CtMicrodata.InformationLoss loss = new CtMicrodata.InformationLoss(k, l, maxSuppressedShare, rows.size(),
                released.size(), variables, safeGroups.size(), smallest, chosen.precision, chosen.discernibility,
                nodesSearched);
        return new CtMicrodata(columns, released, loss);
    }

    private static int distinct(List<Map<String, String>> rows, String column) {
        Set<String> values = new HashSet<>();
        rows.forEach(row -> values.add(row.get(column)));
        return values.size();
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("a row has no value for " + column);
        }
        return value;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * One combination of levels, evaluated. {@code generalisation} is the sum
     * of level / height over the quasi-identifiers scaled by the heights'
     * least common multiple, so that equal precisions compare equal exactly.
     */
    private record Node(int[] levels, int suppressed, long generalisation, double precision, long discernibility) {
    }

    /** The rows of one group at one node, with the first l distinct values of each sensitive attribute. */
    private final class Group {
        int size;
        final int[][] values = new int[sensitiveAttributes.size()][l];
        final int[] distinct = new int[sensitiveAttributes.size()];

        void add(int[][] sensitiveIds, int row) {
            size++;
            for (int a = 0; a < distinct.length; a++) {
                if (distinct[a] < l && !seen(a, sensitiveIds[a][row])) {
                    values[a][distinct[a]++] = sensitiveIds[a][row];
                }
            }
        }

        private boolean seen(int attribute, int value) {
            for (int i = 0; i < distinct[attribute]; i++) {
                if (values[attribute][i] == value) {
                    return true;
                }
            }
            return false;
        }

        boolean safe() {
            return size >= k && Arrays.stream(distinct).allMatch(d -> d >= l);
        }
    }

    /**
     * The rows encoded once: for each quasi-identifier and level, the id of each
     * row's generalised value (ids are dense, so a group's key is a number in a
     * mixed radix of the levels' value counts); for each sensitive attribute,
     * the id of each row's value.
     */
    private final class Lattice {
        final int rowCount;
        final int[][][] qiIds;          // [quasi-identifier][level][row]
        final int[][] valueCounts;      // [quasi-identifier][level]
        final int[][] sensitiveIds;     // [sensitive attribute][row]
        final long heightsLcm;

        Lattice(List<Map<String, String>> rows) {
            rowCount = rows.size();
            qiIds = new int[quasiIdentifiers.size()][][];
            valueCounts = new int[quasiIdentifiers.size()][];
            long combinations = 1;
            for (int i = 0; i < quasiIdentifiers.size(); i++) {
                QuasiIdentifier q = quasiIdentifiers.get(i);
                int levels = q.generalisation().height() + 1;
                qiIds[i] = new int[levels][];
                valueCounts[i] = new int[levels];
                int widest = 0;
                for (int level = 0; level < levels; level++) {
                    Map<String, Integer> ids = new HashMap<>();
                    qiIds[i][level] = new int[rowCount];
                    for (int r = 0; r < rowCount; r++) {
                        String value = q.generalisation().generalise(value(rows.get(r), q.column()), level);
                        qiIds[i][level][r] = ids.computeIfAbsent(value, v -> ids.size());
                    }
                    valueCounts[i][level] = ids.size();
                    widest = Math.max(widest, ids.size());
                }
                try {
                    combinations = Math.multiplyExact(combinations, Math.max(1, widest));
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("too many combinations of quasi-identifier values to key groups");
                }
            }
            heightsLcm = quasiIdentifiers.stream().mapToLong(q -> q.generalisation().height())
                    .reduce(1, (a, b) -> a / gcd(a, b) * b);
            sensitiveIds = new int[sensitiveAttributes.size()][rowCount];
            for (int a = 0; a < sensitiveAttributes.size(); a++) {
                Map<String, Integer> ids = new HashMap<>();
                for (int r = 0; r < rowCount; r++) {
                    sensitiveIds[a][r] = ids.computeIfAbsent(value(rows.get(r), sensitiveAttributes.get(a)),
                            v -> ids.size());
                }
            }
        }

        long key(int[] levels, int row) {
            long key = 0;
            for (int i = 0; i < levels.length; i++) {
                key = key * valueCounts[i][levels[i]] + qiIds[i][levels[i]][row];
            }
            return key;
        }

        Map<Long, Group> groups(int[] levels) {
            Map<Long, Group> groups = new HashMap<>();
            for (int r = 0; r < rowCount; r++) {
                groups.computeIfAbsent(key(levels, r), key -> new Group()).add(sensitiveIds, r);
            }
            return groups;
        }

        /** Every combination of levels, in mixed-radix order. */
        List<Node> evaluateAll() {
            List<Node> nodes = new ArrayList<>();
            int[] levels = new int[quasiIdentifiers.size()];
            do {
                nodes.add(evaluate(levels.clone()));
            } while (next(levels));
            return nodes;
        }

        private boolean next(int[] levels) {
            for (int i = levels.length - 1; i >= 0; i--) {
                if (levels[i] < quasiIdentifiers.get(i).generalisation().height()) {
                    levels[i]++;
                    return true;
                }
                levels[i] = 0;
            }
            return false;
        }

        private Node evaluate(int[] levels) {
            int suppressed = 0;
            long discernibility = 0;
            for (Group group : groups(levels).values()) {
                if (group.safe()) {
                    discernibility += (long) group.size * group.size;
                } else {
                    suppressed += group.size;
                }
            }
            discernibility += (long) suppressed * rowCount;
            long generalisation = 0;
            for (int i = 0; i < levels.length; i++) {
                generalisation += (long) levels[i] * (heightsLcm / quasiIdentifiers.get(i).generalisation().height());
            }
            double precision = levels.length == 0 ? 1 : 1 - (double) generalisation / heightsLcm / levels.length;
            return new Node(levels, suppressed, generalisation, precision, discernibility);
        }
    }
}
