package org.camino.imports.boundary;

import org.camino.platform.errors.BusinessException;

/**
 * An import refused with its report, nothing saved: rows with problems (the
 * API's 400), or likely duplicates the user has neither confirmed nor skipped
 * (409).
 */
public class ImportRejectedException extends BusinessException {

    private final ImportViews.ImportReport report;

    public ImportRejectedException(ImportViews.ImportReport report) {
        super("Import refused: " + report.problems().size() + " problem(s), " + report.duplicates().size()
                + " undecided duplicate(s)");
        this.report = report;
    }

    public ImportViews.ImportReport report() {
        return report;
    }

    public boolean duplicatesOnly() {
        return report.problems().isEmpty();
    }
}
