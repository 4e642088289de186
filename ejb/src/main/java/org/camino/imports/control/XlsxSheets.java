package org.camino.imports.control;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.camino.platform.errors.InvalidFileException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the first sheet of an import XLSX as a stream of XML (POI's event
 * API): the workbook is never built in memory and nothing is ever calculated.
 * A cell with a formula and a merged range are refused with where they are;
 * a cell formatted as a date becomes its ISO date; empty rows are skipped,
 * as many as there are, at the speed of the XML parser.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static Sheet read(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidFileException("import.file.empty");
            }
            Handler handler = new Handler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            if (handler.header == null) {
                throw new InvalidFileException("import.file.empty");
            }
            return new Sheet(handler.header, handler.rows);
        } catch (InvalidFileException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof InvalidFileException refused) {
                throw refused;
            }
            throw new InvalidFileException("import.file.xlsxUnreadable");
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // not a workbook, damaged, encrypted, or a ZIP that inflates suspiciously (POI's zip-bomb check)
            throw new InvalidFileException("import.file.xlsxUnreadable");
        }
    }

    /** The sheet's XML: rows, cells ({@code c}), values ({@code v}, inline {@code t}), formulas, merged ranges. */
    private static final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        List<String> header;
        final List<Sheet.Row> rows = new ArrayList<>();

        private int rowNumber;
        private int physicalRows;
        private List<String> cells;
        private int column;
        private String type;
        private int style;
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    physicalRows++;
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    if (physicalRows > SheetLimits.MAX_PHYSICAL_ROWS || rowNumber > SheetLimits.MAX_PHYSICAL_ROWS) {
                        throw refused("import.file.tooManyRows", null, String.valueOf(SheetLimits.MAX_ROWS));
                    }
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : Columns.index(ref);
                    if (column >= SheetLimits.MAX_COLUMNS) {
                        throw refused("import.file.tooManyColumns", null, String.valueOf(SheetLimits.MAX_COLUMNS));
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "f" -> throw refused("import.file.formula", columnName(column), null);
                case "v", "t" -> inValue = true;
                case "mergeCell" -> {
                    String ref = attributes.getValue("ref");
                    String first = ref == null ? "A1" : ref.split(":")[0];
                    String digits = first.replaceAll("[^0-9]", "");
                    rowNumber = digits.isEmpty() ? 1 : Integer.parseInt(digits);
                    throw refused("import.file.mergedCells", columnName(Columns.index(first)), ref);
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    String value = value().strip();
                    if (value.length() > SheetLimits.MAX_CELL) {
                        throw refused("import.file.cellTooLong", columnName(column), String.valueOf(SheetLimits.MAX_CELL));
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    if (cells.size() == column) {
                        cells.add(value);
                    }
                }
                case "row" -> endRow();
                default -> { }
            }
        }

        private void endRow() throws SAXException {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (header == null) {
                header = cells;
            } else {
                if (rows.size() == SheetLimits.MAX_ROWS) {
                    throw refused("import.file.tooManyRows", null, String.valueOf(SheetLimits.MAX_ROWS));
                }
                rows.add(new Sheet.Row(rowNumber, cells));
            }
        }

        private String value() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> "1".equals(raw) ? "true" : "false";
                default -> raw; // inlineStr, str, e
            };
        }

        /** A number as typed: a date if its cell is formatted as one, else without exponent or trailing zeros. */
        private String number(String raw) {
            BigDecimal value = new BigDecimal(raw);
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(value.doubleValue())) {
                    LocalDate date = DateUtil.getLocalDateTime(value.doubleValue()).toLocalDate();
                    return date.toString();
                }
            }
            return value.stripTrailingZeros().toPlainString();
        }

        private String columnName(int index) {
            return header != null && index < header.size() ? header.get(index) : Columns.letters(index);
        }

        private SAXException refused(String key, String column, String detail) {
            return new SAXException(new InvalidFileException(key, rowNumber, column, detail));
        }
    }
}
