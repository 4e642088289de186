package org.camino.bench;

import org.camino.devserver.CaminoServer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The "Case records" and case-list figures of docs/benchmarks.md, against a
 * Camino of its own. See run.sh for what it measures and its options.
 */
public final class CaseRecordsBenchmark {

    private static final String PASSWORD = "camino-demo-2026";
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
    private final StringBuilder report = new StringBuilder();

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
        line("# Case records benchmark, %s", LocalDateTime.now().withNano(0));
        line("");
        // a copy: a build of this checkout during the run must not change the build measured
        Files.createDirectories(work);
        builtEar = Files.copy(build.resolve("camino.ear"), work.resolve("camino-under-test.ear"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        line("Machine: %s", Machine.describe());
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
            search();
            caseList();
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report);
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
        line("Missions: %d; cases seeded by demo mode: %d", scalar("select count(*) from mission"),
                scalar("select count(*) from case_file"));
        // in steps, so that the results show how far the JIT still was from its steady state
        List<String> rates = new ArrayList<>();
        for (int done = 0; done < warmupCases; done += WARMUP_STEP) {
            HttpResponse<String> step = generate(Math.min(WARMUP_STEP, warmupCases - done),
                    "warm-up (JIT, connection pool), not measured");
            rates.add(Http.field(step.body(), "casesPerSecond"));
        }
        line("Warm-up before the measurement: %,d cases, in steps of %,d at %s cases/s (not measured)", warmupCases,
                WARMUP_STEP, String.join(", ", rates));
    }

    /** a. Bulk creation through the service layer, and plain JDBC inserting as many rows. */
    private void creation() throws SQLException {
        line("");
        line("## a. Creating %,d encrypted, audited cases", measuredCases);
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
        line("");
        line("| what | rows | time | rate |");
        line("|---|---:|---:|---:|");
        line("| service layer: %,d cases (%s persons) | %,d | %.1f s | **%,.0f cases/s** (%,.0f rows/s) |",
                measuredCases, Http.field(response.body(), "persons"), rows, serverMillis / 1000.0, casesPerSecond,
                rows * 1000.0 / serverMillis);
        line("| baseline: plain JDBC batch insert of as many rows into a scratch table | %,d | %.1f s | %,.0f rows/s |",
                rows, baselineMillis / 1000.0, rows * 1000.0 / baselineMillis);
        line("");
        line("- Bar >= 3,000 cases/s: **%s** (%,.0f cases/s)", casesPerSecond >= 3000 ? "met" : "NOT met", casesPerSecond);
        line("- Service layer / plain JDBC, same number of rows: **%.1fx** the time", serverMillis / baselineMillis);
        double cpuPerCase = (wildflyCpu + postgresCpu) * 1000 / measuredCases;
        line("- CPU time (from /proc): WildFly %.0f s, PostgreSQL %.0f s, that is %.2f + %.2f = %.2f ms per case;"
                        + " 2 idle cores could do at most about %,.0f cases/s. Plain JDBC: PostgreSQL %.0f s (%.3f ms per row)",
                wildflyCpu, postgresCpu, wildflyCpu * 1000 / measuredCases, postgresCpu * 1000 / measuredCases, cpuPerCase,
                2000 / cpuPerCase, baselinePostgresCpu, baselinePostgresCpu * 1000 / rows);
        line("- Wall time / CPU time of WildFly + PostgreSQL: %.2f cores busy on average (2 = both cores fully used by Camino)",
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
        long cases = scalar("select count(*) from case_file");
        long before = cases;
        while (cases < totalCases && System.nanoTime() - started < fillBudget.toNanos()) {
            generate((int) Math.min(100_000, totalCases - cases), "fill");
            cases = scalar("select count(*) from case_file");
        }
        long vacuumStarted = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            // autovacuum would get there too; done explicitly so that plans and visibility do not depend on its timing
            sql.execute("vacuum analyze case_file");
            sql.execute("vacuum analyze person");
            sql.execute("vacuum analyze household_member");
        }
        line("");
        line("## Database for b and c");
        line("");
        double fillSeconds = (vacuumStarted - started) / 1e9;
        line("%,d cases, %,d persons, %,d movements, %,d missions (the last %,d cases filled in %.0f s at %,.0f cases/s;"
                        + " vacuum analyze %.0f s)",
                cases, scalar("select count(*) from person"), scalar("select count(*) from movement"),
                scalar("select count(*) from mission"), cases - before, fillSeconds,
                (cases - before) / Math.max(1, fillSeconds), (System.nanoTime() - vacuumStarted) / 1e9);
        line("Database size: %s", text("select pg_size_pretty(pg_database_size(current_database()))"));
    }

