package org.camino.bench;

import org.camino.devserver.CaminoServer;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The "Case records" and case-list figures of docs/benchmarks.md, against a
 * Camino of its own. See run.sh for what it measures and its options.
 */
public final class CaseRecordsBenchmark {

    /** The demo accounts' password; bench.hq gets the same. */
    static final String PASSWORD = "camino-demo-2026";
    /** Tables a registration writes, audit tables included. */
    private static final List<String> CASE_TABLES = List.of("person", "household", "household_member", "case_file",
            "case_status_change", "movement", "revinfo", "person_aud", "household_aud", "household_member_aud",
            "case_file_aud", "movement_aud");
    /** Missions a benchmark adds to the four demo ones, so that scopes are realistic (code, country). */
    private static final List<String[]> EXTRA_MISSIONS = List.of(new String[]{"TUR", "TUR"}, new String[]{"LBY", "LBY"},
            new String[]{"DJI", "DJI"}, new String[]{"UGA", "UGA"}, new String[]{"MAR", "MAR"},
            new String[]{"PAK", "PAK"}, new String[]{"BGD", "BGD"}, new String[]{"ETH", "ETH"});

    private final int measuredCases = Integer.getInteger("bench.cases", 100_000);
    private final int totalCases = Integer.getInteger("bench.total", 1_000_000);
    private final Duration fillBudget = Duration.ofMinutes(Integer.getInteger("bench.fillMinutes", 15));
    private final int samples = Integer.getInteger("bench.samples", 200);
    /**
     * Cases created before the measured ones. On 2 cores WildFly's JIT keeps improving the creation path for a
     * long while: CPU per case still fell by a fifth between 40,000 and 300,000 cases. A server that has run for
     * a day is the state worth measuring.
     */
    private final int warmupCases = Integer.getInteger("bench.warmup", 150_000);
    /**
     * Another build's camino.ear (e.g. main's, built before a change): the name searches are measured with the
     * build under test, then with this one, then with the build under test again, on the same database.
     */
    private final String baselineEar = System.getProperty("bench.baselineEar");
    private static final int WARMUP_STEP = 50_000;
    private final Report report = new Report();

    private CaminoServer server;
    private Path builtEar;
    private Path serverBase;
    private Path pgData;
    private Http http;
    private Connection db;
    private String admin;
    private long seed = 1;

