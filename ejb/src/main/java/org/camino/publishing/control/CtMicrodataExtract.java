package org.camino.publishing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * evaluated ({@link GeneralisationLattice}; the lattice is small: 512 nodes
 * for CTDC's five variables); at a node, the records of a group (same
 * generalised quasi-identifiers) smaller than k, or with fewer than l distinct
 * values of a sensitive attribute, would be suppressed.
 * <p>
 * The node chosen is, among those suppressing at most
 * {@code maxSuppressedShare} of the records, the one that loses least by
 * generalisation, measured by Iyengar's loss metric: a record whose released
 * value stands for c of the D values of that variable seen in the input loses
 * (c - 1) / (D - 1) of it; the metric is the mean over records and
 * quasi-identifiers. Unlike counting levels, it knows that suppressing a
 * variable with forty countries costs more than pairing years. Ties go to
 * fewer suppressed records, then the lower discernibility metric, then the
 * lower levels in column order. If no node stays within the limit, the one
 * suppressing the fewest records (then the same order). Then the records of
 * the unsafe groups are suppressed; the groups left are each safe, since
 * removing a whole group changes no other.
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
        GeneralisationLattice lattice = new GeneralisationLattice(quasiIdentifiers, sensitiveAttributes, k, l, rows);
        int allowed = (int) Math.floor(maxSuppressedShare * rows.size());
        Comparator<GeneralisationLattice.Node> preference = Comparator
                .comparingInt((GeneralisationLattice.Node node) -> node.suppressed() <= allowed ? 0 : node.suppressed())
                // to 1e-9, so that equal losses summed in another order still tie
                .thenComparingLong(node -> Math.round(node.lossMetric() * 1e9))
                .thenComparingInt(GeneralisationLattice.Node::suppressed)
                .thenComparingLong(GeneralisationLattice.Node::discernibility)
                .thenComparing(GeneralisationLattice.Node::levels, Arrays::compare);
        List<GeneralisationLattice.Node> nodes = lattice.evaluateAll();
        GeneralisationLattice.Node chosen = nodes.stream().min(preference).orElseThrow();
        return release(rows, lattice, chosen, nodes.size());
    }

    private CtMicrodata release(List<Map<String, String>> rows, GeneralisationLattice lattice,
                                GeneralisationLattice.Node chosen, int nodesSearched) {
        List<String> columns = new ArrayList<>();
        quasiIdentifiers.forEach(q -> columns.add(q.column()));
        columns.addAll(sensitiveAttributes);
        boolean[] kept = lattice.released(chosen.levels());
        List<Map<String, String>> released = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!kept[r]) {
                continue;
            }
            Map<String, String> input = rows.get(r);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < quasiIdentifiers.size(); i++) {
                QuasiIdentifier q = quasiIdentifiers.get(i);
                row.put(q.column(), q.generalisation().generalise(input.get(q.column()), chosen.levels()[i]));
            }
            sensitiveAttributes.forEach(s -> row.put(s, input.get(s)));
            released.add(row);
        }
        released.sort((a, b) -> {
            for (String column : columns) {
                int c = a.get(column).compareTo(b.get(column));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });

        List<CtMicrodata.VariableLoss> variables = new ArrayList<>();
        for (int i = 0; i < quasiIdentifiers.size(); i++) {
            QuasiIdentifier q = quasiIdentifiers.get(i);
            int level = chosen.levels()[i];
            variables.add(new CtMicrodata.VariableLoss(q.column(), false, level, q.generalisation().height(),
                    q.generalisation().levelName(level), distinct(rows, q.column()), distinct(released, q.column()),
                    lattice.lossMetric(i, level)));
        }
        for (String s : sensitiveAttributes) {
            variables.add(new CtMicrodata.VariableLoss(s, true, 0, 0, "as recorded", distinct(rows, s),
                    distinct(released, s), 0));
        }
        CtMicrodata.InformationLoss loss = new CtMicrodata.InformationLoss(k, l, maxSuppressedShare, rows.size(),
                released.size(), variables, chosen.groups(), chosen.smallestGroup(), chosen.lossMetric(),
                chosen.precision(), chosen.discernibility(), nodesSearched);
        return new CtMicrodata(columns, released, loss);
    }

    private static int distinct(List<Map<String, String>> rows, String column) {
        Set<String> values = new HashSet<>();
        rows.forEach(row -> values.add(row.get(column)));
        return values.size();
    }
}
