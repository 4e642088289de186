package org.camino.publishing.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a count table shows.
 *
 * @param population   what is counted (e.g. {@code AVRR:RETURN}); tables counting the same population are
 *                     linked: a cell they both show is one figure
 * @param threshold    counts from 1 to threshold - 1 are suppressed; the caller passes at least the default
 *                     of the population ({@link #COUNTER_TRAFFICKING_THRESHOLD} or {@link #DEFAULT_THRESHOLD})
 * @param roundingBase published counts are rounded to a multiple of it (1: no rounding); at most twice the
 *                     threshold so that a published count never rounds to 0
 */
public record TableSpec(String id, String population, List<Dimension> dimensions, int threshold, int roundingBase) {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final int COUNTER_TRAFFICKING_THRESHOLD = 10;
    public static final int DEFAULT_ROUNDING_BASE = 5;

    public TableSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(population, "population");
        dimensions = List.copyOf(dimensions);
        if (threshold < 1) {
            throw new IllegalArgumentException("Table " + id + ": threshold " + threshold + " is below 1");
        }
        if (roundingBase < 1 || roundingBase > 2 * threshold) {
            throw new IllegalArgumentException("Table " + id + ": rounding base " + roundingBase
                    + " must be between 1 and twice the threshold, or published counts could round to 0");
        }
        var names = new HashSet<String>();
        for (Dimension dimension : dimensions) {
            if (!names.add(dimension.name())) {
                throw new IllegalArgumentException("Table " + id + " has two dimensions named " + dimension.name());
            }
        }
    }

    /** The dimension {@link Dimension#MONTH}, or -1. */
    public int monthDimension() {
        for (int d = 0; d < dimensions.size(); d++) {
            if (dimensions.get(d).isMonth()) {
                return d;
            }
        }
        return -1;
    }
}
