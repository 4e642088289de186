package org.camino.cases.boundary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseListFilesTest {

    private static final List<String[]> HEADING = List.of(new String[] {"Case list", "KEN"},
            new String[] {"Filter", "mission=KEN type=any"}, new String[] {"Exported by", "manager.ken"});
    private static final List<CaseRow> ROWS = List.of(
            new CaseRow("KEN-RST-2026-000001", "RST", "KEN", "OPEN", null, LocalDate.of(2026, 3, 4), "Zoë Ñúñez", 1990, "F", null),
            new CaseRow("KEN-AVR-2026-000002", "AVR", "KEN", "APPROVED", "CLOSED", LocalDate.of(2026, 3, 5),
                    "=HYPERLINK(\"http://evil\",\"x\")", 1980, "M", null),
            new CaseRow("KEN-AVR-2026-000003", "AVR", "KEN", "OPEN", null, LocalDate.of(2026, 3, 6), null, null, null, "INC-7"));
    private static final String[] FORMULA_STARTS = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"};

    private final CaseListFiles.Texts texts = CaseListFiles.texts("en");

    @Test
    void csvStartsWithAByteOrderMarkThenTheHeadingThenTheListsColumns() throws Exception {
        byte[] csv = CaseListFiles.csv(HEADING, texts, each -> ROWS.forEach(each));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<CSVRecord> records = parse(csv);
        assertTrue(records.get(0).getComment().contains("Case list: KEN"), records.get(0).getComment());
        assertTrue(records.get(0).getComment().contains("Exported by: manager.ken"), records.get(0).getComment());
        assertEquals(List.of("Case number", "Principal applicant", "Type", "Mission", "Status", "Pending step", "Opened on",
                "Unreadable name (incident)"), records.get(0).toList());
        assertEquals(List.of("KEN-RST-2026-000001", "Zoë Ñúñez", "RST", "KEN", "OPEN", "", "2026-03-04", ""), records.get(1).toList());
        assertEquals("INC-7", records.get(3).get(7));
        assertEquals(4, records.size());
    }

    @Test
    void aValueThatLooksLikeAFormulaIsQuotedInCsv() throws Exception {
        for (String value : FORMULA_STARTS) {
            CaseRow row = new CaseRow("KEN-RST-2026-000009", "RST", "KEN", "OPEN", null, LocalDate.of(2026, 1, 1), value, null, null, null);
            List<CSVRecord> records = parse(CaseListFiles.csv(HEADING, texts, each -> each.accept(row)));
            assertEquals("'" + value, records.get(1).get(1), "quoted: " + value.replace("\t", "\\t").replace("\r", "\\r"));
        }
        List<CSVRecord> records = parse(CaseListFiles.csv(HEADING, texts, each -> ROWS.forEach(each)));
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", records.get(2).get(1));
        assertEquals("Zoë Ñúñez", records.get(1).get(1), "a name is otherwise as it is");
    }

    @Test
    void xlsxHasTheHeadingThenTheTableWithEveryTextAStringCell() throws Exception {
        byte[] xlsx = CaseListFiles.xlsx(HEADING, texts, each -> ROWS.forEach(each));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Cases", sheet.getSheetName());
            assertEquals("Case list", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("KEN", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Case number", sheet.getRow(4).getCell(0).getStringCellValue());
            Row formula = sheet.getRow(6);
            Cell name = formula.getCell(1);
            assertEquals(CellType.STRING, name.getCellType(), "never a formula cell");
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", name.getStringCellValue());
            assertEquals("CLOSED", formula.getCell(5).getStringCellValue());
            assertEquals(LocalDate.of(2026, 3, 5), formula.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Zoë Ñúñez", sheet.getRow(5).getCell(1).getStringCellValue());
            assertEquals("INC-7", sheet.getRow(7).getCell(7).getStringCellValue());
            assertEquals(7, sheet.getLastRowNum());
        }
    }

    @Test
    void theEncryptedXlsxOpensWithItsPasswordOnlyAndHoldsTheSameRows() throws Exception {
        String password = "correct horse battery";
        byte[] encrypted = CaseListFiles.encryptedXlsx(HEADING, texts, each -> ROWS.forEach(each), password);
        byte[] clear = CaseListFiles.xlsx(HEADING, texts, each -> ROWS.forEach(each));
        assertEquals(table(clear), table(decrypted(encrypted, password)), "the same heading and rows once decrypted");

        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(encrypted))) {
            EncryptionInfo info = new EncryptionInfo(container);
            assertEquals(EncryptionMode.agile, info.getEncryptionMode());
            assertEquals(CipherAlgorithm.aes256, info.getHeader().getCipherAlgorithm());
            assertEquals(256, info.getHeader().getKeySize());
            assertFalse(Decryptor.getInstance(info).verifyPassword("correct horse batterY"), "a wrong password opens nothing");
        }
        String bytes = new String(encrypted, StandardCharsets.ISO_8859_1);
        // needles of six bytes or more: a shorter one turns up in random ciphertext now and then
        for (String clearText : List.of("Zoë Ñúñez", "HYPERLINK", "KEN-RST-2026-000001", "sharedStrings")) {
            assertFalse(bytes.contains(clearText) || new String(encrypted, StandardCharsets.UTF_16LE).contains(clearText)
                    || new String(encrypted, StandardCharsets.UTF_8).contains(clearText), "no clear " + clearText);
        }
    }

    private static byte[] decrypted(byte[] encrypted, String password) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(encrypted))) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
            assertTrue(decryptor.verifyPassword(password));
            try (InputStream clear = decryptor.getDataStream(container)) {
                return clear.readAllBytes();
            }
        }
    }

    /** Every row of the sheet as text (dates as ISO days). */
    private static List<List<String>> table(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(cell.getCellType() == CellType.NUMERIC
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.getStringCellValue()));
                rows.add(values);
            }
        }
        assertTrue(rows.size() > ROWS.size(), "heading and rows: " + rows);
        return rows;
    }

    @Test
    void onlyCsvAndXlsxAreFormats() {
        assertEquals(CaseListFiles.Format.XLSX, CaseListFiles.Format.parse(" XLSX "));
        for (String wrong : new String[] {null, "", "pdf", "xls"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CaseListFiles.Format.parse(wrong));
            assertEquals("format", refused.problems().get(0).field());
        }
    }

    @Test
    void theTextsExistInEveryLanguage() {
        for (String language : List.of("en", "fr", "es")) {
            CaseListFiles.Texts words = CaseListFiles.texts(language);
            for (String column : CaseListFiles.COLUMNS) {
                assertTrue(!words.column(column).startsWith("column."), language + " " + column);
            }
        }
        assertEquals("Numéro du dossier", CaseListFiles.texts("fr").column("number"));
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1); // the byte-order mark
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
