package org.camino.publishing.control;

import org.camino.publishing.control.CtMicrodataExtract.QuasiIdentifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lattice of generalisation levels over one set of rows, and what each
 * node of it would suppress.
 * <p>
 * The rows are encoded once. Each quasi-identifier's recorded values get dense
 * ids, and each id its generalised id at every level (the hierarchy runs once
 * per distinct value, not per row). Rows with the same recorded
 * quasi-identifiers form a cell; a cell keeps its size and the first l
 * distinct values of each sensitive attribute. A node then groups cells, not
 * rows: at most as many as there are rows, usually far fewer. Keeping only l
 * values per cell loses nothing: a merged group reaches l distinct values
 * exactly when the true union does (a cell with l or more values brings l of
 * them; smaller cells bring all of theirs).
 */
final class GeneralisationLattice {

    /**
     * One combination of levels, evaluated.
     *
     * @param levels         level of each quasi-identifier
     * @param suppressed     records in groups smaller than k or with fewer than l values of a sensitive attribute
     * @param lossMetric     Iyengar's loss metric, mean over quasi-identifiers and records (0 none, 1 all)
     * @param precision      Sweeney's precision: 1 - mean of level / height
     * @param discernibility sum of squared sizes of the safe groups, plus all records for each suppressed one
     * @param groups         safe groups
     * @param smallestGroup  records of the smallest safe group, 0 if none
     */
    record Node(int[] levels, int suppressed, double lossMetric, double precision, long discernibility, int groups,
                int smallestGroup) {
    }

    private final List<QuasiIdentifier> quasiIdentifiers;
    private final int k;
    private final int l;
    private final int rowCount;
    private final int sensitiveCount;
    /** [quasi-identifier][level][recorded value id] → generalised value id at that level. */
    private final int[][][] generalisedIds;
    /** [quasi-identifier][level] → number of generalised values. */
    private final int[][] valueCounts;
    /** [quasi-identifier][level] → Iyengar's loss metric of the variable at that level, mean over records. */
    private final double[][] lossMetrics;
    /** [cell][quasi-identifier] → recorded value id. */
    private final List<int[]> cellValues = new ArrayList<>();
    private final List<Group> cells = new ArrayList<>();
    /** [row] → its cell. */
    private final int[] cellOfRow;

    GeneralisationLattice(List<QuasiIdentifier> quasiIdentifiers, List<String> sensitiveAttributes, int k, int l,
                          List<Map<String, String>> rows) {
        this.quasiIdentifiers = quasiIdentifiers;
        this.k = k;
        this.l = l;
        this.rowCount = rows.size();
        this.sensitiveCount = sensitiveAttributes.size();
        int q = quasiIdentifiers.size();
        int[][] recordedIds = new int[q][rowCount];
        generalisedIds = new int[q][][];
        valueCounts = new int[q][];
        for (int i = 0; i < q; i++) {
            List<String> recorded = new ArrayList<>();
            recordedIds[i] = ids(rows, quasiIdentifiers.get(i).column(), recorded);
            encodeLevels(i, recorded);
        }
        long combinations = 1;
        for (int[] counts : valueCounts) {
            try {
                combinations = Math.multiplyExact(combinations, Arrays.stream(counts).max().orElse(1));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("too many combinations of quasi-identifier values to number groups");
            }
        }
        int[][] sensitiveIds = new int[sensitiveAttributes.size()][];
        for (int a = 0; a < sensitiveAttributes.size(); a++) {
            sensitiveIds[a] = ids(rows, sensitiveAttributes.get(a), new ArrayList<>());
        }
        cellOfRow = new int[rowCount];
        Map<List<Integer>, Integer> cellIndex = new HashMap<>();
        for (int r = 0; r < rowCount; r++) {
            int[] values = new int[q];
            List<Integer> key = new ArrayList<>(q);
            for (int i = 0; i < q; i++) {
                values[i] = recordedIds[i][r];
                key.add(values[i]);
            }
            Integer cell = cellIndex.get(key);
            if (cell == null) {
                cell = cells.size();
                cellIndex.put(key, cell);
                cells.add(new Group(sensitiveCount));
                cellValues.add(values);
            }
            cellOfRow[r] = cell;
            Group c = cells.get(cell);
            c.size++;
            for (int a = 0; a < sensitiveIds.length; a++) {
                c.addValue(a, sensitiveIds[a][r]);
            }
        }
        lossMetrics = lossMetrics(recordedIds);
    }

