package org.camino.repository.control;

import org.camino.platform.control.MigratedDatabase;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;
import org.camino.reporting.control.Period;
import org.camino.reporting.control.ReportDefinition;
import org.camino.reporting.control.ReportQueries;
import org.camino.reporting.control.ReportSql;
import org.camino.reporting.control.ReportTotals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's report totals (V44: {@code cdr_stat_total}, {@code cdr_stat_code_total}) on a real PostgreSQL, through what
 * writes {@code cdr_record}: the ingest's batches ({@link HqRecords}: new records, new versions in another month or
 * with other codes, versions delivered twice or late, tombstones), an operator's update and delete in SQL, and a bulk
 * insert. Throughout, each total equals a {@code GROUP BY} over {@code cdr_record}, one row per cell; the compaction
 * leaves them as they are, the rebuild computes the same; HQ's counts of records read from them equal the same
 * counts over {@code cdr_record}; a TRUNCATE empties them.
 */
class HqReportTotalsTest {

    private static final Random RANDOM = new Random(20261208);
    private static final String CELL = "mission, case_type, event_type, event_month, programme_code, status, sex, age_band,"
            + " nationality, origin_country, destination_country, household_size_band";
    private static final String CODE_CELL = "mission, case_type, event_type, event_month, programme_code";
    private static final String[] MISSIONS = {"KEN", "UGA"};
    private static final String[] SEXES = {"FEMALE", "MALE", null};
    private static final String[] AGE_BANDS = {"Y18T24", "Y25T34", null};
    private static final String[] COUNTRIES = {"KEN", "SOM", "ETH", null};
    private static final String[] MOVES = {"DEPARTED", "ARRIVED", "PLANNED", null};
    private static final String[] BANDS = {"1", "2", "3-4", null};
    private static final Period YEAR = Period.parse("2025", null, null);

    private static MigratedDatabase database;

    private long nextVersion = 1;

