package org.camino.reporting.control;

import org.camino.platform.control.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report totals of V34 and V40 on a real PostgreSQL, through every kind of write the product and its operators make:
 * registrations one by one and in bulk, status changes back and forth, corrections of a case (opening date, type,
 * mission, assignee) and of a status change's date, closures and reopenings, a purge's update of columns no
 * report reads, deleted status changes and deleted cases, new versions of statistical records (the outbox's
 * upsert) and tombstones (consent withdrawal). Throughout, the totals the triggers keep equal what
 * {@code rebuild_report_totals()} computes from the source tables, and each report read from the totals equals
 * the same report counted over the source tables by SQL written here, before and after the totals are compacted;
 * the distinct counts (resettlement-status, trafficking-victims) equal {@code count(distinct ...)} over
 * {@code stat_record}, by each dimension, filtered, and as the missions' totals.
 */
class ReportTotalsTest {

    private static final Random RANDOM = new Random(20261207);
    private static final String[] TYPES = {"RST", "AVR", "MHA", "CTA"};
    private static final String[] STATUSES = {"OPEN", "IN_PROCESSING", "ELIGIBLE", "ACTIVE", "FOLLOW_UP", "ASSESSED"};
    private static final String[] SEXES = {"FEMALE", "MALE", null};
    private static final String[] MOVES = {"DEPARTED", "ARRIVED", "PLANNED"};
    private static final String[] COUNTRIES = {"KEN", "SOM", "CAN", null};
    private static final String[] AGE_BANDS = {"Y18T24", "Y25T34", null};
    /** stat_distinct_total's cells, their rows summed. */
    private static final String DISTINCT_CELLS = "(select mission, case_type, status, sex, age_band, nationality, event_month,"
            + " previous_month, sum(units) from stat_distinct_total group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(units) <> 0) t";
    private static MigratedDatabase database;

    private final List<Long> cases = new ArrayList<>();
    private long nextCase = 1;
    private long nextChange = 1;
    private long nextRecord = 1;
    private long nextVersion = 1;