    /**
     * b. Name search over REST (NameMatching: word keys, exact names, ranking), with where its database time goes;
     * beside it the exact blind-index lookup of before in SQL alone, a floor. With {@code bench.baselineEar}, the
     * REST series run with the build under test, the baseline build and the build under test again.
     */
    private void search() throws Exception {
        String caseworker = http.token("caseworker", PASSWORD);
        List<String> names = namesVisibleTo(caseworker, 2 * samples);
        // the second half warms up the search path (JIT, connection pool), not the database pages of the names measured
        List<String> existing = names.subList(0, Math.min(samples, names.size()));
        List<String> warmUp = names.subList(existing.size(), names.size());
        List<String> missing = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < samples; i++) {
            missing.add("Zq" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + " Xv" + i);
        }
        line("");
        line("## b. Name search (word keys, exact names, ranking), caseworker of KEN (resettlement, AVRR)");
        line("");
        line("Cases in the caseworker's scope: %,d of %,d", scalar("select count(*) from case_file c where " + caseworkerScope()),
                scalar("select count(*) from case_file"));
        List<String[]> builds = new ArrayList<>();
        builds.add(new String[]{"under test", builtEar.toString()});
        if (baselineEar != null) {
            builds.add(new String[]{"baseline", Path.of(baselineEar).toAbsolutePath().toString()});
            builds.add(new String[]{"under test, again", builtEar.toString()});
        }
        for (String[] build : builds) {
            if (baselineEar != null) {
                deploy(Path.of(build[1]));
                caseworker = http.token("caseworker", PASSWORD);
            }
            searchRound(build[0] + " (" + build[1] + ")", caseworker, existing, warmUp, missing);
        }
        exactIndexSqlAlone(random);
    }

    /** WildFly stopped, this camino.ear in its place, WildFly started on the same database. */
    private void deploy(Path ear) throws IOException {
        server.killWildFly();
        Files.copy(ear, serverBase.resolve("deployments/camino.ear"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        server.restartWildFly();
        http = new Http(server.baseUrl()); // no connection kept alive from the server that was stopped
    }

    private void searchRound(String build, String caseworker, List<String> existing, List<String> warmUp,
                             List<String> missing) throws SQLException {
        line("");
        line("### Build %s; load (uptime) at the start %s", build, Machine.load());
        line("");
        for (String name : warmUp) {
            http.timeGet("/api/cases/search?by=name&value=" + Http.encode(name), caseworker);
        }
        List<Double> floor = new ArrayList<>();
        SearchStatements.reset(db);
        for (int i = 0; i < samples; i++) {
            floor.add(http.timeGet("/api/me", caseworker));
        }
        List<String> meStatements = SearchStatements.others(db, samples, 12);
        SearchStatements.reset(db);
        List<Double> found = new ArrayList<>();
        long matches = 0;
        for (String name : existing) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.get("/api/cases/search?by=name&value=" + Http.encode(name), caseworker);
            found.add((System.nanoTime() - t) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.body());
            }
            matches += Http.fields(response.body(), "number").size();
        }
        List<String> statements = SearchStatements.perSearch(db, existing.size());
        List<String> otherStatements = SearchStatements.others(db, existing.size(), 12);
        List<Double> notFound = new ArrayList<>();
        for (String name : missing) {
            notFound.add(http.timeGet("/api/cases/search?by=name&value=" + Http.encode(name), caseworker));
        }
        Stats rest = Stats.of(found);
        Stats restMissing = Stats.of(notFound);
        Stats me = Stats.of(floor);
        line("| what | p50 ms | p95 ms | max ms | n |");
        line("|---|---:|---:|---:|---:|");
        row("REST `GET /api/cases/search?by=name`, whole names that exist (%.1f cases found on average)".formatted(
                matches / (double) existing.size()), rest);
        row("REST, names that do not exist", restMissing);
        row("baseline: REST `GET /api/me` (token check + JSON, same client)", me);
        line("");
        line("- Bar < 50 ms: **%s** (p95 %.1f ms); search / `GET /api/me`: p50 %.1fx, p95 %.1fx",
                Math.max(rest.p95(), restMissing.p95()) < 50 ? "met" : "NOT met", Math.max(rest.p95(), restMissing.p95()),
                rest.p50() / me.p50(), rest.p95() / me.p95());
        line("");
        line("Database time of the whole-name searches above, per search (pg_stat_statements; execution only, not the round trips):");
        line("");
        line("| statement | calls | ms | rows |");
        line("|---|---:|---:|---:|");
        statements.forEach(this::line);
        line("");
        line("The \"other\" statements of those searches, one by one (per search; BEGIN and COMMIT included):");
        line("");
        line("| statement | calls | ms | rows |");
        line("|---|---:|---:|---:|");
        otherStatements.forEach(this::line);
        line("");
        line("Statements of `GET /api/me` (per request, same series as its row above):");
        line("");
        line("| statement | calls | ms | rows |");
        line("|---|---:|---:|---:|");
        meStatements.forEach(this::line);
        searchByWordsAndVariants(existing);
        line("");
        line("Load (uptime) at the end: %s", Machine.load());
    }

    /**
     * The exact blind-index lookup of before the word keys (full or family name index, one probe each), in SQL
     * alone: not what a name search runs now (see the statements above), a floor for it.
     */
    private void exactIndexSqlAlone(SecureRandom random) throws SQLException {
        String scope = caseworkerScope();
        List<Double> sqlFound = new ArrayList<>();
        List<Double> sqlMissing = new ArrayList<>();
        List<String> indexes = texts("select p.name_index from person p tablesample system (1) join mission m on m.id = p.mission_id"
                + " where m.code = 'KEN' and p.name_index is not null limit " + samples);
        for (String index : indexes) {
            sqlFound.add(searchSql(scope, index));
        }
        for (int i = 0; i < samples; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            sqlMissing.add(searchSql(scope, HexFormat.of().formatHex(bytes)));
        }
        line("");
        line("### A floor: the exact blind-index lookup of before the word keys, SQL alone (not the search's statements)");
        line("");
        line("| what | p50 ms | p95 ms | max ms | n |");
        line("|---|---:|---:|---:|---:|");
        row("exact full- or family-name index, with its cases (JDBC), indexes that exist", Stats.of(sqlFound));
        row("the same, indexes that do not exist", Stats.of(sqlMissing));
    }

    /**
     * b2. Name search by one word (given name alone, family name alone) and
     * by a spelling variant of the whole name (a doubled consonant:
     * Mohamed → Mohammed), through the word keys (issue 12), as the KEN
     * caseworker and as bench.hq (every mission in scope).
     */
    private void searchByWordsAndVariants(List<String> names) {
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        for (String name : names) {
            String[] words = name.split(" ");
            given.add(words[0]);
            family.add(words[words.length - 1]);
            variants.add(doubled(words[0]) + name.substring(words[0].length()));
        }
        line("");
        line("#### b2. Name search by one word and by a spelling variant (word keys)");
        line("");
        line("| user | query | p50 ms | p95 ms | max ms | n | cases found (mean) |");
        line("|---|---|---:|---:|---:|---:|---:|");
        double worst = 0;
        for (String user : List.of("caseworker", "bench.hq")) {
            String token = http.token(user, PASSWORD);
            for (String name : given) { // warm-up of this user's path, not measured
                http.timeGet("/api/cases/search?by=name&value=" + Http.encode(name), token);
            }
            for (Map.Entry<String, List<String>> kind : List.of(Map.entry("given name alone", given),
                    Map.entry("family name alone", family),
                    Map.entry("whole name, first word with a doubled consonant", variants))) {
                List<Double> times = new ArrayList<>();
                long found = 0;
                for (String query : kind.getValue()) {
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.get("/api/cases/search?by=name&value=" + Http.encode(query), token);
                    times.add((System.nanoTime() - t) / 1e6);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.body());
                    }
                    found += Http.fields(response.body(), "number").size();
                }
                Stats stats = Stats.of(times);
                worst = Math.max(worst, stats.p95());
                line("| %s | %s | %.1f | %.1f | %.1f | %d | %.1f |", user, kind.getKey(), stats.p50(), stats.p95(),
                        stats.max(), times.size(), found / (double) times.size());
            }
        }
        line("");
        line("- Bar < 50 ms: **%s** (worst p95 %.1f ms)", worst < 50 ? "met" : "NOT met", worst);
    }

    /** The word with its first consonant after the first letter doubled (Mohamed → Mohhamed), or as it is. */
    private static String doubled(String word) {
        for (int i = 1; i < word.length(); i++) {
            if ("aeiouyAEIOUY".indexOf(word.charAt(i)) < 0 && Character.isLetter(word.charAt(i))) {
                return word.substring(0, i + 1) + word.substring(i);
            }
        }
        return word;
    }

    /** The exact blind-index lookup of before the word keys (no longer what a name search runs), as the caseworker of KEN. */
    private double searchSql(String scope, String index) throws SQLException {
        long ken = scalar("select id from mission where code = 'KEN'");
        try (PreparedStatement sql = db.prepareStatement("""
                select distinct c.number, c.case_type, m.code, c.status, c.pending_status, c.opened_on, c.principal_id
                  from (select p.id from person p where p.name_index = ? and p.mission_id in (%d)
                        union select p.id from person p where p.family_name_index = ? and p.mission_id in (%d)) p
                  join household_member hm on hm.person_id = p.id
                  join case_file c on c.household_id = hm.household_id
                  join mission m on m.id = c.mission_id
                 where %s
                 order by c.opened_on desc
                 limit 50""".formatted(ken, ken, scope))) {
            sql.setString(1, index);
            sql.setString(2, index);
            long started = System.nanoTime();
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            return (System.nanoTime() - started) / 1e6;
        }
    }

    /** Full names of principals the caseworker can see, read (decrypted) through the API. */
    private List<String> namesVisibleTo(String token, int wanted) {
        Set<String> names = new LinkedHashSet<>();
        for (String sort : List.of("openedOn", "number", "status", "type")) {
            for (String descending : List.of("true", "false")) {
                HttpResponse<String> page = http.get("/api/cases?limit=200&sort=" + sort + "&descending=" + descending, token);
                names.addAll(Http.fields(page.body(), "principalName"));
                if (names.size() >= wanted) {
                    return new ArrayList<>(names).subList(0, wanted);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** c. First page of the case list (50 rows) with the whole database in place. */
    private void caseList() throws SQLException {
        String caseworker = http.token("caseworker", PASSWORD);
        String hq = http.token("bench.hq", PASSWORD);
        line("");
        line("## c. First page of the case list (`GET /api/cases?limit=50`)");
        line("");
        line("| user (cases in scope / total) | p50 ms | p95 ms | max ms | n |");
        line("|---|---:|---:|---:|---:|");
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
            row("`%s`: %s cases in scope (total as the API reports it)".formatted(user[0], total), stats);
            if (user[0].equals("bench.hq")) {
                List<Double> floor = new ArrayList<>();
                for (int i = 0; i < samples; i++) {
                    floor.add(http.timeGet("/api/me", user[1]));
                }
                me = Stats.of(floor);
                row("baseline: REST `GET /api/me` as `bench.hq`", me);
                line("");
                line("- Bar p95 < 200 ms (`bench.hq`): **%s** (p95 %.1f ms); list / `GET /api/me`: p95 %.1fx",
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
        line("- SQL alone for `bench.hq` (JDBC, p50 of 20): first 50 rows %.1f ms; exact `count(*)` of the scope %.1f ms",
                Stats.of(rows).p50(), Stats.of(count).p50());
    }

    private String caseworkerScope() throws SQLException {
        long ken = scalar("select id from mission where code = 'KEN'");
        return "((c.case_type = 'RST' and c.mission_id in (" + ken + ")) or (c.case_type = 'AVR' and c.mission_id in (" + ken + ")))";
    }

    private String hqScope() throws SQLException {
        String ids = String.join(",", texts("select id::text from mission order by id"));
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
            rows += scalar("select count(*) from " + table);
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

    private long scalar(String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<String> texts(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private void row(String what, Stats stats) {
        line("| %s | %s | %s | %s | %d |", what, Stats.ms(stats.p50()), Stats.ms(stats.p95()), Stats.ms(stats.max()), stats.n());
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
