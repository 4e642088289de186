package org.camino.reporting.boundary;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camino.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {

    private static final ReportView VIEW = new ReportView("avrr-returns", "AVRR: returns", "Counts events: ...",
            "EVENTS", "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "MISSION",
            List.of("KEN", "SOM"), "sex", "Sex", List.of(new ReportView.Dimension("sex", "Sex")),
            Map.of("ageBand", "Y25T34"),
            List.of(new ReportView.Row("KEN", "FEMALE", 7), new ReportView.Row("KEN", "MALE", 3),
                    new ReportView.Row("SOM", "FEMALE", 12)),
            List.of(new ReportView.Row("KEN", "", 10), new ReportView.Row("SOM", "", 12)), 22L,
            Instant.parse("2026-12-07T10:15:30Z"));

    private final ReportTexts texts = ReportTexts.of("en");

    @Test
    void csvHasItsHeadingAsCommentsThenTheTable() throws Exception {
        ReportFile file = ReportFiles.write(VIEW, ReportFiles.Format.CSV, texts);
        assertEquals("avrr-returns_2026-Q4.csv", file.filename());
        assertEquals(3, file.rows());
        String text = new String(file.content(), StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').get().parse(new StringReader(text))) {
            records = parser.getRecords();
        }
        String heading = records.get(0).getComment();
        for (String expected : List.of("AVRR: returns", "Period: 2026-Q4 (2026-10-01 – 2026-12-31)", "Missions: KEN, SOM",
                "Filters: Age band = Y25T34", "Breakdown: Sex", "Generated: 2026-12-07T10:15:30Z")) {
            assertTrue(heading.contains(expected), expected + " in " + heading);
        }
        assertEquals(List.of("Mission", "Sex", "Events"), records.get(0).toList());
        assertEquals(List.of("KEN", "FEMALE", "7"), records.get(1).toList());
        assertEquals(List.of("SOM", "FEMALE", "12"), records.get(3).toList());
        assertEquals(List.of("SOM", "Total", "12"), records.get(5).toList());
        assertEquals(6, records.size());
    }

    @Test
    void xlsxHoldsTheHeadingAndNumericCounts() throws Exception {
        ReportFile file = ReportFiles.write(VIEW, ReportFiles.Format.XLSX, texts);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("AVRR: returns", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Missions", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("KEN, SOM", sheet.getRow(2).getCell(1).getStringCellValue());
            List<String> table = new ArrayList<>();
            for (int r = 8; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                table.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
                        + (r == 8 ? row.getCell(2).getStringCellValue() : (long) row.getCell(2).getNumericCellValue()));
            }
            assertEquals(List.of("Mission|Sex|Events", "KEN|FEMALE|7", "KEN|MALE|3", "SOM|FEMALE|12", "KEN|Total|10",
                    "SOM|Total|12"), table);
        }
    }

    @Test
    void pdfReadsBackWithTheFigures() throws Exception {
        ReportFile file = ReportFiles.write(VIEW, ReportFiles.Format.PDF, texts);
        assertEquals("application/pdf", file.contentType());
        PdfReader reader = new PdfReader(file.content());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        for (String expected : List.of("AVRR: returns", "2026-Q4", "KEN, SOM", "Age band = Y25T34", "2026-12-07T10:15:30Z",
                "FEMALE", "12")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void anUnknownFormatNamesItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.Format.parse("docx"));
        assertEquals("format", e.problems().get(0).field());
        assertEquals(ReportFiles.Format.XLSX, ReportFiles.Format.parse(" XLSX "));
    }
}
