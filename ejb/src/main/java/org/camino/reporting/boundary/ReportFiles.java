package org.camino.reporting.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camino.platform.errors.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as a file, with well-kept libraries (Commons CSV, Apache POI,
 * OpenPDF): a heading (title, what is counted and over which dates, period,
 * missions, filters, breakdown, source, generation time), then the table
 * (mission, value, count) and each mission's total.
 * <p>
 * CSV: the heading as comment lines ({@code #}), then the table with its
 * header row. XLSX: one sheet, the heading as label/value rows, an empty
 * row, then the table. PDF: the heading as paragraphs, then the table.
 */
final class ReportFiles {

    enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        String extension() {
            return extension;
        }

        static Format parse(String text) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return format;
                }
            }
            throw InvalidInputException.of("format", "report.format.invalid");
        }
    }

    private ReportFiles() {
    }

    static ReportFile write(ReportView view, Format format, ReportTexts texts) {
        List<String[]> heading = heading(view, texts);
        List<String> header = header(view, texts);
        byte[] content = switch (format) {
            case CSV -> csv(heading, header, view, texts);
            case XLSX -> xlsx(List.of(view), texts);
            case PDF -> pdf(view.title(), List.of(view), texts, false);
        };
        String name = view.report() + "_" + view.period().replace("..", "_") + "." + format.extension;
        return new ReportFile(name, format.contentType, content, view.rows().size());
    }

    /**
     * Several reports in one file: an XLSX with a sheet per report, or a PDF with the reports one after
     * another ({@code rows}: all their table rows). CSV holds one table and is not offered.
     */
    static ReportFile writeBundle(String filename, String title, List<ReportView> views, Format format, ReportTexts texts) {
        byte[] content = switch (format) {
            case XLSX -> xlsx(views, texts);
            case PDF -> pdf(title, views, texts, true);
            case CSV -> throw new IllegalArgumentException("a CSV file holds one report");
        };
        return new ReportFile(filename + "." + format.extension, format.contentType, content,
                views.stream().mapToInt(v -> v.rows().size()).sum());
    }

    private static List<String> header(ReportView view, ReportTexts texts) {
        return List.of(texts.text("export.mission"), view.byLabel(), texts.text("unit." + view.unit()));
    }

    /** Label/value lines above the table. */
    static List<String[]> heading(ReportView view, ReportTexts texts) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {view.title(), view.description()});
        lines.add(new String[] {texts.text("export.period"), view.period() + " (" + view.from() + " – " + view.to() + ")"});
        lines.add(new String[] {texts.text("export.missions"), String.join(", ", view.missions())});
        lines.add(new String[] {texts.text("export.filters"), filters(view.filters(), view, texts)});
        lines.add(new String[] {texts.text("export.by"), view.byLabel()});
        lines.add(new String[] {texts.text("export.source"), texts.text("source." + view.source())});
        lines.add(new String[] {texts.text("export.generated"), view.generatedAt().toString()});
        return lines;
    }

    private static String filters(Map<String, String> filters, ReportView view, ReportTexts texts) {
        if (filters.isEmpty()) {
            return texts.text("export.none");
        }
        List<String> parts = new ArrayList<>();
        filters.forEach((dimension, value) -> parts.add(texts.dimension(view.report(), dimension) + " = " + value));
        return String.join("; ", parts);
    }

    private static byte[] csv(List<String[]> heading, List<String> header, ReportView view, ReportTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (String[] line : heading) {
                csv.printComment(line[0] + ": " + line[1]);
            }
            csv.printRecord(header);
            for (ReportView.Row row : view.rows()) {
                csv.printRecord(row.mission(), row.value(), row.count());
            }
            for (ReportView.Row total : view.totals()) {
                csv.printRecord(total.mission(), totalLabel(view, texts), total.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet per report, named after it. */
    private static byte[] xlsx(List<ReportView> views, ReportTexts texts) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportView view : views) {
                sheet(workbook.createSheet(view.report()), bold, view, texts);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, CellStyle bold, ReportView view, ReportTexts texts) {
        int r = 0;
        for (String[] line : heading(view, texts)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(line[1]);
        }
        r++;
        Row head = sheet.createRow(r++);
        List<String> header = header(view, texts);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
            head.getCell(c).setCellStyle(bold);
        }
        for (ReportView.Row count : view.rows()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(count.mission());
            row.createCell(1).setCellValue(count.value());
            row.createCell(2).setCellValue(count.count());
        }
        for (ReportView.Row total : view.totals()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(total.mission());
            row.createCell(1).setCellValue(totalLabel(view, texts));
            row.getCell(1).setCellStyle(bold);
            row.createCell(2).setCellValue(total.count());
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 12 * 256);
    }

    /** The reports one after another, each with its heading and table; {@code titled}: the document's title first. */
    private static byte[] pdf(String documentTitle, List<ReportView> views, ReportTexts texts, boolean titled) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(documentTitle);
            document.open();
            if (titled) {
                document.add(new Paragraph(documentTitle, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18)));
            }
            for (ReportView view : views) {
                section(document, view, texts);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static void section(Document document, ReportView view, ReportTexts texts) throws DocumentException {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(view.title(), title));
        document.add(new Paragraph(view.description(), plain));
        List<String[]> heading = heading(view, texts);
        for (String[] line : heading.subList(1, heading.size())) {
            Paragraph p = new Paragraph();
            p.add(new Phrase(line[0] + ": ", bold));
            p.add(new Phrase(line[1], plain));
            document.add(p);
        }
        PdfPTable table = new PdfPTable(new float[] {3, 4, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(16);
        table.setHeaderRows(1);
        for (String column : header(view, texts)) {
            table.addCell(new PdfPCell(new Phrase(column, bold)));
        }
        for (ReportView.Row row : view.rows()) {
            table.addCell(new Phrase(row.mission(), plain));
            table.addCell(new Phrase(row.value(), plain));
            table.addCell(number(row.count(), plain));
        }
        for (ReportView.Row total : view.totals()) {
            table.addCell(new Phrase(total.mission(), bold));
            table.addCell(new Phrase(totalLabel(view, texts), bold));
            table.addCell(number(total.count(), bold));
        }
        document.add(table);
    }

    /** "Total" beside a count; "Overall" beside a median, which is not a sum. */
    private static String totalLabel(ReportView view, ReportTexts texts) {
        return texts.text("DAYS".equals(view.unit()) ? "export.overall" : "export.total");
    }

    private static PdfPCell number(long count, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(Long.toString(count), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
