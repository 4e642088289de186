package org.camino.reporting.boundary;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camino.platform.control.MigratedDatabase;
import org.camino.reporting.control.MonthlyReportStore;
import org.camino.reporting.control.ReportQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic monthly report on a real PostgreSQL (each test on months of its own) with Camino's schema and
 * a clock the test sets: nothing of a month before it ends, each mission's
 * month once after (PDF and XLSX), once even when two servers produce at the
 * same moment, and the files hold the month's figures.
 */
class MonthlyReportProductionTest {

    private static final List<String> MISSIONS = List.of("KEN", "JOR-AMM");
    private static MigratedDatabase database;
    private static DataSource db;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        database = MigratedDatabase.start("camino-monthly-reports");
        db = database.dataSource();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into mission (id, code, name, country) values (901, 'KEN', 'Kenya', 'KEN'),"
                    + " (902, 'JOR-AMM', 'Amman', 'JOR'), (903, 'OLD', 'Closed office', 'KEN')");
            s.execute("update mission set active = false where code = 'OLD'");
        }
        // KEN: three returns departed in February 2028 (two to SOM, one to ETH), one in January
        returned("r1", "KEN", "2028-02-01", "SOM");
        returned("r2", "KEN", "2028-02-01", "SOM");
        returned("r3", "KEN", "2028-02-01", "ETH");
        returned("r4", "KEN", "2028-01-01", "SOM");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aMonthsReportAppearsOnceAfterTheMonthEndsAndNotBefore() throws SQLException {
        MonthlyReportProduction production = production();
        production.produceDue(Instant.parse("2026-11-30T23:59:59Z"));
        assertEquals(Map.of(), files("2026-11-01"), "November has not ended");
        assertEquals(Map.of("JOR-AMM pdf", 1, "JOR-AMM xlsx", 1, "KEN pdf", 1, "KEN xlsx", 1), files("2026-10-01"),
                "an ended month is there, for active missions only");
        assertEquals(2 * 3 * MISSIONS.size(), count("month between '2026-08-01' and '2026-10-01'"),
                "a server that was down catches up the last three months");
        assertEquals(0, count("month < '2026-08-01'"), "and no more");

        int stored = production.produceDue(Instant.parse("2026-12-01T00:00:01Z"));
        assertEquals(2 * MISSIONS.size(), stored, "November's two files of each mission");
        assertEquals(Map.of("JOR-AMM pdf", 1, "JOR-AMM xlsx", 1, "KEN pdf", 1, "KEN xlsx", 1), files("2026-11-01"));
        assertEquals(0, production.produceDue(Instant.parse("2026-12-01T01:00:00Z")), "the next hour stores nothing");
        assertEquals(0, production.produceDue(Instant.parse("2026-12-31T23:00:00Z")), "nor later in the month");
        assertEquals(Map.of("JOR-AMM pdf", 1, "JOR-AMM xlsx", 1, "KEN pdf", 1, "KEN xlsx", 1), files("2026-11-01"));
    }

    @Test
    void twoServersProducingAtTheSameMomentStoreEachFileOnce() throws Exception {
        Instant monthEnd = Instant.parse("2030-06-01T00:05:00Z");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> server = () -> {
            MonthlyReportProduction production = production();
            start.await();
            return production.produceDue(monthEnd);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(server);
            Future<Integer> second = pool.submit(server);
            start.countDown();
            int stored = first.get() + second.get();
            assertEquals(2 * 3 * MISSIONS.size(), stored, "between them, each file of March to May stored once");
        } finally {
            pool.shutdownNow();
        }
        for (String month : List.of("2030-03-01", "2030-04-01", "2030-05-01")) {
            assertEquals(Map.of("JOR-AMM pdf", 1, "JOR-AMM xlsx", 1, "KEN pdf", 1, "KEN xlsx", 1), files(month), month);
        }
    }

    @Test
    void theFilesHoldTheMonthsFigures() throws Exception {
        production().produceDue(Instant.parse("2028-03-02T10:00:00Z"));
        MonthlyReportStore store = new MonthlyReportStore(db);
        MonthlyReportStore.Entry xlsx = store.list(List.of("KEN")).stream()
                .filter(e -> e.month().equals(YearMonth.of(2028, 2)) && e.format().equals("xlsx")).findFirst().orElseThrow();
        assertEquals("monthly-report_KEN_2028-02.xlsx", xlsx.filename());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(store.content(xlsx.id())))) {
            assertEquals(MonthlyReportProduction.BUNDLE.size(), workbook.getNumberOfSheets());
            Sheet returns = workbook.getSheet("avrr-returns");
            Map<String, Long> figures = new TreeMap<>();
            for (Row row : returns) {
                if (row.getCell(0) != null && "KEN".equals(row.getCell(0).getStringCellValue()) && row.getCell(2) != null) {
                    figures.put(row.getCell(1).getStringCellValue(), (long) row.getCell(2).getNumericCellValue());
                }
            }
            assertEquals(Map.of("ETH", 1L, "SOM", 2L, "Total", 3L), figures, "February's returns only, not January's");
            assertTrue(workbook.getSheet("caseload-open") != null);
            assertEquals(null, workbook.getSheet("trafficking-victims"), "no counter-trafficking report in the bundle");
        }
        MonthlyReportStore.Entry pdf = store.list(List.of("KEN")).stream()
                .filter(e -> e.month().equals(YearMonth.of(2028, 2)) && e.format().equals("pdf")).findFirst().orElseThrow();
        PdfReader reader = new PdfReader(store.content(pdf.id()));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertTrue(text.toString().contains("Monthly report of KEN for 2028-02"), text.toString());
        assertTrue(text.toString().contains("AVRR: returns"), text.toString());
    }

    private static MonthlyReportProduction production() {
        MonthlyReportProduction production = new MonthlyReportProduction();
        production.store = new MonthlyReportStore(db);
        production.queries = new ReportQueries(db);
        return production;
    }

    private static void returned(String id, String mission, String month, String destination) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into stat_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,
                                         sex, age_band, origin_country, destination_country, programme_code)
                values (md5(?), 1, ?, 'AVR', 'MOVEMENT', ?::date, md5(?), 'FEMALE', 'Y25T34', 'KEN', ?, 'DEPARTED')""")) {
            s.setString(1, id);
            s.setString(2, mission);
            s.setString(3, month);
            s.setString(4, "case-" + id);
            s.setString(5, destination);
            s.executeUpdate();
        }
    }

    /** "mission format" → how many rows of that month. */
    private static Map<String, Integer> files(String month) throws SQLException {
        Map<String, Integer> files = new TreeMap<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select mission || ' ' || format, count(*) from monthly_report where month = ?::date group by 1")) {
            s.setString(1, month);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return files;
    }

    private static int count(String condition) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from monthly_report where " + condition)) {
            while (rs.next()) {
                counts.add(rs.getInt(1));
            }
        }
        return counts.get(0);
    }
}
