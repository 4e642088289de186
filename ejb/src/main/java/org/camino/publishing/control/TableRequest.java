package org.camino.publishing.control;

import java.util.List;

/**
 * One table asked for in a release: a standard table of the catalogue or one
 * an analyst composed from a population's dimensions.
 *
 * @param id           table id, unique in the release (lower case, digits, dashes)
 * @param title        what the table shows, as the analyst names it (standard tables: their catalogue title key)
 * @param population   what is counted
 * @param dimensions   1 to {@value #MAX_DIMENSIONS} dimension ids of the population, in display order
 * @param threshold    smallest count published (never below the population's)
 * @param roundingBase published counts are rounded to a multiple of this (1: not rounded)
 */
public record TableRequest(String id, String title, Population population, List<String> dimensions, int threshold,
                           int roundingBase) {

    public static final int MAX_DIMENSIONS = 5;
    public static final int DEFAULT_ROUNDING = 5;
    public static final List<Integer> ROUNDING_BASES = List.of(1, 3, 5, 10);

    public TableRequest {
        dimensions = List.copyOf(dimensions);
    }

    /** The dimensions with their columns. */
    public List<Population.Dim> dims() {
        return dimensions.stream().map(d -> population.dimension(d).orElseThrow()).toList();
    }
}