    public static void main(String[] args) throws Exception {
        new CaseRecordsBenchmark().run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path build = root.resolve("ear/target");
        Path wildfly;
        try (Stream<Path> dirs = Files.list(build)) {
            wildfly = dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No WildFly in " + build + ": run ./mvnw package -pl ear -am first"));
        }
        Path work = root.resolve("bench/cases/target");
        int portOffset = Integer.getInteger("bench.portOffset", 3000);
        serverBase = work.resolve("bench-server");
        pgData = work.resolve("bench-home/pgdata");
        CaminoServer.Options options = new CaminoServer.Options(wildfly, root.resolve("ear"), build,
                work.resolve("bench-home"), work.resolve("bench-server"), 0, portOffset, true, true, false,
                Map.of("JAVA_OPTS", "-Xms2g -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
                        + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"));
        report.line("# Case records benchmark, %s", LocalDateTime.now().withNano(0));
        report.line("");
        // a copy: a build of this checkout during the run must not change the build measured
        Files.createDirectories(work);
        builtEar = Files.copy(build.resolve("camino.ear"), work.resolve("camino-under-test.ear"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        report.line("Machine: %s", Machine.describe());
        try (CaminoServer server = CaminoServer.start(options)) {
            this.server = server;
            // Ctrl-C or a kill still stops WildFly and PostgreSQL
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-shutdown"));
            http = new Http(server.baseUrl());
            db = connect();
            SearchStatements.install(db, () -> {
                server.stopDatabase();
                server.restartDatabase();
            });
            db.close();
            db = connect();
            setUp();
            if (measuredCases > 0) {
                creation();
            }
            fill();
            http = new NameSearchRounds(server, serverBase, http, db, report, samples).measure(builtEar, baselineEar);
            caseList();
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report.text());
            System.out.println("\nResults written to " + work.resolve("results.md"));
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(server.jdbcUrl() + "?reWriteBatchedInserts=true", "postgres", "postgres");
        try (Statement sql = connection.createStatement()) {
            sql.execute("set search_path to camino");
        }
        return connection;
    }

    /** More missions, and a user who reads the cases of all of them (an HQ-like scope). */
    private void setUp() throws SQLException {
        try (Statement sql = db.createStatement()) {
            long id = 1_000_000;
            for (String[] mission : EXTRA_MISSIONS) {
                sql.executeUpdate("insert into mission (id, code, name, country) values (" + (++id) + ", '" + mission[0]
                        + "', 'Benchmark mission " + mission[0] + "', '" + mission[1] + "')");
            }
            // same password as the demo accounts: copy the manager's hash
            sql.executeUpdate("""
                    insert into app_user (id, username, display_name, password_hash, must_change_password)
                    select 1000001, 'bench.hq', 'Benchmark: manager of every mission', password_hash, false
                      from app_user where username = 'manager'""");
            sql.executeUpdate("""
                    insert into user_role (id, user_id, role_code, mission_id)
                    select 1000000 + row_number() over (order by id), 1000001, 'MISSION_MANAGER', id from mission""");
        }
        admin = http.token("admin", PASSWORD);
        report.line("Missions: %d; cases seeded by demo mode: %d", Sql.scalar(db, "select count(*) from mission"),
                Sql.scalar(db, "select count(*) from case_file"));
        // in steps, so that the results show how far the JIT still was from its steady state
        List<String> rates = new ArrayList<>();
        for (int done = 0; done < warmupCases; done += WARMUP_STEP) {
            HttpResponse<String> step = generate(Math.min(WARMUP_STEP, warmupCases - done),
                    "warm-up (JIT, connection pool), not measured");
            rates.add(Http.field(step.body(), "casesPerSecond"));
        }
        report.line("Warm-up before the measurement: %,d cases, in steps of %,d at %s cases/s (not measured)", warmupCases,
                WARMUP_STEP, String.join(", ", rates));
    }

    /** a. Bulk creation through the service layer, and plain JDBC inserting as many rows. */
    private void creation() throws SQLException {
        report.line("");
        report.line("## a. Creating %,d encrypted, audited cases", measuredCases);
        long rowsBefore = rowsInCaseTables();
        double wildflyCpu = CpuTime.seconds(CpuTime.wildfly(serverBase.toString()));
        double postgresCpu = CpuTime.seconds(CpuTime.postgres(pgData));
        HttpResponse<String> response = generate(measuredCases, "measured");
        wildflyCpu = CpuTime.seconds(CpuTime.wildfly(serverBase.toString())) - wildflyCpu;
        postgresCpu = CpuTime.seconds(CpuTime.postgres(pgData)) - postgresCpu;
        long serverMillis = Long.parseLong(Http.field(response.body(), "elapsedMillis"));
        long rows = rowsInCaseTables() - rowsBefore;
        double casesPerSecond = measuredCases * 1000.0 / serverMillis;

        double baselinePostgresCpu = CpuTime.seconds(CpuTime.postgres(pgData));
        double baselineMillis = plainJdbcInsert(rows);
        baselinePostgresCpu = CpuTime.seconds(CpuTime.postgres(pgData)) - baselinePostgresCpu;
        report.line("");
        report.line("| what | rows | time | rate |");
        report.line("|---|---:|---:|---:|");
        report.line("| service layer: %,d cases (%s persons) | %,d | %.1f s | **%,.0f cases/s** (%,.0f rows/s) |",
                measuredCases, Http.field(response.body(), "persons"), rows, serverMillis / 1000.0, casesPerSecond,
                rows * 1000.0 / serverMillis);
        report.line("| baseline: plain JDBC batch insert of as many rows into a scratch table | %,d | %.1f s | %,.0f rows/s |",
                rows, baselineMillis / 1000.0, rows * 1000.0 / baselineMillis);
        report.line("");
        report.line("- Bar >= 3,000 cases/s: **%s** (%,.0f cases/s)", casesPerSecond >= 3000 ? "met" : "NOT met", casesPerSecond);
        report.line("- Service layer / plain JDBC, same number of rows: **%.1fx** the time", serverMillis / baselineMillis);
        double cpuPerCase = (wildflyCpu + postgresCpu) * 1000 / measuredCases;
        report.line("- CPU time (from /proc): WildFly %.0f s, PostgreSQL %.0f s, that is %.2f + %.2f = %.2f ms per case;"
                        + " 2 idle cores could do at most about %,.0f cases/s. Plain JDBC: PostgreSQL %.0f s (%.3f ms per row)",
                wildflyCpu, postgresCpu, wildflyCpu * 1000 / measuredCases, postgresCpu * 1000 / measuredCases, cpuPerCase,
                2000 / cpuPerCase, baselinePostgresCpu, baselinePostgresCpu * 1000 / rows);
        report.line("- Wall time / CPU time of WildFly + PostgreSQL: %.2f cores busy on average (2 = both cores fully used by Camino)",
                (wildflyCpu + postgresCpu) * 1000 / serverMillis);
    }

    /** Rows of the same count, one transaction per ~9 rows x 1000 cases, as the service does per chunk. */
    private double plainJdbcInsert(long rows) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("create table bench_scratch (id bigint primary key, uuid uuid not null unique, payload text)");
        }
        String payload = "v1:k1:" + "x".repeat(90);
        java.util.Random random = new java.util.Random(1);
        db.setAutoCommit(false);
        long started = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into bench_scratch (id, uuid, payload) values (?, ?, ?)")) {
            for (long i = 1; i <= rows; i++) {
                insert.setLong(1, i);
                insert.setObject(2, new UUID(i, random.nextLong())); // ordered, like the service's time-ordered ids
                insert.setString(3, payload);
                insert.addBatch();
                if (i % 100 == 0 || i == rows) {
                    insert.executeBatch();
                }
                if (i % 9000 == 0 || i == rows) {
                    db.commit();
                }
            }
        }
        double millis = (System.nanoTime() - started) / 1e6;
        db.setAutoCommit(true);
        try (Statement sql = db.createStatement()) {
            sql.execute("drop table bench_scratch");
        }
        return millis;
    }

    /** Up to the total for b and c, within the time budget; the size reached is what gets reported. */
    private void fill() throws SQLException {
        long started = System.nanoTime();
        long cases = Sql.scalar(db, "select count(*) from case_file");
        long before = cases;
        while (cases < totalCases && System.nanoTime() - started < fillBudget.toNanos()) {
            generate((int) Math.min(100_000, totalCases - cases), "fill");
            cases = Sql.scalar(db, "select count(*) from case_file");
        }
        long vacuumStarted = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            // autovacuum would get there too; done explicitly so that plans and visibility do not depend on its timing
            sql.execute("vacuum analyze case_file");
            sql.execute("vacuum analyze person");
            sql.execute("vacuum analyze household_member");
        }
        report.line("");
        report.line("## Database for b and c");
        report.line("");
        double fillSeconds = (vacuumStarted - started) / 1e9;
        report.line("%,d cases, %,d persons, %,d movements, %,d missions (the last %,d cases filled in %.0f s at %,.0f cases/s;"
                        + " vacuum analyze %.0f s)",
                cases, Sql.scalar(db, "select count(*) from person"), Sql.scalar(db, "select count(*) from movement"),
                Sql.scalar(db, "select count(*) from mission"), cases - before, fillSeconds,
                (cases - before) / Math.max(1, fillSeconds), (System.nanoTime() - vacuumStarted) / 1e9);
        report.line("Database size: %s", Sql.text(db, "select pg_size_pretty(pg_database_size(current_database()))"));
    }

