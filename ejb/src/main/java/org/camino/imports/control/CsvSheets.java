package org.camino.imports.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camino.platform.errors.InvalidFileException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an import CSV: UTF-8 only (a byte that is not UTF-8 is refused with
 * its line, never guessed), comma- or semicolon-separated (spreadsheets in
 * French or Spanish save with semicolons), a value starting with {@code =}
 * refused as a formula. Empty lines and lines of empty cells are skipped.
 */
final class CsvSheets {

    private CsvSheets() {
    }

    static Sheet read(byte[] bytes) {
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = null;
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int number = Math.toIntExact(record.getRecordNumber());
                if (number > SheetLimits.MAX_PHYSICAL_ROWS) {
                    throw new InvalidFileException("import.file.tooManyRows", number, null,
                            String.valueOf(SheetLimits.MAX_ROWS));
                }
                List<String> cells = cells(record, number, header);
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    if (rows.size() == SheetLimits.MAX_ROWS) {
                        throw new InvalidFileException("import.file.tooManyRows", number, null,
                                String.valueOf(SheetLimits.MAX_ROWS));
                    }
                    rows.add(new Sheet.Row(number, cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidFileException("import.file.csvMalformed");
        } catch (IOException e) {
            throw new InvalidFileException("import.file.csvMalformed");
        }
        if (header == null) {
            throw new InvalidFileException("import.file.empty");
        }
        return new Sheet(header, rows);
    }

    private static List<String> cells(CSVRecord record, int number, List<String> header) {
        if (record.size() > SheetLimits.MAX_COLUMNS) {
            throw new InvalidFileException("import.file.tooManyColumns", number, null,
                    String.valueOf(SheetLimits.MAX_COLUMNS));
        }
        List<String> cells = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i).strip();
            String column = header != null && i < header.size() ? header.get(i) : Columns.letters(i);
            if (value.startsWith("=")) {
                throw new InvalidFileException("import.file.formula", number, column, null);
            }
            if (value.length() > SheetLimits.MAX_CELL) {
                throw new InvalidFileException("import.file.cellTooLong", number, column,
                        String.valueOf(SheetLimits.MAX_CELL));
            }
            cells.add(value);
        }
        return cells;
    }

    /** The header line's separator: a semicolon if it has more of them than commas. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Strict UTF-8; the first byte that is not, refused with its line. */
    static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidFileException("import.file.notUtf8", line, null, null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
