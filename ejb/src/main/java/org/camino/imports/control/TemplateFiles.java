package org.camino.imports.control;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The empty import files a user fills in: a CSV of the header line, and an
 * XLSX whose code columns offer their code list as a drop-down (data
 * validation on a named range of a second sheet, which also shows each code's
 * label in the user's language). Every cell is formatted as text, so that a
 * document or phone number keeps its leading zeros; dates are typed
 * {@code YYYY-MM-DD}.
 */
public final class TemplateFiles {

    /** Rows of the template given the drop-downs and text format. */
    static final int FORMATTED_ROWS = 5_000;

    /** One code of a list and its label in the user's language. */
    public record Code(String code, String label) {
    }

    private TemplateFiles() {
    }

    public static byte[] csv() {
        String header = String.join(",", Columns.ALL.stream().map(Columns.Column::name).toList()) + "\r\n";
        return header.getBytes(StandardCharsets.UTF_8);
    }

    /** @param lists the codes of each list a column names ({@link Columns.Column#codeList()}) */
    public static byte[] xlsx(String sheetName, Map<String, List<Code>> lists, String codesSheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet cases = workbook.createSheet(sheetName);
            XSSFSheet codes = workbook.createSheet(codesSheetName);
            XSSFCellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            XSSFCellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Map<String, String> ranges = codeSheet(workbook, codes, lists, bold);
            Row header = cases.createRow(0);
            DataValidationHelper validations = cases.getDataValidationHelper();
            for (int i = 0; i < Columns.ALL.size(); i++) {
                Columns.Column column = Columns.ALL.get(i);
                header.createCell(i).setCellValue(column.name());
                header.getCell(i).setCellStyle(bold);
                cases.setDefaultColumnStyle(i, text);
                cases.setColumnWidth(i, 20 * 256);
                String range = column.codeList() == null ? null : ranges.get(column.codeList());
                if (range != null && column.kind() == Columns.Kind.CODE) {
                    DataValidation validation = validations.createValidation(
                            validations.createFormulaListConstraint(range),
                            new CellRangeAddressList(1, FORMATTED_ROWS, i, i));
                    validation.setShowErrorBox(true);
                    validation.setSuppressDropDownArrow(true);
                    cases.addValidationData(validation);
                }
            }
            cases.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each list in two columns (code, label) of the codes sheet, with a name over its codes; returns list → name. */
    private static Map<String, String> codeSheet(XSSFWorkbook workbook, XSSFSheet codes, Map<String, List<Code>> lists,
                                                 XSSFCellStyle bold) {
        Map<String, String> names = new LinkedHashMap<>();
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r <= longest; r++) {
            rows.add(codes.createRow(r));
        }
        int column = 0;
        for (Map.Entry<String, List<Code>> list : lists.entrySet()) {
            rows.get(0).createCell(column).setCellValue(list.getKey());
            rows.get(0).getCell(column).setCellStyle(bold);
            List<Code> values = list.getValue();
            for (int r = 0; r < values.size(); r++) {
                rows.get(r + 1).createCell(column).setCellValue(values.get(r).code());
                rows.get(r + 1).createCell(column + 1).setCellValue(values.get(r).label());
            }
            if (!values.isEmpty()) {
                String letters = Columns.letters(column);
                XSSFName name = workbook.createName();
                name.setNameName("codes_" + list.getKey());
                name.setRefersToFormula("'" + codes.getSheetName() + "'!$" + letters + "$2:$" + letters + "$"
                        + (values.size() + 1));
                names.put(list.getKey(), name.getNameName());
            }
            codes.setColumnWidth(column, 14 * 256);
            codes.setColumnWidth(column + 1, 30 * 256);
            column += 3;
        }
        return names;
    }
}
