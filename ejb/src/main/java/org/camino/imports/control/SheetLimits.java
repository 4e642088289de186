package org.camino.imports.control;

/** What an import file may hold at most: so that no file makes the server read for long or hold much. */
public final class SheetLimits {

    /** An upload larger than this is refused before it is read (WildFly's own limit of a request body, max-post-size). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Rows of data (empty rows are not counted). */
    public static final int MAX_ROWS = 100_000;
    /** Rows read at all, empty ones included: Excel's own last row. */
    public static final int MAX_PHYSICAL_ROWS = 1_048_576;
    public static final int MAX_COLUMNS = 100;
    /** Characters of one cell; longer values are refused by the form's own limits anyway. */
    public static final int MAX_CELL = 2_000;

    private SheetLimits() {
    }
}