    /** c. First page of the case list (50 rows) with the whole database in place. */
    private void caseList() throws SQLException {
        String caseworker = http.token("caseworker", PASSWORD);
        String hq = http.token("bench.hq", PASSWORD);
        report.line("");
        report.line("## c. First page of the case list (`GET /api/cases?limit=50`)");
        report.line("");
        report.line("| user (cases in scope / total) | p50 ms | p95 ms | max ms | n |");
        report.line("|---|---:|---:|---:|---:|");
        Stats me = null;
        for (String[] user : List.of(new String[]{"caseworker", caseworker}, new String[]{"bench.hq", hq})) {
            for (int i = 0; i < 10; i++) {
                http.timeGet("/api/cases?limit=50", user[1]);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                times.add(http.timeGet("/api/cases?limit=50", user[1]));
            }
            String total = Http.field(http.get("/api/cases?limit=50", user[1]).body(), "total");
            Stats stats = Stats.of(times);
            report.row("`%s`: %s cases in scope (total as the API reports it)".formatted(user[0], total), stats);
            if (user[0].equals("bench.hq")) {
                List<Double> floor = new ArrayList<>();
                for (int i = 0; i < samples; i++) {
                    floor.add(http.timeGet("/api/me", user[1]));
                }
                me = Stats.of(floor);
                report.row("baseline: REST `GET /api/me` as `bench.hq`", me);
                report.line("");
                report.line("- Bar p95 < 200 ms (`bench.hq`): **%s** (p95 %.1f ms); list / `GET /api/me`: p95 %.1fx",
                        stats.p95() < 200 ? "met" : "NOT met", stats.p95(), stats.p95() / me.p95());
            }
        }
        String scope = hqScope();
        List<Double> rows = new ArrayList<>();
        List<Double> count = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(timeSql("select c.number, c.principal_id from case_file c join mission m on m.id = c.mission_id where "
                    + scope + " order by c.opened_on desc, c.id desc limit 50 offset 0"));
            count.add(timeSql("select count(*) from case_file c join mission m on m.id = c.mission_id where " + scope));
        }
        report.line("- SQL alone for `bench.hq` (JDBC, p50 of 20): first 50 rows %.1f ms; exact `count(*)` of the scope %.1f ms",
                Stats.of(rows).p50(), Stats.of(count).p50());
    }

    private String hqScope() throws SQLException {
        String ids = String.join(",", Sql.texts(db, "select id::text from mission order by id"));
        return "((c.case_type = 'RST' and c.mission_id in (" + ids + ")) or (c.case_type = 'AVR' and c.mission_id in ("
                + ids + ")) or (c.case_type = 'MHA' and c.mission_id in (" + ids + ")))";
    }

    private HttpResponse<String> generate(int count, String what) {
        long started = System.nanoTime();
        HttpResponse<String> response = http.post("/api/admin/synthetic", admin,
                "{\"count\":" + count + ",\"seed\":" + (seed++) + "}", Duration.ofMinutes(30));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("generate: " + response.statusCode() + " " + response.body());
        }
        System.out.printf(Locale.ROOT, "[bench] generated %,d cases (%s) in %.1f s: %s%n", count, what,
                (System.nanoTime() - started) / 1e9, response.body());
        return response;
    }

    private long rowsInCaseTables() throws SQLException {
        long rows = 0;
        for (String table : CASE_TABLES) {
            rows += Sql.scalar(db, "select count(*) from " + table);
        }
        return rows;
    }

    private double timeSql(String query) throws SQLException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }
}
