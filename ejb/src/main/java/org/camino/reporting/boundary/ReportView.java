package org.camino.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as run: what it counts and over which dates (in words, in the
 * language asked for), the missions and filters, counts by mission and value
 * of the breakdown, and each mission's total.
 *
 * @param unit       EVENTS, CASES or PERSONS
 * @param source     MISSION (the mission's own statistical records or live cases) or HQ (the central data repository)
 * @param rows       counts by mission and value of {@code by}, sorted
 * @param totals     one row per mission with at least one count (value ""): distinct cases or persons are counted
 *                   once; for a median (unit DAYS), the median over all the mission's values
 * @param total      sum of the missions' totals; null for a median, which does not add up
 */
public record ReportView(String report, String title, String description, String unit, String period,
                         LocalDate from, LocalDate to, String source, List<String> missions, String by, String byLabel,
                         List<Dimension> dimensions, Map<String, String> filters, List<Row> rows, List<Row> totals,
                         Long total, Instant generatedAt) {

    public record Row(String mission, String value, long count) {
    }

    public record Dimension(String id, String label) {
    }
}
