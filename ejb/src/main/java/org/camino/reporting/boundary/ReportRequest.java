package org.camino.reporting.boundary;

import java.util.List;
import java.util.Map;

/**
 * What a report is asked for, as typed: checked by {@link Reports}, which
 * refuses a malformed value naming its field ({@code period}, {@code from},
 * {@code to}, {@code mission}, {@code by}, {@code filter}).
 *
 * @param report   report id ({@code avrr-returns}, ...)
 * @param period   {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; or null with {@code from} and {@code to}
 * @param from     first day (ISO date), with {@code to}
 * @param to       last day (ISO date), inclusive
 * @param missions mission codes; empty for every mission the caller may report on
 * @param by       the dimension to break down by; null for the report's first
 * @param filters  dimension id → the one value to count
 * @param language en, fr or es (anything else: en)
 */
public record ReportRequest(String report, String period, String from, String to, List<String> missions, String by,
                            Map<String, String> filters, String language) {

    public ReportRequest {
        missions = missions == null ? List.of() : List.copyOf(missions);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
}
