package org.camino.publishing.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A released microdata extract: its columns (quasi-identifiers, then sensitive
 * attributes), its rows (sorted by their values, so the order says nothing of
 * the order of registration) and what disclosure control cost.
 *
 * @param columns the released columns, in order
 * @param rows    the released rows, column → value
 * @param loss    the information lost
 */
public record CtMicrodata(List<String> columns, List<Map<String, String>> rows, InformationLoss loss) {

    public CtMicrodata {
        columns = List.copyOf(columns);
        rows = rows.stream().map(Map::copyOf).toList();
    }

    /**
     * What generalisation and suppression cost.
     *
     * @param k                  every combination of released quasi-identifier values occurs at least k times
     * @param l                  each such group has at least l distinct values of each sensitive attribute
     * @param maxSuppressedShare the share of records the search allowed itself to suppress
     * @param inputRecords       records before disclosure control
     * @param releasedRecords    records released
     * @param variables          per released column: level chosen and distinct values before and after
     * @param groups             groups of released rows (combinations of quasi-identifier values)
     * @param smallestGroup      rows of the smallest released group (0 if none is released)
     * @param lossMetric         Iyengar's loss metric of the generalisation, mean over records and quasi-identifiers
     *                           (0: nothing generalised, 1: every quasi-identifier suppressed); what the search minimises
     * @param precision          Sweeney's precision: 1 - mean over quasi-identifiers of level / height
     *                           (1: nothing generalised, 0: every quasi-identifier suppressed)
     * @param discernibility     discernibility metric: sum of squared group sizes, plus input records for each
     *                           suppressed record (lower is better)
     * @param nodesSearched      generalisation lattice nodes evaluated
     */
    public record InformationLoss(int k, int l, double maxSuppressedShare, int inputRecords, int releasedRecords,
                                  List<VariableLoss> variables, int groups, int smallestGroup, double lossMetric,
                                  double precision,
                                  long discernibility, int nodesSearched) {

        public InformationLoss {
            variables = List.copyOf(variables);
        }

        public int suppressedRecords() {
            return inputRecords - releasedRecords;
        }

        /** Suppressed records as a share of the input (0 for an empty input). */
        public double suppressedShare() {
            return inputRecords == 0 ? 0 : (double) suppressedRecords() / inputRecords;
        }

        /** The generalisation levels chosen, quasi-identifier column → level. */
        public Map<String, Integer> levels() {
            Map<String, Integer> levels = new LinkedHashMap<>();
            variables.stream().filter(v -> !v.sensitive()).forEach(v -> levels.put(v.column(), v.level()));
            return levels;
        }
    }

    /**
     * One released column.
     *
     * @param column         column name
     * @param sensitive      a sensitive attribute (released as recorded) rather than a quasi-identifier
     * @param level          generalisation level chosen (0: as recorded)
     * @param height         the level at which the column is suppressed (0 for a sensitive attribute)
     * @param levelName      what the level means, e.g. "UN M49 sub-region"
     * @param distinctBefore distinct values in the input
     * @param distinctAfter  distinct values in the released rows
     * @param lossMetric     Iyengar's loss metric of the column at its level, mean over the input records: a value
     *                       standing for c of the D recorded values loses (c - 1) / (D - 1)
     */
    public record VariableLoss(String column, boolean sensitive, int level, int height, String levelName,
                               int distinctBefore, int distinctAfter, double lossMetric) {
    }
}