    @BeforeAll
    static void start() throws Exception {
        database = MigratedDatabase.start("camino-totals-test");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into mission (id, code, name, country) values (101, 'UGA', 'Uganda', 'UGA'),"
                    + " (102, 'TZA', 'Tanzania', 'TZA')");
            s.execute("insert into app_user (id, username, display_name, password_hash) values"
                    + " (901, 'cw.one', 'One', 'x'), (902, 'cw.two', 'Two', 'x')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void totalsFollowEveryWriteAndEqualTheirRebuildAndTheSourceCounts() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // no household or person rows: foreign keys off
            int checks = 0;
            for (int step = 1; step <= 1500; step++) {
                write(c);
                if (step % 300 == 0) {
                    assertTotalsAreTheirRebuild(c, "after " + step + " writes");
                    assertReportsCountTheSource(c, "after " + step + " writes");
                    checks++;
                }
                if (step % 500 == 0) {
                    long before = count(c, "select count(*) from case_total");
                    assertTrue(count(c, "select count(*) from case_total where cases < 0") > 0, "removals are rows of their own");
                    assertTrue(new ReportTotals(database.dataSource()).compact());
                    assertTrue(count(c, "select count(*) from case_total") < before, "compacted");
                    assertEquals(0, count(c, "select count(*) from case_total where cases <= 0"));
                    long compacted = count(c, "select count(*) from case_total");
                    assertTrue(new ReportTotals(database.dataSource()).compact());
                    assertEquals(compacted, count(c, "select count(*) from case_total"), "compacting again changes nothing");
                    assertTotalsAreTheirRebuild(c, "compacted after " + step + " writes");
                    assertReportsCountTheSource(c, "compacted after " + step + " writes");
                }
            }
            assertEquals(5, checks);
            assertTrue(count(c, "select count(*) from case_status_now") > 50);
        }
    }

    /**
     * Two transactions writing records of the same case: the second counts after the first has committed (it waits
     * for the case's row in stat_distinct_unit), so the case is counted once with both months; a writer of another
     * case does not wait.
     */
    @Test
    void writersOfOneUnitCountOneAfterTheOtherAndOthersDoNotWait() throws Exception {
        String shared = pseudonym(5_000_001L);
        String other = pseudonym(5_000_002L);
        try (Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection();
             Connection third = database.dataSource().getConnection()) {
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                first.setAutoCommit(false);
                insertRecord(first, "CONC-1", shared, "2025-03-01", "OPEN");
                Future<?> sameCase = writers.submit(() -> {
                    insertRecord(second, "CONC-2", shared, "2025-05-01", "IN_PROCESSING");
                    return null;
                });
                Future<?> otherCase = writers.submit(() -> {
                    insertRecord(third, "CONC-3", other, "2025-05-01", "OPEN");
                    return null;
                });
                otherCase.get(30, TimeUnit.SECONDS); // while the first transaction is still open
                assertTrue(waitsForALock(third), "the second writer of the case waits for the first");
                assertFalse(sameCase.isDone());
                first.commit();
                sameCase.get(30, TimeUnit.SECONDS);
            } finally {
                writers.shutdownNow();
                first.setAutoCommit(true);
            }
            try (Connection c = database.dataSource().getConnection()) {
                Map<String, Integer> kept = rows(c, "select * from " + DISTINCT_CELLS);
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("select rebuild_report_totals()");
                    assertEquals(rows(c, "select * from " + DISTINCT_CELLS), kept);
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                ReportQueries.Figures figures = new ReportQueries(database.dataSource()).figures(
                        ReportDefinition.RESETTLEMENT_STATUS, ReportSql.Store.MISSION, "status", Map.of(), List.of("UGA"),
                        List.of(), Period.parse("2025", null, null));
                assertEquals(SourceCounts.of(c, ReportDefinition.RESETTLEMENT_STATUS, null, Map.of(), List.of("UGA"),
                        List.of(), Period.parse("2025", null, null)), cells(figures.totals()));
            }
        }
    }

    /** True once a session waits for a lock while inserting a statistical record (at most 20 s). */
    private static boolean waitsForALock(Connection c) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (count(c, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'insert into stat_record%'") > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** A resettlement record of a case (autocommit as the connection is set). */
    private static void insertRecord(Connection c, String recordId, String casePseudonym, String month, String status)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into stat_record (record_id, version, mission, case_type,"
                + " event_type, event_month, case_pseudonym, status) values (?, 1, 'UGA', 'RST', 'STATUS_CHANGE', ?::date, ?, ?)")) {
            s.setString(1, recordId);
            s.setString(2, month);
            s.setString(3, casePseudonym);
            s.setString(4, status);
            s.executeUpdate();
        }
    }

    /** One random write, as the product or an operator makes it. */
    private void write(Connection c) throws SQLException {
        int kind = RANDOM.nextInt(100);
        if (cases.size() < 40 || kind < 20) {
            register(c, kind % 4 == 0 ? 5 : 1);
            return;
        }
        long id = cases.get(RANDOM.nextInt(cases.size()));
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(RANDOM.nextInt(700));
        if (kind < 50) { // a status change, often back to where the case was
            String to = STATUSES[RANDOM.nextInt(3)];
            update(c, "insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                    + " select ?, gen_random_uuid(), id, status, ?, ?::date + time '10:00', 'cw' from case_file where id = ?",
                    nextChange++, to, day.toString(), id);
            update(c, "update case_file set status = ?, updated_at = now() where id = ?", to, id);
            record(c, id, "STATUS_CHANGE", day, to, null);
        } else if (kind < 56) { // closed, or reopened
            if (RANDOM.nextBoolean()) {
                update(c, "update case_file set status = 'CLOSED', closed_on = greatest(opened_on, ?::date),"
                        + " closure_reason = ? where id = ?", day.toString(), RANDOM.nextBoolean() ? "COMPLETED" : "WITHDRAWN", id);
            } else {
                update(c, "update case_file set status = 'OPEN', closed_on = null, closure_reason = null where id = ?", id);
            }
        } else if (kind < 64) { // a correction of the case: opening date, assignee, type or mission
            switch (RANDOM.nextInt(4)) {
                case 0 -> update(c, "update case_file set opened_on = least(coalesce(closed_on, ?::date), ?::date) where id = ?",
                        day.toString(), day.toString(), id);
                case 1 -> update(c, "update case_file set assigned_to = ? where id = ?", RANDOM.nextBoolean() ? 901L : 902L, id);
                case 2 -> update(c, "update case_file set case_type = ? where id = ?", TYPES[RANDOM.nextInt(4)], id);
                default -> update(c, "update case_file set mission_id = ? where id = ?", RANDOM.nextBoolean() ? 101L : 102L, id);
            }
        } else if (kind < 68) { // a status change's date corrected
            update(c, "update case_status_change set changed_at = ?::date + time '15:00' where id = (select max(id)"
                    + " from case_status_change where case_id = ?)", day.toString(), id);
        } else if (kind < 71) { // a status change deleted
            update(c, "delete from case_status_change where id = (select min(id) from case_status_change where case_id = ?)", id);
        } else if (kind < 74) { // the retention purge blanks columns no report reads
            update(c, "update case_file set closure_note = null, consent_date = null, updated_by = 'purge' where id = ?", id);
        } else if (kind < 77) { // a case deleted with its history
            update(c, "delete from case_status_change where case_id = ?", id);
            update(c, "delete from case_file where id = ?", id);
            update(c, "delete from stat_record where case_pseudonym = ?", pseudonym(id));
            cases.remove(id);
        } else if (kind < 80) { // consent withdrawn: the case's statistics go (tombstone), the case stays
            update(c, "delete from stat_record where case_pseudonym = ?", pseudonym(id));
        } else if (kind < 90) { // a movement, sometimes a correction of one (a new version of the same record)
            record(c, id, "MOVEMENT", day, null, MOVES[RANDOM.nextInt(3)]);
        } else { // several steps of several cases in one statement (a bulk load)
            update(c, "insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                    + " select ? + row_number() over (), gen_random_uuid(), id, status, 'IN_PROCESSING',"
                    + " ?::date + time '08:00', 'bulk' from case_file where id % 7 = ?", nextChange, day.toString(),
                    (long) RANDOM.nextInt(7));
            nextChange += 10_000;
        }
    }

    private void register(Connection c, int howMany) throws SQLException {
        LocalDate opened = LocalDate.of(2025, 1, 1).plusDays(RANDOM.nextInt(600));
        long first = nextCase;
        nextCase += howMany;
        update(c, "insert into case_file (id, uuid, number, mission_id, case_type, status, household_id, principal_id,"
                + " assigned_to, opened_on, created_at, updated_at) select n, gen_random_uuid(), 'N' || n, ?, ?, 'OPEN', 1, 1, ?,"
                + " ?::date, now(), now() from generate_series(?::bigint, ?::bigint) n", RANDOM.nextBoolean() ? 101L : 102L,
                TYPES[RANDOM.nextInt(4)], RANDOM.nextInt(3) == 0 ? null : 901L, opened.toString(), first, first + howMany - 1);
        update(c, "insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                + " select ? + n, gen_random_uuid(), n, null, 'OPEN', ?::date + time '09:00', 'cw'"
                + " from generate_series(?::bigint, ?::bigint) n", nextChange - first, opened.toString(), first, first + howMany - 1);
        nextChange += howMany;
        for (long id = first; id < first + howMany; id++) {
            cases.add(id);
            record(c, id, "REGISTRATION", opened, "OPEN", null);
        }
    }

    /** A statistical record as the outbox writes it: a new one, or (one in three) a new version of the case's latest. */
    private void record(Connection c, long caseId, String eventType, LocalDate day, String status, String programme)
            throws SQLException {
        boolean correction = RANDOM.nextInt(3) == 0 && nextRecord > 1;
        String recordId = "R" + (correction ? caseId : nextRecord++);
        // persons shared by several cases, whose age band and nationality differ between their records
        update(c, "insert into stat_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,"
                + " person_pseudonym, sex, age_band, nationality, origin_country, destination_country, status, programme_code)"
                + " select ?, ?, m.code, f.case_type, ?, date_trunc('month', ?::date)::date, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + " from case_file f join mission m on m.id = f.mission_id where f.id = ?"
                + " on conflict (record_id) do update set version = excluded.version, event_type = excluded.event_type,"
                + " event_month = excluded.event_month, sex = excluded.sex, status = excluded.status,"
                + " person_pseudonym = excluded.person_pseudonym, age_band = excluded.age_band, nationality = excluded.nationality,"
                + " programme_code = excluded.programme_code where stat_record.version < excluded.version",
                recordId, nextVersion++, eventType, day.toString(), pseudonym(caseId),
                RANDOM.nextInt(10) == 0 ? null : pseudonym(1_000_000 + caseId % 23), SEXES[RANDOM.nextInt(3)],
                AGE_BANDS[RANDOM.nextInt(3)], COUNTRIES[RANDOM.nextInt(4)], COUNTRIES[RANDOM.nextInt(4)],
                COUNTRIES[RANDOM.nextInt(4)], status, programme, caseId);
    }

    private static String pseudonym(long caseId) {
        return String.format("%032d", caseId);
    }

    /** The totals as kept equal the rebuild's (a rebuild run in a transaction rolled back, so the kept ones go on). */
    private static void assertTotalsAreTheirRebuild(Connection c, String when) throws SQLException {
        // a cell's rows summed: the triggers insert changes, the rebuild one row per cell
        String[] tables = {"(select mission, case_type, event_type, event_month, programme_code, status, sex, age_band,"
                + " nationality, origin_country, destination_country, household_size_band, sum(records) from stat_total"
                + " group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 having sum(records) <> 0) t",
                "(select mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason, sum(cases)"
                        + " from case_total group by 1, 2, 3, 4, 5, 6, 7 having sum(cases) <> 0) t",
                "(select mission_id, case_type, to_status, changed_on, days, sum(changes) from case_milestone_total"
                        + " group by 1, 2, 3, 4, 5 having sum(changes) <> 0) t", "case_status_now",
                DISTINCT_CELLS, "(select * from stat_distinct_unit where entries <> '{}') t"};
        List<Map<String, Integer>> kept = new ArrayList<>();
        for (String table : tables) {
            kept.add(rows(c, "select * from " + table));
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("select rebuild_report_totals()");
            for (int i = 0; i < tables.length; i++) {
                Map<String, Integer> rebuilt = rows(c, "select * from " + tables[i]);
                assertTrue(rebuilt.size() > 3, tables[i] + " has rows " + when);
                assertEquals(rebuilt, kept.get(i), tables[i] + " " + when);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** Every caseload report and the events reports, by each dimension and over three periods, as counted over the source rows. */
    private static void assertReportsCountTheSource(Connection c, String when) throws SQLException {
        ReportQueries queries = new ReportQueries(database.dataSource());
        List<String> missions = List.of("TZA", "UGA");
        for (Period period : List.of(Period.parse("2025", null, null), Period.parse(null, "2025-03-17", "2026-02-03"),
                Period.parse("2026-Q1", null, null))) {
            for (ReportDefinition report : ReportDefinition.values()) {
                for (String by : report.dimensions()) {
                    String what = report.id() + " by " + by + " over " + period.label() + " " + when;
                    List<String> trafficking = List.of("UGA");
                    ReportQueries.Figures figures = queries.figures(report, ReportSql.Store.MISSION, by, Map.of(), missions,
                            trafficking, period);
                    assertEquals(SourceCounts.of(c, report, by, Map.of(), missions, trafficking, period), cells(figures.rows()), what);
                    if (report.kind() == ReportDefinition.Kind.STATISTICS) {
                        assertEquals(SourceCounts.of(c, report, null, Map.of(), missions, trafficking, period),
                                cells(figures.totals()), "totals of " + what);
                        // filtered on another dimension: its most frequent value, and one no record has
                        String other = report.dimensions().get(report.dimensions().indexOf(by) == 0 ? 1 : 0);
                        for (String value : List.of(SourceCounts.mostFrequent(c, report, other), "NONE")) {
                            Map<String, String> filter = Map.of(other, value);
                            ReportQueries.Figures filtered = queries.figures(report, ReportSql.Store.MISSION, by, filter,
                                    missions, trafficking, period);
                            assertEquals(SourceCounts.of(c, report, by, filter, missions, trafficking, period),
                                    cells(filtered.rows()), what + " where " + filter);
                            assertEquals(SourceCounts.of(c, report, null, filter, missions, trafficking, period),
                                    cells(filtered.totals()), "totals of " + what + " where " + filter);
                        }
                    }
                }
            }
        }
    }

    private static Map<String, Long> cells(List<ReportQueries.Count> counts) {
        Map<String, Long> cells = new TreeMap<>();
        counts.forEach(count -> cells.put(count.mission() + "|" + count.value(), count.count()));
        return cells;
    }

    /** Each row as text → how many times it occurs. */
    private static Map<String, Integer> rows(Connection c, String sql) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.merge(row.toString(), 1, Integer::sum);
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
            s.executeUpdate();
        }
    }
}
