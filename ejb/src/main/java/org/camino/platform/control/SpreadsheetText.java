package org.camino.platform.control;

/**
 * Text that a spreadsheet must show as text. Excel and LibreOffice run a cell
 * that starts with {@code = + - @} (or a tab or carriage return before one)
 * as a formula when a CSV file is opened, so a name typed as
 * {@code =HYPERLINK(...)} would become a live link or a command (CSV or
 * formula injection, OWASP). In CSV such a value gets a leading single quote;
 * in XLSX it is written as a string cell, which is never evaluated.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take the value for a formula. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value for a CSV cell: prefixed with {@code '} if it could be taken for a formula, else as it is. */
    public static String forCsv(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
