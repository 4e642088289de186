package org.camino.bench;

import java.util.List;

/** Percentiles of a list of timings in milliseconds. */
record Stats(int n, double p50, double p95, double p99, double max) {

    static Stats of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", p50, p95, max, n);
    }

    static String ms(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
