package org.camino.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.camino.devserver.CaminoServer;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mission report figures of docs/benchmarks.md (issue 14), against a Camino
 * of its own (node role "both"). See bench/reports/run.sh for what it measures
 * and its options.
 */
public final class ReportBenchmark {

    private static final String PASSWORD = "camino-demo-2026";
    private static final String MISSION = "KEN";

    private final long cases = Long.getLong("bench.cases", 1_000_000L);
    private final int seedCases = Integer.getInteger("bench.seedCases", 25_000);
    private final long hqRecords = Long.getLong("bench.hqRecords", 10_000_000L);
    private final int warmup = Integer.getInteger("bench.warmup", 20);
    private final int samples = Integer.getInteger("bench.samples", 100);
    private final Duration reportCap = Duration.ofSeconds(Integer.getInteger("bench.reportSeconds", 90));
    private final Duration budget = Duration.ofMinutes(Integer.getInteger("bench.minutes", 60));
    private final LocalDate from = LocalDate.parse(System.getProperty("bench.from", "2019-01-01"));
    private final LocalDate to = LocalDate.parse(System.getProperty("bench.to", "2026-12-31"));
    private final StringBuilder report = new StringBuilder();

    private Http http;
    private Connection db;
    private long started;

    /** A report as the benchmark runs it: through the API and as the plain GROUP BY beside it. */
    private record Measured(String id, String source, Stats api, Stats sql, long counted) {
    }

    public static void main(String[] args) throws Exception {
        new ReportBenchmark().run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path work = root.resolve("bench/reports/target");
        int portOffset = Integer.getInteger("bench.portOffset", 3900);
        line("# Report benchmark, %s", LocalDateTime.now().withNano(0));
        line("");
        line("Machine: %s", Machine.describe());
        line("Embedded PostgreSQL of a throw-away database: **fsync off**, synchronous_commit off.");
        // from a copy of ear/target, so that a build of this checkout meanwhile (its tests) cannot touch the server
        Path build = LoadBenchmark.copyOfBuild(root, work);
        try (CaminoServer server = BenchServer.start(root, build, work, portOffset, java.util.Map.of(), false)) {
            started = System.nanoTime();
            http = new Http(server.baseUrl());
            db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
            try (Statement sql = db.createStatement()) {
                sql.execute("set search_path to camino");
            }
            List<Measured> results = new ArrayList<>();
            if (cases > 0) {
                fillMission();
                results.addAll(missionReports());
                plans();
                totals();
            }
            if (hqRecords > 0) {
                results.add(hqReturns());
            }
            table(results);
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println("\nResults written to " + work.resolve("results.md"));
        }
    }

