package org.camino.platform.statistics;

import java.util.List;

/** Household size, generalised: 1, 2, 3-4, 5-6, 7+ people. */
public final class HouseholdSizeBand {

    public static final List<String> CODES = List.of("1", "2", "3-4", "5-6", "7+");

    private HouseholdSizeBand() {
    }

    /** The band of a household of that many people; null if unknown (0 or less). */
    public static String of(int people) {
        if (people < 1) {
            return null;
        }
        if (people <= 2) {
            return Integer.toString(people);
        }
        if (people <= 4) {
            return "3-4";
        }
        return people <= 6 ? "5-6" : "7+";
    }
}
