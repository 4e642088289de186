package org.camino.repository.control;

import org.camino.platform.control.MigratedDatabase;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HQ's ingest rule on a real PostgreSQL with Camino's schema: whatever the
 * order of delivery, with every batch delivered twice and split anyhow, the
 * store ends with the newest version of each record, once, in the month of
 * that version, and nothing of a removed case; the running totals stay a
 * count of the store.
 */
class HqRecordsTest {

    private static MigratedDatabase database;
    private static DataSource db;

    @BeforeAll
    static void startPostgres() throws IOException {
        database = MigratedDatabase.start("camino-hq-records");
        db = database.dataSource();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aBatchIsCountedOnceAnOlderVersionIgnoredAndATombstoneKeepsItsCaseOut() throws SQLException {
        clear();
        String caseA = pseudonym(1, 0);
        String caseB = pseudonym(2, 0);
        StatisticalRecord a1 = record(pseudonym(1, 1), 10, caseA, YearMonth.of(2026, 1), "FEMALE");
        StatisticalRecord b1 = record(pseudonym(2, 1), 12, caseB, YearMonth.of(2026, 1), "MALE");
        assertEquals(2, apply(List.of(a1, b1)));
        assertEquals(0, apply(List.of(a1, b1)), "the same batch again changes nothing");
        assertEquals(1, apply(List.of(record(b1.recordId(), 20, caseB, YearMonth.of(2026, 3), "OTHER"))), "a correction");
        assertEquals(0, apply(List.of(record(b1.recordId(), 15, caseB, YearMonth.of(2026, 1), "UNKNOWN"))), "an older one");
        assertEquals(1, apply(List.of(tombstone(caseA, 30))));
        assertEquals(0, apply(List.of(a1, tombstone(caseA, 30))), "the removed case's records arriving late stay out");
        assertEquals(Map.of(b1.recordId(), "20 2026-03-01 OTHER"), store());
    }

    @Test
    void deliveryOrderRepetitionAndBatchingDoNotChangeTheResult() throws SQLException {
        Random random = new Random(13);
        for (int round = 0; round < 30; round++) {
            clear();
            List<StatisticalRecord> deliveries = new ArrayList<>();
            Map<String, StatisticalRecord> newest = new HashMap<>();
            Set<String> removedCases = new HashSet<>();
            for (int c = 0; c < 8; c++) {
                String casePseudonym = pseudonym(round * 100 + c, 0);
                for (int r = 1; r <= 3; r++) {
                    String recordId = pseudonym(round * 100 + c, r);
                    for (int v = 0, versions = 1 + random.nextInt(3); v < versions; v++) {
                        StatisticalRecord record = record(recordId, 1 + random.nextInt(1000), casePseudonym,
                                YearMonth.of(2025, 1 + random.nextInt(12)), random.nextBoolean() ? "MALE" : "FEMALE");
                        deliveries.add(record);
                        deliveries.add(record);
                        newest.merge(recordId, record, (x, y) -> x.version() >= y.version() ? x : y);
                    }
                }
                if (random.nextInt(4) == 0) {
                    deliveries.add(tombstone(casePseudonym, 2000));
                    removedCases.add(casePseudonym);
                }
            }
            Collections.shuffle(deliveries, random);
            int applied = 0;
            for (int from = 0; from < deliveries.size(); ) {
                int to = Math.min(deliveries.size(), from + 1 + random.nextInt(20));
                applied += apply(deliveries.subList(from, to));
                from = to;
            }
            Map<String, String> expected = new HashMap<>();
            newest.values().stream().filter(r -> !removedCases.contains(r.casePseudonym()))
                    .forEach(r -> expected.put(r.recordId(), r.version() + " " + r.eventMonth().atDay(1) + " " + r.sex()));
            assertEquals(expected, store(), "round " + round);
            assertEquals(new TreeSet<>(removedCases), tombstones(), "round " + round);
        }
    }

    // --- helpers

    private static int apply(List<StatisticalRecord> records) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            Set<YearMonth> months = new TreeSet<>();
            records.forEach(r -> months.add(r.eventMonth()));
            HqPartitions.ensure(c, months);
            int applied = new HqRecords(c).apply(records);
            c.commit();
            return applied;
        }
    }

    /** record id → "version month sex", checking the key table and the running totals agree with the store. */
    private static Map<String, String> store() throws SQLException {
        assertEquals(counts("select mission || ' ' || case_type || ' ' || event_type || ' ' || event_month, count(*)"
                        + " from cdr_record group by 1"),
                counts("select mission || ' ' || case_type || ' ' || event_type || ' ' || event_month, records"
                        + " from cdr_total where records > 0"), "the running totals are a count of the store");
        Map<String, String> rows = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select r.record_id, r.version, r.event_month, r.sex, k.version, k.event_month from cdr_record r"
                        + " full join cdr_record_key k on k.record_id = r.record_id")) {
            while (rs.next()) {
                assertEquals(rs.getLong(2), rs.getLong(5), "key and record agree on the version");
                assertEquals(rs.getDate(3), rs.getDate(6), "key and record agree on the month");
                String before = rows.put(rs.getString(1), rs.getLong(2) + " " + rs.getDate(3) + " " + rs.getString(4));
                assertEquals(null, before, "one row per record id");
            }
        }
        return rows;
    }

    private static Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static Set<String> tombstones() throws SQLException {
        Set<String> cases = new TreeSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select case_pseudonym from cdr_tombstone")) {
            while (rs.next()) {
                cases.add(rs.getString(1));
            }
        }
        return cases;
    }

    private static void clear() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate cdr_record, cdr_record_key, cdr_tombstone, cdr_total");
        }
    }

    private static StatisticalRecord record(String recordId, long version, String casePseudonym, YearMonth month, String sex) {
        return new StatisticalRecord(recordId, version, "KEN", "AVRR", StatisticalEventType.REGISTRATION, month,
                casePseudonym, pseudonym(9, 9), sex, null, "SOM", "SOM", "KEN", null, null, null, null, false);
    }

    private static StatisticalRecord tombstone(String casePseudonym, long version) {
        return new StatisticalRecord(pseudonym(7, (int) version), version, "KEN", "AVRR", StatisticalEventType.TOMBSTONE,
                YearMonth.of(2025, 1), casePseudonym, null, null, null, null, null, null, null, null, null, null, true);
    }

    /** 32 hex characters from two numbers. */
    private static String pseudonym(int a, int b) {
        return String.format("%016x%016x", a, b);
    }
}
