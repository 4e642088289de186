package org.camino.reporting.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The median days of the workflow steps (caseload-milestones) from their histograms
 * ({@link ReportSql#milestoneHistograms(ReportDefinition, String, List)}), as
 * {@code round(percentile_cont(0.5) within group (order by days)::numeric)} reads the steps themselves: the mean of
 * the values at 0-based positions ⌊(n−1)/2⌋ and ⌊n/2⌋, halves rounded away from zero. A mission's total is the
 * median of all its steps, i.e. of its values' histograms taken together.
 */
final class MedianDays {

    /** The steps of a mission and value of the breakdown: {@code steps[i]} of them took {@code days[i]} days (any order). */
    record Histogram(String mission, String value, int[] days, long[] steps) {
    }

    private MedianDays() {
    }

    /** The medians by mission and value, and each mission's (value ""), from histograms sorted by mission then value. */
    static ReportQueries.Figures of(List<Histogram> histograms) {
        List<ReportQueries.Count> rows = new ArrayList<>();
        List<ReportQueries.Count> totals = new ArrayList<>();
        int first = 0; // the mission's first histogram
        for (int i = 0; i < histograms.size(); i++) {
            Histogram histogram = histograms.get(i);
            rows.add(new ReportQueries.Count(histogram.mission(), histogram.value(),
                    median(histogram.days(), histogram.steps())));
            if (i + 1 == histograms.size() || !histograms.get(i + 1).mission().equals(histogram.mission())) {
                List<Histogram> mission = histograms.subList(first, i + 1);
                int[] days = mission.stream().flatMapToInt(h -> Arrays.stream(h.days())).toArray();
                long[] steps = mission.stream().flatMapToLong(h -> Arrays.stream(h.steps())).toArray();
                totals.add(new ReportQueries.Count(histogram.mission(), "", median(days, steps)));
                first = i + 1;
            }
        }
        return new ReportQueries.Figures(rows, totals);
    }

    /** The median of the days of these steps ({@code steps[i]} took {@code days[i]}; a day may come more than once). */
    static long median(int[] days, long[] steps) {
        // the indexes in order of days: each index under its days in one long (days in the high half, signed), sorted
        long[] order = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            order[i] = (long) days[i] << 32 | i;
        }
        Arrays.sort(order);
        long n = Arrays.stream(steps).sum();
        long lowPosition = (n - 1) / 2;
        long highPosition = n / 2;
        long below = 0;
        long low = 0;
        for (long entry : order) {
            int i = (int) entry;
            long upTo = below + steps[i];
            if (below <= lowPosition && lowPosition < upTo) {
                low = days[i];
            }
            if (highPosition < upTo) {
                return halfAwayFromZero(low + days[i]);
            }
            below = upTo;
        }
        throw new IllegalArgumentException("no steps");
    }

    /** {@code sum / 2}, a half rounded away from zero as PostgreSQL rounds a numeric. */
    private static long halfAwayFromZero(long sum) {
        return (sum + Long.signum(sum)) / 2;
    }
}
