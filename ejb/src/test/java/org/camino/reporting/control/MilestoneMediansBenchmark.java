package org.camino.reporting.control;

import org.camino.platform.control.MigratedDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * caseload-milestones before and after the medians moved to Java, on one database: a histogram
 * ({@code case_milestone_total}) shaped like the reports benchmark's at 120,000 cases (10,000 cases' steps over
 * 2019–2026, each cell 12 times, as its copies share their dates: about 15,000 cells), in a throw-away PostgreSQL
 * without fsync. First the figures of both are compared (every breakdown, filtered on each value of the other
 * dimension, three periods, with the missions' totals), then EXPLAIN ANALYZE of both texts, then the two run in
 * turns through JDBC (the report as the API gets it: rows and totals). Not a test: run it by name,
 * {@code -Dtest=MilestoneMediansBenchmark}; bench.cases, bench.rounds and bench.seconds bound it.
 */
class MilestoneMediansBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 10_000);
    private static final int COPIES = 12;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 300);
    private static final long SECONDS = Long.getLong("bench.seconds", 120);
    private static final ReportDefinition REPORT = ReportDefinition.CASELOAD_MILESTONES;
    private static final List<String> MISSIONS = List.of("KEN");
    /** Each case type's statuses after the first, in workflow order (a case goes some way along). */
    private static final Map<String, List<String>> WORKFLOWS = Map.of(
            "RST", List.of("IN_PROCESSING", "SUBMITTED", "ACCEPTED", "DEPARTED", "ARRIVED"),
            "AVR", List.of("ELIGIBLE", "TRAVEL_PLANNED", "RETURNED", "REINTEGRATION", "COMPLETED"),
            "MHA", List.of("SCHEDULED", "ASSESSED", "CLEARED"),
            "CTA", List.of("ASSISTED", "SUPPORT_ACTIVE", "FOLLOW_UP"));

    @Test
    void beforeAndAfter() throws Exception {
        try (MigratedDatabase database = MigratedDatabase.start("camino-medians-bench", Map.of(
                "fsync", "off", "synchronous_commit", "off", "shared_buffers", "512MB"));
             Connection db = database.dataSource().getConnection()) {
            line("Machine: %d cores, %s; Java %s; PostgreSQL %s (collation %s), fsync off; load (uptime) %s",
                    Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                    text(db, "show server_version"), text(db, "select datcollate from pg_database where datname = current_database()"),
                    load());
            fill(db);
            ReportQueries queries = new ReportQueries(oneConnection(db));
            LocalDate from = LocalDate.of(2019, 1, 1);
            LocalDate to = LocalDate.of(2026, 12, 31);
            int compared = 0;
            for (Period period : List.of(new Period("all", from, to), Period.parse("2024", null, null),
                    Period.parse("2025-Q3", null, null))) {
                for (String by : REPORT.dimensions()) {
                    String other = by.equals("status") ? "caseType" : "status";
                    List<Map<String, String>> filters = new ArrayList<>(List.of(Map.of()));
                    for (String value : values(db, other)) {
                        filters.add(Map.of(other, value));
                    }
                    for (Map<String, String> filter : filters) {
                        assertEquals(before(db, by, filter, period), queries.figures(REPORT, ReportSql.Store.MISSION, by,
                                filter, MISSIONS, MISSIONS, period), "by " + by + " where " + filter + " over " + period);
                        compared++;
                    }
                }
            }
            line("Figures equal before and after: %d reports (breakdown and totals), by each dimension, filtered, 3 periods", compared);
            Period all = new Period("all", from, to);
            String previous = previousSql("status", List.of(), true);
            String now = ReportSql.milestoneHistograms(REPORT, "status", List.of(), all);
            explain(db, "before", previous, all);
            explain(db, "after", now, all);
            line("");
            line("Server time (EXPLAIN ANALYZE's execution time, median of 25 each, in turns): before %.2f ms, after %.2f ms",
                    executionTimes(db, previous, all, 25), executionTimes(db, now, all, 25));
            time(db, queries, all);
            // the driver prepares a statement on the server from its 5th run: PostgreSQL may then plan it once for
            // any parameters (a generic plan), blind to the period's dates
            try (Statement s = db.createStatement()) {
                s.execute("set plan_cache_mode = force_custom_plan");
            }
            line("");
            line("Again, each run planned for its parameters (plan_cache_mode = force_custom_plan):");
            time(db, queries, all);
            line("Load (uptime) after: %s", load());
        }
    }

    private void fill(Connection db) throws SQLException {
        SplittableRandom random = new SplittableRandom(2026);
        Map<String, Long> cells = new HashMap<>(); // type|status|changed on|days → steps of the seed cases
        String[] types = {"RST", "AVR", "MHA", "CTA"};
        int span = (int) (LocalDate.of(2026, 11, 30).toEpochDay() - LocalDate.of(2019, 1, 1).toEpochDay());
        for (int i = 0; i < CASES; i++) {
            String type = types[random.nextInt(types.length)];
            LocalDate opened = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(span));
            LocalDate on = opened;
            List<String> workflow = WORKFLOWS.get(type);
            int steps = random.nextInt(workflow.size() + 1);
            for (int k = 0; k < steps; k++) {
                on = on.plusDays(random.nextInt(1 + random.nextInt(200))); // mostly short waits, some long
                cells.merge(type + "|" + workflow.get(k) + "|" + on + "|" + (on.toEpochDay() - opened.toEpochDay()), 1L, Long::sum);
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into mission (id, code, name, country) values (1, 'KEN', 'Kenya', 'KEN') on conflict do nothing");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into case_milestone_total (mission_id, case_type,"
                + " to_status, changed_on, days, changes) values ((select id from mission where code = 'KEN'), ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Long> cell : cells.entrySet()) {
                String[] key = cell.getKey().split("\\|");
                insert.setString(1, key[0]);
                insert.setString(2, key[1]);
                insert.setDate(3, Date.valueOf(key[2]));
                insert.setInt(4, Integer.parseInt(key[3]));
                insert.setLong(5, cell.getValue() * COPIES);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze case_milestone_total");
        }
        line("Filled: %,d cases' steps (x%d), %,d histogram rows", CASES, COPIES, cells.size());
    }

    /** The SQL of caseload-milestones before this change (ReportSql.medianDays of commit c851751), filters on caseType or status. */
    private static String previousSql(String by, List<String> filters, boolean totals) {
        StringBuilder sql = new StringBuilder("with p as (select ?::date as f, ?::date as t), h as (select m.code as mission, ")
                .append(by == null ? "''" : "coalesce(" + REPORT.column(by) + ", 'UNKNOWN')").append(" as value, s.days, sum(s.changes) as n")
                .append(" from p cross join case_milestone_total s join mission m on m.id = s.mission_id")
                .append(" where m.code = any(?) and (s.case_type <> 'CTA' or m.code = any(?)) and (s.changed_on between p.f and p.t)");
        for (String filter : filters) {
            sql.append(" and coalesce(").append(REPORT.column(filter)).append(", 'UNKNOWN') = ?");
        }
        sql.append(totals ? " group by grouping sets ((1, 2, 3), (1, 3))" : " group by 1, 2, 3").append(" having sum(s.changes) > 0)")
                .append(", r as (select mission, value, days, n, sum(n) over (partition by mission, value order by days) - n as below,")
                .append(" sum(n) over (partition by mission, value) as total from h)")
                .append(" select mission, value, round((min(days) filter (where below <= div(total - 1, 2) and div(total - 1, 2) < below + n)")
                .append(" + min(days) filter (where below <= div(total, 2) and div(total, 2) < below + n)) / 2.0) as counted")
                .append(" from r group by mission, value order by 1, 2");
        return sql.toString();
    }

    /** The report's figures as the previous SQL gave them: its rows, its totals (value null → ""). */
    private static ReportQueries.Figures before(Connection db, String by, Map<String, String> filters, Period period)
            throws SQLException {
        List<ReportQueries.Count> rows = new ArrayList<>();
        List<ReportQueries.Count> totals = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(previousSql(by, List.copyOf(filters.keySet()), true))) {
            bind(db, s, period, filters.values().toArray(new String[0]));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        totals.add(new ReportQueries.Count(rs.getString(1), "", rs.getLong(3)));
                    } else {
                        rows.add(new ReportQueries.Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
        return new ReportQueries.Figures(rows, totals);
    }

    private static void explain(Connection db, String label, String sql, Period period) throws SQLException {
        line("");
        line("%s (by status, with the totals), EXPLAIN (ANALYZE, BUFFERS):", label);
        line("```");
        try (PreparedStatement s = db.prepareStatement("explain (analyze, buffers) " + sql)) {
            bind(db, s, period);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    line("%s", rs.getString(1));
                }
            }
        }
        line("```");
    }

    /** The median of {@code runs} EXPLAIN ANALYZE execution times (ms, without timing each node: less overhead). */
    private static double executionTimes(Connection db, String sql, Period period, int runs) throws SQLException {
        double[] times = new double[runs];
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L / 4;
        int done = 0;
        try (PreparedStatement s = db.prepareStatement("explain (analyze, timing off, format json) " + sql)) {
            bind(db, s, period);
            for (; done < runs && System.nanoTime() < deadline; done++) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    String json = rs.getString(1);
                    int at = json.indexOf("\"Execution Time\": ") + "\"Execution Time\": ".length();
                    times[done] = Double.parseDouble(json.substring(at, json.indexOf('\n', at)).replace(",", "").trim());
                }
            }
        }
        double[] measured = Arrays.copyOf(times, done);
        Arrays.sort(measured);
        return measured[done / 2];
    }

    /** Before and after in turns, each run as the API runs the report (rows and totals to Java); bounded in rounds and time. */
    private static void time(Connection db, ReportQueries queries, Period period) throws SQLException {
        for (int warm = 0; warm < 10; warm++) {
            before(db, "status", Map.of(), period);
            queries.figures(REPORT, ReportSql.Store.MISSION, "status", Map.of(), MISSIONS, MISSIONS, period);
        }
        double[] before = new double[ROUNDS];
        double[] after = new double[ROUNDS];
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int n = 0;
        for (; n < ROUNDS && System.nanoTime() < deadline; n++) {
            long started = System.nanoTime();
            before(db, "status", Map.of(), period);
            before[n] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            queries.figures(REPORT, ReportSql.Store.MISSION, "status", Map.of(), MISSIONS, MISSIONS, period);
            after[n] = (System.nanoTime() - started) / 1e6;
        }
        double[] b = Arrays.copyOf(before, n);
        double[] a = Arrays.copyOf(after, n);
        Arrays.sort(b);
        Arrays.sort(a);
        line("");
        line("Through JDBC, by status with the totals, %d runs each in turns (ms): before p50 %.2f p95 %.2f mean %.2f;"
                        + " after p50 %.2f p95 %.2f mean %.2f; before / after: p50 %.1fx, mean %.1fx", n,
                b[n / 2], b[(int) (n * 0.95)], mean(b), a[n / 2], a[(int) (n * 0.95)], mean(a), b[n / 2] / a[n / 2],
                mean(b) / mean(a));
    }

    /** The parameters of the text before (dates, missions, filters) or after (missions, filters: the dates in the text). */
    private static void bind(Connection db, PreparedStatement s, Period period, String... filterValues) throws SQLException {
        int i = 1;
        if (s.getParameterMetaData().getParameterCount() == 4 + filterValues.length) {
            s.setDate(i++, Date.valueOf(period.from()));
            s.setDate(i++, Date.valueOf(period.to()));
        }
        s.setArray(i++, db.createArrayOf("varchar", MISSIONS.toArray()));
        s.setArray(i++, db.createArrayOf("varchar", MISSIONS.toArray()));
        for (String value : filterValues) {
            s.setString(i++, value);
        }
    }

    private static List<String> values(Connection db, String dimension) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select distinct " + REPORT.column(dimension)
                + " from case_milestone_total s order by 1")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** A data source handing out {@code db} (its close ignored): as from the server's pool, no connection made per report. */
    private static DataSource oneConnection(Connection db) {
        Connection kept = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : invoke(method, db, args));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? kept : null);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void line(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
