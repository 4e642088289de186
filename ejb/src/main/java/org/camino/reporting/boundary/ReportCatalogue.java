package org.camino.reporting.boundary;

import java.util.List;

/**
 * The reports the caller may run and the missions they may choose from
 * (counter-trafficking reports only for holders of the counter-trafficking
 * permission in at least one mission).
 */
public record ReportCatalogue(String source, List<String> missions, List<Entry> reports) {

    public record Entry(String id, String title, String unit, List<ReportView.Dimension> dimensions) {
    }
}