    @BeforeAll
    static void start() throws Exception {
        database = MigratedDatabase.start("camino-hq-totals-test");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void totalsFollowTheIngestAndEveryWriteAndEqualAGroupByOverTheStore() throws Exception {
        try (Connection c = database.dataSource().getConnection()) {
            for (int step = 1; step <= 400; step++) {
                int kind = RANDOM.nextInt(100);
                if (kind < 88) {
                    ingest(c, batch());
                } else if (kind < 92) { // an operator corrects codes in SQL (the ingest never updates)
                    update(c, "update cdr_record set sex = ?, destination_country = ? where record_id in"
                                    + " (select record_id from cdr_record order by md5(record_id || ?) limit 5)",
                            SEXES[RANDOM.nextInt(3)], COUNTRIES[RANDOM.nextInt(4)], String.valueOf(step));
                } else if (kind < 94) { // ... or moves records to another month and type (a partition to another)
                    update(c, "with moved as (update cdr_record set event_month = date '2025-01-01' + (?::int * interval '1 month'),"
                                    + " case_type = 'RST' where record_id in"
                                    + " (select record_id from cdr_record order by md5(record_id || ?) limit 3)"
                                    + " returning record_id, event_month)"
                                    + " update cdr_record_key k set event_month = m.event_month from moved m where k.record_id = m.record_id",
                            RANDOM.nextInt(12), String.valueOf(step));
                } else if (kind < 96) { // ... or deletes some
                    update(c, "delete from cdr_record where record_id in"
                            + " (select record_id from cdr_record order by md5(record_id || ?) limit 4)", String.valueOf(step));
                } else { // a bulk load in one statement
                    update(c, "insert into cdr_record (record_id, version, mission, case_type, event_type, event_month,"
                            + " case_pseudonym, sex, nationality, programme_code) select md5('bulk' || ? || '-' || g), 1, 'KEN', 'AVR',"
                            + " 'MOVEMENT', date '2025-01-01' + ((g % 12) * interval '1 month'), md5('case' || g),"
                            + " (array['FEMALE', 'MALE'])[1 + g % 2], (array['SOM', 'ETH', 'KEN'])[1 + g % 3],"
                            + " (array['DEPARTED', 'ARRIVED', 'PLANNED'])[1 + g % 3] from generate_series(1, 200) g", step);
                }
                if (kind >= 88) { // cdr_total, which the ingest keeps (not a trigger), counted again as V18 does
                    update(c, "delete from cdr_total");
                    update(c, "insert into cdr_total (mission, case_type, event_type, event_month, records) select mission,"
                            + " case_type, event_type, event_month, count(*) from cdr_record group by 1, 2, 3, 4");
                }
                if (step % 100 == 0) {
                    String when = "after " + step + " steps";
                    assertTotalsCountTheStore(c, when);
                    assertReportsCountTheStore(c, when);
                    Map<String, Long> kept = rows(c, "select " + CELL + ", records from cdr_stat_total where records <> 0");
                    assertTrue(new ReportTotals(database.dataSource()).compact());
                    assertEquals(kept, rows(c, "select " + CELL + ", records from cdr_stat_total where records <> 0"),
                            "the compaction leaves HQ's totals " + when);
                    assertRebuildGivesTheSame(c, when);
                }
            }
            assertTrue(count(c, "select count(*) from cdr_stat_total where records = 0") > 0, "cells emptied stay at 0");
            update(c, "select rebuild_report_totals()");
            assertEquals(0, count(c, "select count(*) from cdr_stat_total where records = 0"), "until a rebuild");
            assertTotalsCountTheStore(c, "after the rebuild");
            assertTrue(count(c, "select count(*) from cdr_stat_code_total") > 20);

            update(c, "truncate cdr_record, cdr_record_key, cdr_tombstone, cdr_total");
            assertEquals(0, count(c, "select count(*) from cdr_stat_total"));
            assertEquals(0, count(c, "select count(*) from cdr_stat_code_total"));
        }
    }

    /** 1 to 60 records as the ingest receives them: new ones, new versions of earlier ones, repeats, a tombstone. */
    private List<StatisticalRecord> batch() {
        List<StatisticalRecord> batch = new ArrayList<>();
        for (int i = 0, n = 1 + RANDOM.nextInt(60); i < n; i++) {
            int caseNumber = RANDOM.nextInt(400);
            if (RANDOM.nextInt(100) == 0) {
                batch.add(new StatisticalRecord(pseudonym(9, caseNumber), nextVersion++, MISSIONS[caseNumber % 2], "AVR",
                        StatisticalEventType.TOMBSTONE, YearMonth.of(2025, 1), pseudonym(1, caseNumber), null, null, null,
                        null, null, null, null, null, null, null, true));
                continue;
            }
            // a few records per case (a record id seen again is a new version: other month and codes); some late
            long version = RANDOM.nextInt(10) == 0 ? Math.max(1, nextVersion - 50) : nextVersion++;
            String[] types = {"AVR", "AVR", "RST", "MHA"};
            StatisticalEventType event = RANDOM.nextInt(4) == 0 ? StatisticalEventType.REGISTRATION : StatisticalEventType.MOVEMENT;
            StatisticalRecord record = new StatisticalRecord(pseudonym(caseNumber, RANDOM.nextInt(3)), version,
                    MISSIONS[caseNumber % 2], types[RANDOM.nextInt(4)], event, YearMonth.of(2025, 1 + RANDOM.nextInt(12)),
                    pseudonym(1, caseNumber), pseudonym(2, caseNumber), SEXES[RANDOM.nextInt(3)],
                    AGE_BANDS[RANDOM.nextInt(3)], COUNTRIES[RANDOM.nextInt(4)], COUNTRIES[RANDOM.nextInt(4)],
                    COUNTRIES[RANDOM.nextInt(4)], null, null, event == StatisticalEventType.MOVEMENT ? MOVES[RANDOM.nextInt(4)] : null,
                    BANDS[RANDOM.nextInt(4)], false);
            batch.add(record);
            if (RANDOM.nextInt(10) == 0) {
                batch.add(record); // delivered twice
            }
        }
        return batch;
    }

    /** As the ingest applies a batch: partitions first, then the store, in one transaction. */
    private static void ingest(Connection c, List<StatisticalRecord> records) throws SQLException {
        c.setAutoCommit(false);
        try {
            Set<YearMonth> months = new TreeSet<>();
            records.forEach(r -> months.add(r.eventMonth()));
            HqPartitions.ensure(c, months);
            new HqRecords(c).apply(records);
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void assertTotalsCountTheStore(Connection c, String when) throws SQLException {
        Map<String, Long> store = rows(c, "select " + CELL + ", count(*) from cdr_record group by " + CELL);
        assertTrue(store.size() > 50, "the store has cells " + when);
        assertEquals(store, rows(c, "select " + CELL + ", records from cdr_stat_total where records <> 0"),
                "cdr_stat_total " + when);
        assertEquals(rows(c, "select " + CODE_CELL + ", count(*) from cdr_record group by " + CODE_CELL),
                rows(c, "select " + CODE_CELL + ", records from cdr_stat_code_total where records <> 0"),
                "cdr_stat_code_total " + when);
        assertEquals(0, count(c, "select count(*) from cdr_stat_total where records < 0"), when);
        assertEquals(0, count(c, "select count(*) from cdr_stat_code_total where records < 0"), when);
    }

    /** The rebuild, in a transaction rolled back: the same cells (without those at 0). */
    private static void assertRebuildGivesTheSame(Connection c, String when) throws SQLException {
        Map<String, Long> kept = rows(c, "select " + CELL + ", records from cdr_stat_total where records <> 0");
        Map<String, Long> keptByCode = rows(c, "select " + CODE_CELL + ", records from cdr_stat_code_total where records <> 0");
        c.setAutoCommit(false);
        try {
            update(c, "select rebuild_report_totals()");
            assertEquals(kept, rows(c, "select " + CELL + ", records from cdr_stat_total"), "rebuilt " + when);
            assertEquals(keptByCode, rows(c, "select " + CODE_CELL + ", records from cdr_stat_code_total"), "rebuilt " + when);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * The monthly returns (read from the totals by code), the same filtered by sex and broken down by nationality
     * (read from the totals by every column), as counted over cdr_record here.
     */
    private static void assertReportsCountTheStore(Connection c, String when) throws SQLException {
        ReportQueries queries = new ReportQueries(database.dataSource());
        String returns = "select mission, %s, count(*) from cdr_record where case_type = 'AVR' and event_type = 'MOVEMENT'"
                + " and programme_code in ('DEPARTED', 'ARRIVED') and event_month between '2025-01-01' and '2025-12-01' %s"
                + " group by 1, 2";
        String month = "to_char(event_month, 'YYYY-MM')";
        assertEquals(rows(c, returns.formatted(month, "")), counts(queries.counts(ReportDefinition.AVRR_RETURNS,
                ReportSql.Store.HQ, "month", Map.of(), List.of(MISSIONS), List.of(), YEAR)), "monthly returns " + when);
        assertEquals(rows(c, returns.formatted(month, "and coalesce(sex, 'UNKNOWN') = 'FEMALE'")),
                counts(queries.counts(ReportDefinition.AVRR_RETURNS, ReportSql.Store.HQ, "month", Map.of("sex", "FEMALE"),
                        List.of(MISSIONS), List.of(), YEAR)), "monthly returns of women " + when);
        assertEquals(rows(c, returns.formatted("coalesce(nationality, 'UNKNOWN')", "")),
                counts(queries.counts(ReportDefinition.AVRR_RETURNS, ReportSql.Store.HQ, "nationality", Map.of(),
                        List.of(MISSIONS), List.of(), YEAR)), "returns by nationality " + when);
    }

    private static Map<String, Long> counts(List<ReportQueries.Count> counts) {
        Map<String, Long> cells = new TreeMap<>();
        counts.forEach(count -> cells.put(count.mission() + "|" + count.value() + "|", count.count()));
        return cells;
    }

    /** Each row's columns but the last, as text → its last column (a count). */
    private static Map<String, Long> rows(Connection c, String sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i < columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                Long before = rows.put(row.toString(), rs.getLong(columns));
                assertEquals(null, before, "one row per cell: " + row);
            }
        }
        return rows;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.execute();
        }
    }

    /** 32 hex characters from two numbers. */
    private static String pseudonym(int a, int b) {
        return String.format("%016x%016x", a, b);
    }
}
