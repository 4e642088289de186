package org.camino.publishing.control;

import java.util.List;

/**
 * @param passed   false blocks the release: an unsafe cell or a problem
 * @param cells    one entry per suppressed cell of the current tables
 * @param problems rule violations other than intervals (small counts shown, group disclosed, inconsistency)
 */
public record AuditReport(boolean passed, List<CellAudit> cells, List<String> problems) {

    public AuditReport {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public long unsafeCells() {
        return cells.stream().filter(cell -> !cell.safe()).count();
    }
}
