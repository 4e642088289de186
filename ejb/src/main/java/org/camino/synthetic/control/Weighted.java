package org.camino.synthetic.control;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed set of values with relative weights, drawn from a caller's random source. */
public final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, List<Double> weights) {
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        if (values.isEmpty() || sum <= 0) {
            throw new IllegalArgumentException("Nothing to draw from");
        }
    }

    /** "SOM 40, SSD 25, ETH 12": words and their weights. */
    public static Weighted<String> parse(String spec) {
        List<String> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split("\\s+");
            values.add(parts[0]);
            weights.add(Double.parseDouble(parts[1]));
        }
        return new Weighted<>(values, weights);
    }

    public static <T> Weighted<T> of(List<T> values, List<Double> weights) {
        return new Weighted<>(values, weights);
    }

    /** Zipf-like weights (1/rank^0.8): a few very common names, a long tail of rare ones, as in real registers. */
    public static Weighted<String> zipf(String spaceSeparated) {
        List<String> values = List.of(spaceSeparated.trim().split("\\s+"));
        List<Double> weights = new ArrayList<>();
        for (int rank = 1; rank <= values.size(); rank++) {
            weights.add(1 / Math.pow(rank, 0.8));
        }
        return new Weighted<>(values, weights);
    }

    public T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }

    public List<T> values() {
        return values;
    }
}