    /**
     * Mission KEN with {@code bench.cases} cases: {@code bench.seedCases} made by the product's synthetic generator
     * (service layer: cases, status histories, movements and the statistical records the outbox keeps in
     * stat_record), then copied in SQL with new ids, uuids, numbers and pseudonyms (same codes and dates) until the
     * mission holds {@code bench.cases}. A manager of KEN who is also its counter-trafficking officer, so that the
     * catalogue lists every mission report.
     */
    private void fillMission() throws Exception {
        line("");
        line("## Mission %s with %,d cases", MISSION, cases);
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    insert into app_user (id, username, display_name, password_hash, must_change_password)
                    select 1000001, 'bench.manager', 'Benchmark: manager and CT officer of KEN', password_hash, false
                      from app_user where username = 'manager'""");
            sql.executeUpdate("insert into user_role (id, user_id, role_code, mission_id) select 1000000 + r, 1000001, role,"
                    + " m.id from mission m, (values (1, 'MISSION_MANAGER'), (2, 'CT_OFFICER')) as roles(r, role)"
                    + " where m.code = '" + MISSION + "'");
        }
        String admin = http.token("admin", PASSWORD);
        long t = System.nanoTime();
        for (int done = 0; done < seedCases; done += 10_000) {
            checkBudget();
            HttpResponse<String> made = http.post("/api/admin/synthetic", admin, "{\"count\":" + Math.min(10_000, seedCases - done)
                    + ",\"seed\":" + (done + 1) + ",\"mission\":\"" + MISSION + "\"}", Duration.ofMinutes(15));
            if (made.statusCode() != 201) {
                throw new IllegalStateException("synthetic cases: " + made.statusCode() + " " + made.body());
            }
        }
        long seed = scalar("select count(*) from case_file c join mission m on m.id = c.mission_id where m.code = '" + MISSION + "'");
        line("Seed: %,d cases of %s (the demo's and %,d synthetic ones, POST /api/admin/synthetic) in %.0f s;"
                + " %,d status changes, %,d statistical records", seed, MISSION, seedCases, (System.nanoTime() - t) / 1e9,
                scalar("select count(*) from case_status_change s join case_file c on c.id = s.case_id"),
                scalar("select count(*) from stat_record where mission = '" + MISSION + "'"));
        waitForOutbox();
        t = System.nanoTime();
        MissionCopies.fill(db, MISSION, seed, cases, () -> {
            checkBudget();
            return true;
        });
        // the server's timer compacts the report totals every minute; once more here so every run starts alike
        long deltas = scalar("select count(*) from stat_total") + scalar("select count(*) from case_total")
                + scalar("select count(*) from case_milestone_total") + scalar("select count(*) from stat_distinct_total");
        long compaction = System.nanoTime();
        execute("select compact_report_totals()");
        line("Report totals compacted: %,d rows of changes to %,d in %.1f s", deltas, scalar("select count(*) from stat_total")
                + scalar("select count(*) from case_total") + scalar("select count(*) from case_milestone_total")
                + scalar("select count(*) from stat_distinct_total"),
                (System.nanoTime() - compaction) / 1e9);
        try (Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze case_file");
            sql.execute("vacuum analyze case_status_change");
            sql.execute("vacuum analyze stat_record");
            for (String table : new String[] {"stat_total", "case_total", "case_milestone_total", "case_status_now",
                    "stat_distinct_total", "stat_distinct_unit"}) {
                sql.execute("vacuum analyze " + table);
            }
        }
        line("Copied to %,d cases in %s (%,d status changes, %,d statistical records) in %.0f s, then VACUUM ANALYZE",
                scalar("select count(*) from case_file c join mission m on m.id = c.mission_id where m.code = '" + MISSION + "'"),
                MISSION, scalar("select count(*) from case_status_change"),
                scalar("select count(*) from stat_record where mission = '" + MISSION + "'"), (System.nanoTime() - t) / 1e9);
        line("Load (uptime) after filling: %s", Machine.load());
    }

    /** The node pushes the seed's records to its own HQ: let it finish before measuring (at most 5 minutes). */
    private void waitForOutbox() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (scalar("select count(*) from cdr_outbox where sent_at is null") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
    }

    /** Every report of the catalogue of bench.manager, for KEN over {@code bench.from}..{@code bench.to}. */
    private List<Measured> missionReports() throws Exception {
        String manager = http.token("bench.manager", PASSWORD);
        JsonObject catalogue = json(http.get("/api/reports", manager).body());
        List<String> ids = catalogue.getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("id")).toList();
        line("");
        line("## Mission reports: %d in the catalogue of bench.manager, %s over %s..%s (every case and record)",
                ids.size(), MISSION, from, to);
        line("Load (uptime) before: %s", Machine.load());
        List<Measured> results = new ArrayList<>();
        for (String id : ids) {
            checkBudget();
            String path = "/api/reports/" + id + "?from=" + from + "&to=" + to + "&mission=" + MISSION;
            results.add(measure(id, "mission", path, manager, PlainReportSql.forMission(id), List.of(MISSION), from, to));
        }
        line("Load (uptime) after: %s", Machine.load());
        return results;
    }

    /**
     * The report totals (V34) on the filled database: their size, what their triggers add to a registration and a
     * status change, and their rebuild from the source tables (its time, and that it gives the totals the triggers
     * kept through the fill).
     */
    private void totals() throws Exception {
        checkBudget();
        line("");
        line("## Report totals (V34, V40)");
        for (String table : new String[] {"stat_total", "case_total", "case_milestone_total", "case_status_now",
                "stat_distinct_total", "stat_distinct_unit"}) {
            line("- %s: %,d rows, %,d kB with indexes", table, scalar("select count(*) from " + table),
                    scalar("select pg_total_relation_size('" + table + "') / 1024"));
        }
        int rounds = Integer.getInteger("bench.costRounds", 6);
        int perBlock = Integer.getInteger("bench.costBlock", 200);
        line("Load (uptime) before the write cost: %s", Machine.load());
        TotalsWriteCost.Cost cost = new TotalsWriteCost(db).measure(MISSION, rounds, perBlock);
        line("- a registration's rows (case, first status change, one statistical record; one transaction): every trigger %s;"
                + " V34's only %s; none %s", cost.registrationOn(), cost.registrationV34(), cost.registrationOff());
        line("- a status change's rows (change, case's status, one statistical record; one transaction): every trigger %s;"
                + " V34's only %s; none %s", cost.changeOn(), cost.changeV34(), cost.changeOff());
        line("- differences of the medians: registration %+.3f ms for all, of which V40's distinct counts %+.3f ms;"
                + " status change %+.3f ms, of which V40's %+.3f ms (%d rounds of 3 blocks of %d, rotating)",
                cost.registrationOn().p50() - cost.registrationOff().p50(),
                cost.registrationOn().p50() - cost.registrationV34().p50(), cost.changeOn().p50() - cost.changeOff().p50(),
                cost.changeOn().p50() - cost.changeV34().p50(), rounds, perBlock);
        TotalsWriteCost.Mix mix = new TotalsWriteCost(db).recordMix(MISSION, rounds, perBlock);
        line("- one statistical record alone (one transaction), a random sample of %d of the mission's records (their mix"
                + " of case types and events; %.0f %% of them counted by V40), copied into the current month: every trigger"
                + " %s, mean %.3f ms; V34's only %s, mean %.3f ms; none %s, mean %.3f ms", perBlock, mix.counted() * 100,
                mix.all(), mix.meanAll(), mix.v34(), mix.meanV34(), mix.none(), mix.meanNone());
        line("- per record on average: V40 %+.3f ms (p50 %+.3f), V34 %+.3f ms (p50 %+.3f)", mix.meanAll() - mix.meanV34(),
                mix.all().p50() - mix.v34().p50(), mix.meanV34() - mix.meanNone(), mix.v34().p50() - mix.none().p50());
        // table, its cell's columns (the count's last), how many: each cell's rows summed, as the reports read them
        String[][] keys = {{"stat_total", "mission, case_type, event_type, event_month, programme_code, status, sex, age_band,"
                + " nationality, origin_country, destination_country, household_size_band", "records", "12"},
                {"case_total", "mission_id, case_type, status, assigned_to, opened_on, closed_on, closure_reason", "cases", "7"},
                {"case_milestone_total", "mission_id, case_type, to_status, changed_on, days", "changes", "5"},
                {"case_status_now", null, null, null},
                {"stat_distinct_total", "mission, case_type, status, sex, age_band, nationality, event_month, previous_month",
                        "units", "8"},
                {"stat_distinct_unit", null, null, null}};
        for (String[] key : keys) {
            execute("create table bench_kept_" + key[0] + " as " + cells(key));
        }
        long t = System.nanoTime();
        execute("select rebuild_report_totals()");
        line("- rebuild_report_totals() over the whole database: %.1f s", (System.nanoTime() - t) / 1e9);
        for (String[] key : keys) {
            long differ = scalar("select count(*) from ((select * from bench_kept_" + key[0] + " except all " + cells(key)
                    + ") union all (" + cells(key) + " except all select * from bench_kept_" + key[0] + ")) d");
            line("- %s: %,d rows differ between the totals the triggers kept and the rebuild's", key[0], differ);
            execute("drop table bench_kept_" + key[0]);
        }
        line("Load (uptime) after: %s", Machine.load());
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the two caseload reports whose time was not explained (ReportPlans). */
    private void plans() throws Exception {
        checkBudget();
        line("");
        line("## Plans (EXPLAIN ANALYZE, BUFFERS) on the filled database, load %s", Machine.load());
        for (String[] report : new String[][] {{"caseload-milestones by status", ReportPlans.MILESTONES},
                {"caseload-overdue by status", ReportPlans.OVERDUE}}) {
            line("");
            line("%s:", report[0]);
            line("```");
            ReportPlans.explain(db, report[1], MISSION, from, to).forEach(l -> line("%s", l));
            line("```");
        }
    }

    private static String cells(String[] key) {
        if (key[1] == null) {
            // a unit whose records were all removed keeps an empty row until the compaction: the rebuild makes none
            return "select * from " + key[0] + (key[0].equals("stat_distinct_unit") ? " where entries <> '{}'" : "");
        }
        StringBuilder groups = new StringBuilder("1");
        for (int i = 2; i <= Integer.parseInt(key[3]); i++) {
            groups.append(", ").append(i);
        }
        return "select " + key[1] + ", sum(" + key[2] + ") from " + key[0] + " group by " + groups
                + " having sum(" + key[2] + ") <> 0";
    }

    /** HQ: the monthly returns report (avrr-returns by month) over {@code bench.hqRecords} records of 2025, as the demo analyst. */
    private Measured hqReturns() throws Exception {
        long have = scalar("select count(*) from cdr_record");
        long t = System.nanoTime();
        HqStoreFill.add(db, Math.max(0, hqRecords - have));
        line("");
        line("## HQ: monthly returns over %,d records in cdr_record (HqStoreFill, as bench/publishing; %.0f s to fill"
                + " and VACUUM ANALYZE)", scalar("select count(*) from cdr_record"), (System.nanoTime() - t) / 1e9);
        // HQ's report totals (V44), kept by their triggers through the fill's bulk insert
        for (String table : new String[] {"cdr_stat_total", "cdr_stat_code_total"}) {
            line("- %s: %,d rows, %,d kB with indexes", table, scalar("select count(*) from " + table),
                    scalar("select pg_total_relation_size('" + table + "') / 1024"));
        }
        String analyst = http.token("analyst", PASSWORD);
        List<String> missions = new ArrayList<>();
        JsonObject catalogue = json(http.get("/api/reports", analyst).body());
        catalogue.getJsonArray("missions").forEach(m -> missions.add(((jakarta.json.JsonString) m).getString()));
        line("Load (uptime) before: %s", Machine.load());
        Measured hq = measure("avrr-returns", "HQ", "/api/reports/avrr-returns?period=2025", analyst,
                PlainReportSql.forHq("avrr-returns"), missions, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        line("Load (uptime) after: %s", Machine.load());
        return hq;
    }

    /**
     * {@code bench.warmup} runs (within a third of {@code bench.reportSeconds}) then {@code bench.samples} measured
     * runs (until {@code bench.reportSeconds}) of the report through the API and of its plain GROUP BY, one after the
     * other (same load for both). The first run checks that the API's rows are the plain SQL's.
     */
    private Measured measure(String id, String source, String path, String token, String sql, List<String> missions,
                             LocalDate first, LocalDate last) throws SQLException {
        HttpResponse<String> answer = http.get(path, token);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        Map<String, Long> apiRows = new TreeMap<>();
        for (JsonValue row : json(answer.body()).getJsonArray("rows")) {
            JsonObject r = row.asJsonObject();
            apiRows.put(r.getString("mission") + "|" + r.getString("value"), r.getJsonNumber("count").longValue());
        }
        Map<String, Long> sqlRows = plain(sql, missions, first, last);
        if (!apiRows.equals(sqlRows)) {
            throw new IllegalStateException(id + ": the API's rows " + apiRows + " are not the plain SQL's " + sqlRows);
        }
        long counted = sqlRows.values().stream().mapToLong(Long::longValue).sum();
        List<Double> api = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        long begun = System.nanoTime();
        long warmupCap = begun + reportCap.toNanos() / 3;
        for (int i = 0; i < warmup && System.nanoTime() < warmupCap; i++) {
            checkBudget();
            http.timeGet(path, token);
            plain(sql, missions, first, last);
        }
        long cap = begun + reportCap.toNanos();
        for (int i = 0; i < samples && System.nanoTime() < cap; i++) {
            checkBudget();
            api.add(http.timeGet(path, token));
            long t = System.nanoTime();
            plain(sql, missions, first, last);
            plain.add((System.nanoTime() - t) / 1e6);
        }
        Measured measured = new Measured(id, source, Stats.of(api), Stats.of(plain), counted);
        line("- %s (%s): API %s; plain SQL %s; %,d rows checked equal, %,d counted", id, source, measured.api(),
                measured.sql(), sqlRows.size(), counted);
        return measured;
    }

    /** The plain GROUP BY's rows (mission|value → count); parameters: missions, first day, last day. */
    private Map<String, Long> plain(String sql, List<String> missions, LocalDate first, LocalDate last) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            Array codes = db.createArrayOf("varchar", missions.toArray());
            s.setArray(1, codes);
            s.setDate(2, Date.valueOf(first));
            s.setDate(3, Date.valueOf(last));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return rows;
    }

    private void table(List<Measured> results) {
        line("");
        line("| report | reads | API p50 | API p95 | API p99 | plain SQL p50 | plain SQL p95 | API / SQL (p50) | bar |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---|");
        for (Measured m : results) {
            boolean hq = m.source().equals("HQ");
            double bar = hq ? 3000 : 300;
            line("| %s (%s) | %,d counted | %s | **%s** | %s | %s | %s | %.1fx | < %,.0f ms: %s (n=%d) |", m.id(), m.source(),
                    m.counted(), Stats.ms(m.api().p50()), Stats.ms(m.api().p95()), Stats.ms(m.api().p99()),
                    Stats.ms(m.sql().p50()), Stats.ms(m.sql().p95()), m.api().p50() / m.sql().p50(), bar,
                    m.api().p95() < bar ? "met" : "**NOT met**", m.api().n());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private void checkBudget() {
        if (System.nanoTime() - started > budget.toNanos()) {
            throw new IllegalStateException("over the time budget of " + budget + " (bench.minutes)");
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
