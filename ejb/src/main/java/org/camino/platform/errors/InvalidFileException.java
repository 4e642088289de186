package org.camino.platform.errors;

import java.util.List;

/**
 * An uploaded file refused as a whole (wrong encoding, a formula, merged
 * cells, too big, unknown columns...): the field is {@code file}, and where
 * the reason sits in the file, its row (as the spreadsheet numbers it) and
 * column. {@code detail} fills the message's placeholder (a column name, a limit).
 */
public class InvalidFileException extends InvalidInputException {

    private final Integer row;
    private final String column;
    private final String detail;

    public InvalidFileException(String messageKey, Integer row, String column, String detail) {
        super(List.of(new FieldProblem("file", messageKey)));
        this.row = row;
        this.column = column;
        this.detail = detail;
    }

    public InvalidFileException(String messageKey) {
        this(messageKey, null, null, null);
    }

    public String messageKey() {
        return problems().get(0).messageKey();
    }

    public Integer row() { return row; }
    public String column() { return column; }
    public String detail() { return detail; }
}
