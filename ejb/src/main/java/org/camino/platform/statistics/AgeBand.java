package org.camino.platform.statistics;

import java.time.YearMonth;

/**
 * Age at an event, as a publication band (AGE_BAND codes, SDMX style). The
 * age comes from the birth year alone, the one part of a date of birth kept in
 * clear: at an event in year Y someone born in B is counted as Y - B.
 */
public final class AgeBand {

    public static final String UNKNOWN = "_U";

    private AgeBand() {
    }

    public static String at(Integer birthYear, YearMonth event) {
        if (birthYear == null || event == null || birthYear > event.getYear()) {
            return UNKNOWN;
        }
        int age = event.getYear() - birthYear;
        if (age <= 4) {
            return "Y0T4";
        }
        if (age <= 9) {
            return "Y5T9";
        }
        if (age <= 14) {
            return "Y10T14";
        }
        if (age <= 17) {
            return "Y15T17";
        }
        if (age <= 24) {
            return "Y18T24";
        }
        if (age <= 34) {
            return "Y25T34";
        }
        if (age <= 44) {
            return "Y35T44";
        }
        return age <= 59 ? "Y45T59" : "Y_GE60";
    }
}
