package org.camino.imports.control;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camino.platform.errors.InvalidFileException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetReaderTest {

    private static final String HEADER = "givenName,familyName,sex,dateOfBirth";

    @Test
    void aCsvIsReadWithItsRowNumbersSkippingEmptyLinesAndTheByteOrderMark() {
        Sheet sheet = SheetReader.read(("\uFEFF" + HEADER + "\r\nAmina,Yusuf,F,1990-02-03\r\n,,,\r\n\r\n\"Zoë, \"\"Z\"\"\",Ñúñez,M,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("givenName", "familyName", "sex", "dateOfBirth"), sheet.header());
        assertEquals(2, sheet.rows().size());
        assertEquals(2, sheet.rows().get(0).number());
        assertEquals("Zoë, \"Z\"", sheet.rows().get(1).cell(0));
        assertEquals(5, sheet.rows().get(1).number(), "the spreadsheet's row number, empty lines counted");
    }

    @Test
    void aCsvSavedWithSemicolonsIsReadToo() {
        Sheet sheet = SheetReader.read("givenName;sex\nAmina;F\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Amina", "F"), sheet.rows().get(0).cells());
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedWithItsLine() {
        byte[] latin1 = (HEADER + "\nAmina,Yusuf,F,\nZoë,X,M,\n").getBytes(StandardCharsets.ISO_8859_1);
        InvalidFileException refused = assertThrows(InvalidFileException.class, () -> SheetReader.read(latin1));
        assertEquals("import.file.notUtf8", refused.messageKey());
        assertEquals(3, refused.row());
    }

    @Test
    void aCsvFormulaIsRefusedWithItsRowAndColumn() {
        InvalidFileException refused = assertThrows(InvalidFileException.class, () -> SheetReader.read(
                (HEADER + "\nAmina,=HYPERLINK(\"http://x\"),F,\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.formula", refused.messageKey());
        assertEquals(2, refused.row());
        assertEquals("familyName", refused.column());
    }

    @Test
    void aMillionEmptyCsvLinesAfterTheDataAreSkippedQuickly() {
        StringBuilder csv = new StringBuilder(HEADER + "\nAmina,Yusuf,F,\n");
        csv.append(",,,\n".repeat(1_000_000));
        long started = System.nanoTime();
        Sheet sheet = SheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(1, sheet.rows().size());
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "read in under 10 s");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedNamingTheLimit() {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        csv.append("A,B,F,\n".repeat(SheetLimits.MAX_ROWS + 1));
        InvalidFileException refused = assertThrows(InvalidFileException.class,
                () -> SheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.tooManyRows", refused.messageKey());
        assertEquals(String.valueOf(SheetLimits.MAX_ROWS), refused.detail());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedUnread() {
        InvalidFileException refused = assertThrows(InvalidFileException.class,
                () -> SheetReader.read(new byte[SheetLimits.MAX_BYTES + 1]));
        assertEquals("import.file.tooBig", refused.messageKey());
    }

    @Test
    void anOldExcelFileIsRefusedAsSuch() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertEquals("import.file.oldExcel",
                assertThrows(InvalidFileException.class, () -> SheetReader.read(ole2)).messageKey());
    }

    @Test
    void anXlsxIsReadWithDatesAsIsoAndNumbersAsTyped() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("Amina");
            row.createCell(2).setCellValue("F");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(3).setCellValue(LocalDate.of(1990, 2, 3));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(254712345678d);
        });
        Sheet sheet = SheetReader.read(file);
        assertEquals(1, sheet.rows().size());
        assertEquals(4, sheet.rows().get(0).number());
        assertEquals(List.of("Amina", "", "F", "1990-02-03", "254712345678"), sheet.rows().get(0).cells());
    }

    @Test
    void anXlsxFormulaIsRefusedNeverCalculated() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Amina");
            row.createCell(1).setCellFormula("A2&\"x\"");
        });
        InvalidFileException refused = assertThrows(InvalidFileException.class, () -> SheetReader.read(file));
        assertEquals("import.file.formula", refused.messageKey());
        assertEquals(2, refused.row());
        assertEquals("familyName", refused.column());
    }

    @Test
    void anXlsxWithMergedCellsIsRefusedNamingTheRange() throws IOException {
        byte[] file = xlsx(sheet -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Amina");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        });
        InvalidFileException refused = assertThrows(InvalidFileException.class, () -> SheetReader.read(file));
        assertEquals("import.file.mergedCells", refused.messageKey());
        assertEquals("B2:B3", refused.detail());
        assertEquals(2, refused.row());
    }

    @Test
    void anXlsxWithAMillionEmptyRowsIsReadQuickly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] names = HEADER.split(",");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Amina");
            row.createCell(2).setCellValue("F");
            for (int r = 2; r < 1_000_002; r++) {
                sheet.createRow(r).createCell(0).setCellValue("");
            }
            workbook.write(out);
        }
        long started = System.nanoTime();
        Sheet sheet = SheetReader.read(out.toByteArray());
        assertEquals(1, sheet.rows().size());
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "read in under 20 s");
    }

    @Test
    void aBrokenXlsxIsRefusedAsUnreadable() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
        assertEquals("import.file.xlsxUnreadable",
                assertThrows(InvalidFileException.class, () -> SheetReader.read(broken)).messageKey());
    }

    @Test
    void unknownRepeatedAndMissingColumnsAreRefusedByName() {
        assertEquals("colour", assertThrows(InvalidFileException.class,
                () -> new RowForms(List.of("givenName", "sex", "colour"))).column());
        assertEquals("import.file.repeatedColumn", assertThrows(InvalidFileException.class,
                () -> new RowForms(List.of("givenName", "sex", "sex"))).messageKey());
        InvalidFileException missing = assertThrows(InvalidFileException.class, () -> new RowForms(List.of("givenName")));
        assertEquals("import.file.missingColumn", missing.messageKey());
        assertEquals("sex", missing.column());
    }

    @Test
    void cellsNotOfTheirKindAreProblemsOfTheirRowAndColumn() {
        RowForms forms = new RowForms(List.of("givenName", "sex", "dateOfBirth", "birthYear", "birthDateEstimated",
                "vulnerabilities", "movement.originCountry"));
        List<RowForms.Problem> problems = new ArrayList<>();
        RowForms.RowForm good = forms.form(new Sheet.Row(2, List.of("Amina", "F", "1990-02-03", "1990", "oui",
                "HEALTH_NEEDS; UNACCOMPANIED_CHILD", "")), "RST", "KEN", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(good.readable());
        assertEquals(List.of("HEALTH_NEEDS", "UNACCOMPANIED_CHILD"), good.form().principal().vulnerabilities());
        assertTrue(good.form().principal().birthDateEstimated());
        assertEquals(null, good.form().movement(), "no movement column filled: no movement");
        RowForms.RowForm bad = forms.form(new Sheet.Row(3, List.of("Amina", "F", "03/02/1990", "nineteen", "maybe",
                "", "KEN")), "RST", "KEN", problems);
        assertFalse(bad.readable());
        assertEquals(null, bad.form().principal().dateOfBirth(), "an unreadable cell is empty in the form");
        assertEquals(List.of(new RowForms.Problem(3, "dateOfBirth", "import.value.date"),
                new RowForms.Problem(3, "birthYear", "import.value.year"),
                new RowForms.Problem(3, "birthDateEstimated", "import.value.boolean")), problems);
    }

    @Test
    void registrationFieldsNameTheirColumns() {
        assertEquals("sex", Columns.ofField("principal.sex"));
        assertEquals("movement.originCountry", Columns.ofField("movement.originCountry"));
        assertEquals("AB", Columns.letters(27));
        assertEquals(27, Columns.index("AB12"));
    }

    private static void header(XSSFSheet sheet) {
        Row header = sheet.createRow(0);
        String[] names = HEADER.split(",");
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
    }

    private static byte[] xlsx(Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("RST"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
