package org.camino.cases.boundary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.crypto.PasswordProtectedFile;
import org.camino.platform.control.SpreadsheetText;
import org.camino.platform.errors.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The case list as a file (the style of reporting's ReportFiles): a heading
 * (mission, filter, who, when), then one row per case with the list's columns.
 * Every value a person typed goes through {@link SpreadsheetText}: quoted in
 * CSV, a string cell in XLSX, so that no name runs as a formula.
 * <p>
 * CSV: UTF-8 with a byte-order mark (Excel reads accents right only with it),
 * the heading as comment lines ({@code #}), then the header row and the rows.
 * XLSX: one sheet, the heading as label/value rows, an empty row, the table;
 * written through POI's streaming workbook, which keeps 200 rows in memory.
 */
final class CaseListFiles {

    enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        String extension() {
            return extension;
        }

        String contentType() {
            return contentType;
        }

        /** csv or xlsx in any case; anything else (or nothing) is a 400 naming {@code format}. */
        static Format parse(String text) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return format;
                }
            }
            throw InvalidInputException.of("format", "export.format.invalid");
        }
    }

    /** The columns of the list, in its order (the list's principal name, the pending-step mark, an unreadable name's incident). */
    static final List<String> COLUMNS = List.of("number", "principal", "type", "mission", "status", "pendingStatus",
            "openedOn", "unreadable");

    /** Feeds the rows to a consumer, a page at a time, so that the caller decides how many are held at once. */
    interface Rows {
        void each(Consumer<CaseRow> row);
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CaseListFiles() {
    }

    /** The heading and the columns in the language (en, fr, es; anything else English). */
    static Texts texts(String language) {
        return new Texts(language);
    }

    static byte[] csv(List<String[]> heading, Texts texts, Rows rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (String[] line : heading) {
                csv.printComment(line[0] + ": " + line[1]);
            }
            csv.printRecord(COLUMNS.stream().map(texts::column).toList());
            rows.each(row -> {
                try {
                    csv.printRecord(values(row).stream().map(SpreadsheetText::forCsv).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<String[]> heading, Texts texts, Rows rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            fill(workbook, heading, texts, rows);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // the temporary file of the rows flushed out of memory
        }
    }

    /**
     * The same workbook encrypted with the password ({@link PasswordProtectedFile}). The rows POI's
     * streaming workbook flushes to temporary files are encrypted there too, under a random key of its
     * own ({@link SXSSFWorkbookWithCustomZipEntrySource}), so no clear name reaches the disk.
     */
    static byte[] encryptedXlsx(List<String[]> heading, Texts texts, Rows rows, String password) {
        SXSSFWorkbookWithCustomZipEntrySource workbook = new SXSSFWorkbookWithCustomZipEntrySource();
        try {
            fill(workbook, heading, texts, rows);
            return PasswordProtectedFile.xlsx(password, workbook::write);
        } finally {
            workbook.dispose();
        }
    }

    /** One sheet: the heading as label/value rows, an empty row, the header row, then the rows. */
    private static void fill(SXSSFWorkbook workbook, List<String[]> heading, Texts texts, Rows rows) {
        Sheet sheet = workbook.createSheet(texts.text("export.sheet"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        int[] r = {0};
        for (String[] line : heading) {
            Row row = sheet.createRow(r[0]++);
            row.createCell(0).setCellValue(line[0]);
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(line[1]);
        }
        r[0]++;
        Row head = sheet.createRow(r[0]++);
        for (int c = 0; c < COLUMNS.size(); c++) {
            head.createCell(c).setCellValue(texts.column(COLUMNS.get(c)));
            head.getCell(c).setCellStyle(bold);
        }
        int openedOn = COLUMNS.indexOf("openedOn");
        rows.each(caseRow -> {
            Row row = sheet.createRow(r[0]++);
            List<String> values = values(caseRow);
            for (int c = 0; c < values.size(); c++) {
                if (c == openedOn && caseRow.openedOn() != null) {
                    row.createCell(c).setCellValue(caseRow.openedOn());
                    row.getCell(c).setCellStyle(day);
                } else if (values.get(c) != null) {
                    // a string cell whatever the text: POI writes a formula only through setCellFormula
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
        });
        int[] widths = {24, 30, 8, 10, 16, 16, 12, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** A row's values in the order of {@link #COLUMNS}; null where the list shows nothing. */
    static List<String> values(CaseRow row) {
        return java.util.Arrays.asList(row.number(), row.principalName(), row.type(), row.mission(), row.status(),
                row.pendingStatus(), row.openedOn() == null ? null : row.openedOn().toString(), row.unreadable());
    }

    /** The words of the export ({@code caselist*.properties} next to this class). */
    static final class Texts {
        private final ResourceBundle bundle;

        private Texts(String language) {
            String code = language == null ? "en" : language.trim().toLowerCase(Locale.ROOT);
            Locale locale = List.of("en", "fr", "es").contains(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
            bundle = ResourceBundle.getBundle("org.camino.cases.boundary.caselist", locale,
                    CaseListFiles.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String text(String key) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }

        String column(String column) {
            return text("column." + column);
        }
    }
}
