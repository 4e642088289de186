package org.camino.web.view.imports;

import org.camino.imports.boundary.ImportRejectedException;
import org.camino.imports.boundary.ImportViews.ImportReport;
import org.camino.imports.boundary.ImportViews.RowDuplicate;
import org.camino.imports.boundary.ImportViews.RowProblem;
import org.camino.platform.errors.InvalidFileException;
import org.camino.web.view.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import's report and refusals as the API answers them, each problem with
 * its message in the reader's language (the page shows the same texts).
 */
public final class ImportTexts {

    private ImportTexts() {
    }

    public static Map<String, Object> report(ImportReport report, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mission", report.mission());
        body.put("type", report.type());
        body.put("rows", report.rows());
        body.put("importable", report.importable());
        if (report.alreadyImported() != null) {
            body.put("alreadyImported", report.alreadyImported());
            body.put("message", Messages.text(locale, "import.alreadyImported"));
        }
        body.put("problems", report.problems().stream().map(p -> problem(p, locale)).toList());
        body.put("duplicates", report.duplicates().stream().map(d -> duplicate(d, locale)).toList());
        return body;
    }

    /** 400 (rows with problems) or 409 (undecided duplicates): {@code fields} name each row and column. */
    public static Map<String, Object> rejection(ImportRejectedException rejected, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", rejected.duplicatesOnly() ? "Possible duplicates" : "Invalid rows");
        body.put("message", rejected.duplicatesOnly() ? Messages.text(locale, "import.duplicates.undecided")
                : Messages.text(locale, "import.rows.invalid", rejected.report().problems().size()));
        body.put("fields", rejected.report().problems().stream().map(p -> problem(p, locale)).toList());
        body.put("report", report(rejected.report(), locale));
        return body;
    }

    /** 400 for a file refused as a whole, naming {@code file}, and where in it. */
    public static Map<String, Object> invalidFile(InvalidFileException refused, Locale locale) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("field", "file");
        field.put("code", refused.messageKey());
        field.put("message", fileMessage(refused, locale));
        if (refused.row() != null) {
            field.put("row", refused.row());
        }
        if (refused.column() != null) {
            field.put("column", refused.column());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "Invalid input");
        body.put("fields", List.of(field));
        return body;
    }

    public static String fileMessage(InvalidFileException refused, Locale locale) {
        return Messages.text(locale, refused.messageKey(), refused.row() == null ? "" : refused.row(),
                refused.column() == null ? "" : refused.column(), refused.detail() == null ? "" : refused.detail());
    }

    public static String problemMessage(RowProblem problem, Locale locale) {
        return Messages.text(locale, problem.code());
    }

    private static Map<String, Object> problem(RowProblem problem, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("row", problem.row());
        map.put("column", problem.column());
        map.put("field", problem.column());
        map.put("code", problem.code());
        map.put("message", problemMessage(problem, locale));
        return map;
    }

    private static Map<String, Object> duplicate(RowDuplicate duplicate, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("row", duplicate.row());
        map.put("matches", duplicate.matches());
        map.put("sameAsRows", duplicate.sameAsRows());
        map.put("message", Messages.text(locale, "import.duplicate.row", duplicate.matches().size(),
                duplicate.sameAsRows().size()));
        return map;
    }
}