    /** Dense ids of a column's values; the distinct values, in id order, into {@code values}. */
    private static int[] ids(List<Map<String, String>> rows, String column, List<String> values) {
        Map<String, Integer> ids = new HashMap<>();
        int[] idOfRow = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String value = rows.get(r).get(column);
            if (value == null) {
                throw new IllegalArgumentException("a row has no value for " + column);
            }
            Integer id = ids.get(value);
            if (id == null) {
                id = ids.size();
                ids.put(value, id);
                values.add(value);
            }
            idOfRow[r] = id;
        }
        return idOfRow;
    }

    private void encodeLevels(int i, List<String> recorded) {
        Generalisation hierarchy = quasiIdentifiers.get(i).generalisation();
        generalisedIds[i] = new int[hierarchy.height() + 1][recorded.size()];
        valueCounts[i] = new int[hierarchy.height() + 1];
        for (int level = 0; level <= hierarchy.height(); level++) {
            Map<String, Integer> ids = new HashMap<>();
            for (int v = 0; v < recorded.size(); v++) {
                String generalised = hierarchy.generalise(recorded.get(v), level);
                generalisedIds[i][level][v] = ids.computeIfAbsent(generalised, g -> ids.size());
            }
            valueCounts[i][level] = Math.max(1, ids.size()); // a radix, so at least 1 even without rows
        }
    }

    /**
     * Iyengar's loss metric per variable and level: a record whose released
     * value stands for c of the D recorded values seen in the input loses
     * (c - 1) / (D - 1) of that variable; averaged over the records.
     */
    private double[][] lossMetrics(int[][] recordedIds) {
        double[][] metrics = new double[quasiIdentifiers.size()][];
        for (int i = 0; i < quasiIdentifiers.size(); i++) {
            int recordedCount = generalisedIds[i][0].length;
            metrics[i] = new double[valueCounts[i].length];
            for (int level = 0; level < valueCounts[i].length; level++) {
                int[] covered = new int[valueCounts[i][level]];
                for (int v = 0; v < recordedCount; v++) {
                    covered[generalisedIds[i][level][v]]++;
                }
                double sum = 0;
                for (int r = 0; r < rowCount && recordedCount > 1; r++) {
                    sum += (covered[generalisedIds[i][level][recordedIds[i][r]]] - 1) / (double) (recordedCount - 1);
                }
                metrics[i][level] = rowCount == 0 ? 0 : sum / rowCount;
            }
        }
        return metrics;
    }

    double lossMetric(int quasiIdentifier, int level) {
        return lossMetrics[quasiIdentifier][level];
    }

    /** Every combination of levels, evaluated, in mixed-radix order of the levels. */
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

    Node evaluate(int[] levels) {
        int suppressed = 0;
        int groups = 0;
        int smallest = 0;
        long discernibility = 0;
        for (Group group : groups(levels).values()) {
            if (group.safe()) {
                groups++;
                smallest = groups == 1 ? group.size : Math.min(smallest, group.size);
                discernibility += (long) group.size * group.size;
            } else {
                suppressed += group.size;
            }
        }
        discernibility += (long) suppressed * rowCount;
        double loss = 0;
        double generalised = 0;
        for (int i = 0; i < levels.length; i++) {
            loss += lossMetrics[i][levels[i]];
            generalised += (double) levels[i] / quasiIdentifiers.get(i).generalisation().height();
        }
        int q = Math.max(1, levels.length);
        return new Node(levels, suppressed, loss / q, 1 - generalised / q, discernibility, groups, smallest);
    }

    /** For each row, whether it is in a safe group at these levels (released) or not (suppressed). */
    boolean[] released(int[] levels) {
        Map<Long, Group> groups = groups(levels);
        boolean[] released = new boolean[rowCount];
        for (int r = 0; r < rowCount; r++) {
            released[r] = groups.get(key(levels, cellValues.get(cellOfRow[r]))).safe();
        }
        return released;
    }

    private Map<Long, Group> groups(int[] levels) {
        Map<Long, Group> groups = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            groups.computeIfAbsent(key(levels, cellValues.get(c)), key -> new Group(sensitiveCount))
                    .addGroup(cells.get(c));
        }
        return groups;
    }

    /**
     * The group of a cell at these levels: its generalised ids in a mixed
     * radix of the levels' value counts (below their product, which the
     * constructor checked fits a long).
     */
    private long key(int[] levels, int[] recordedValues) {
        long key = 0;
        for (int i = 0; i < levels.length; i++) {
            key = key * valueCounts[i][levels[i]] + generalisedIds[i][levels[i]][recordedValues[i]];
        }
        return key;
    }

    /** Records of a cell or group, with the first l distinct values of each sensitive attribute. */
    private final class Group {
        int size;
        final int[][] values;
        final int[] distinct;

        Group(int sensitiveAttributes) {
            values = new int[sensitiveAttributes][l];
            distinct = new int[sensitiveAttributes];
        }

        void addValue(int attribute, int value) {
            if (distinct[attribute] == l) {
                return;
            }
            for (int i = 0; i < distinct[attribute]; i++) {
                if (values[attribute][i] == value) {
                    return;
                }
            }
            values[attribute][distinct[attribute]++] = value;
        }

        void addGroup(Group other) {
            size += other.size;
            for (int a = 0; a < distinct.length; a++) {
                for (int i = 0; i < other.distinct[a]; i++) {
                    addValue(a, other.values[a][i]);
                }
            }
        }

        boolean safe() {
            if (size < k) {
                return false;
            }
            for (int d : distinct) {
                if (d < l) {
                    return false;
                }
            }
            return true;
        }
    }
}
