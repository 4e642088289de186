package org.camino.imports.control;

import java.util.List;

/**
 * A file's cells as read, before any meaning: the header's column names and
 * the non-empty rows under it, each with its number as the spreadsheet shows
 * it (the header is row 1 when it is the first line). Values are trimmed text;
 * an empty cell is "".
 */
public record Sheet(List<String> header, List<Row> rows) {

    @Override
    public String toString() {
        return "Sheet[columns=" + header.size() + ", rows=" + rows.size() + "]"; // cells hold personal data
    }

    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        @Override
        public String toString() {
            return "Row[" + number + "]"; // cells hold personal data
        }
    }
}
