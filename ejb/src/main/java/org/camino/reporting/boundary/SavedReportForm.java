package org.camino.reporting.boundary;

import java.util.List;
import java.util.Map;

/**
 * What a user saves: a name (1 to 80 characters once trimmed, no control
 * characters, unique among their saved reports) and the report request, as
 * {@link ReportRequest} takes it.
 */
public record SavedReportForm(String name, String report, String period, String from, String to, List<String> missions,
                              String by, Map<String, String> filters) {

    public SavedReportForm {
        missions = missions == null ? List.of() : List.copyOf(missions);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    ReportRequest request(String language) {
        return new ReportRequest(report, period, from, to, missions, by, filters, language);
    }
}
