package org.camino.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.camino.devserver.CaminoServer;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The publishing figure of docs/benchmarks.md (issue 15): a release of ten
 * tables of up to five dimensions over a central data repository of ten
 * million records, drafted through the API and timed until it is built
 * (counts, suppression, rounding, audit, saved), beside the plain GROUP BYs
 * of the same ten tables in the same run. See bench/publishing/run.sh.
 */
public final class PublishingBenchmark {

    private static final String PASSWORD = "camino-demo-2026";

    private final long rows = Long.getLong("bench.records", 10_000_000L);
    private final int releases = Integer.getInteger("bench.releases", 1);
    private final Duration budget = Duration.ofMinutes(Integer.getInteger("bench.minutes", 45));
    private final StringBuilder report = new StringBuilder();
    private Connection db;
    private Http http;
    private long started;

    /** The release's tables: standard ones and two composed of five dimensions. */
    private static final List<String> TABLES = List.of(
            "{\"standard\":\"returns-by-country-host-sex-age-month\"}",
            "{\"standard\":\"returns-by-nationality-sex\"}",
            "{\"standard\":\"resettlement-by-destination-nationality-month\"}",
            "{\"standard\":\"resettlement-by-household-destination\"}",
            "{\"standard\":\"health-by-outcome-programme\"}",
            "{\"standard\":\"health-by-outcome-sex-age\"}",
            "{\"standard\":\"trafficking-victims-by-sex-age-citizenship\"}",
            "{\"standard\":\"reintegration-by-type-sex-month\"}",
            "{\"id\":\"returns-5d\",\"title\":\"Returns by nationality, sex, age band, month and host country\","
                    + "\"population\":\"avrr-returns\",\"dimensions\":[\"nationality\",\"sex\",\"ageBand\",\"month\",\"hostCountry\"]}",
            "{\"id\":\"health-5d\",\"title\":\"Assessments by outcome, nationality, sex, age band and month\","
                    + "\"population\":\"health-assessments\",\"dimensions\":[\"outcome\",\"nationality\",\"sex\",\"ageBand\",\"month\"]}");

    /** The same tables' inner cells in plain SQL: what counting them costs without any protection. */
    private static final List<String> BASELINE = List.of(
            group("case_type = 'AVR' and event_type = 'MOVEMENT'", "destination_country, origin_country, sex, age_band, event_month"),
            group("case_type = 'AVR' and event_type = 'MOVEMENT'", "nationality, sex"),
            group("case_type = 'RST' and event_type = 'MOVEMENT'", "destination_country, nationality, event_month"),
            group("case_type = 'RST' and event_type = 'MOVEMENT'", "household_size_band, destination_country"),
            group("case_type = 'MHA' and event_type = 'HEALTH_ASSESSMENT'", "programme_code, destination_country"),
            group("case_type = 'MHA' and event_type = 'HEALTH_ASSESSMENT'", "programme_code, sex, age_band"),
            group("case_type = 'CTA' and event_type = 'REGISTRATION'", "sex, age_band, nationality"),
            group("case_type = 'AVR' and event_type = 'REINTEGRATION_ASSISTANCE'", "programme_code, sex, event_month"),
            group("case_type = 'AVR' and event_type = 'MOVEMENT'", "nationality, sex, age_band, event_month, origin_country"),
            group("case_type = 'MHA' and event_type = 'HEALTH_ASSESSMENT'", "programme_code, nationality, sex, age_band, event_month"));

    public static void main(String[] args) throws Exception {
        new PublishingBenchmark().run();
    }

    private static String group(String where, String columns) {
        return "select " + columns + ", count(*) from cdr_record where event_month between date '2025-01-01' and date '2025-12-01'"
                + " and " + where + " group by " + columns;
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path work = root.resolve("bench/publishing/target");
        line("# Publishing benchmark, %s", LocalDateTime.now().withNano(0));
        line("");
        line("Embedded PostgreSQL of a throw-away database: **fsync off**, synchronous_commit off.");
        try (CaminoServer server = BenchServer.start(root, work, Integer.getInteger("bench.portOffset", 3600))) {
            started = System.nanoTime();
            http = new Http(server.baseUrl());
            db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
            try (Statement sql = db.createStatement()) {
                sql.execute("set search_path to camino");
            }
            fill();
            measure();
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println("\nResults written to " + work.resolve("results.md"));
        }
    }

    /**
     * Ten million records in 2025, written directly (the ingest has its own benchmark), with skewed
     * values as real caseloads have: a few countries hold most cases and a long tail holds few, so
     * tables have many small cells to protect.
     */
    private void fill() throws SQLException {
        long t = System.nanoTime();
        HqStoreFill.add(db, rows);
        line("Store filled with %,d records of 2025 in %.0f s (direct insert, skewed countries; VACUUM ANALYZE)",
                scalar("select count(*) from cdr_record"), (System.nanoTime() - t) / 1e9);
    }

    private void measure() throws Exception {
        String analyst = http.token("analyst", PASSWORD);
        // the bar's release without its three five-dimension tables (what the audit manages today), then the bar's
        List<String> small = TABLES.stream().filter(t -> !t.contains("5d") && !t.contains("host-sex-age-month")).toList();
        line("");
        line("| release | tables | build (draft to outcome) | outcome | records | cells kept | primary | secondary |"
                + " baseline: its GROUP BYs in plain SQL | ratio |");
        line("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < releases; i++) {
            release("seven tables of 2 or 3 dimensions", small,
                    BASELINE.stream().filter(q -> BASELINE.indexOf(q) != 0 && BASELINE.indexOf(q) < 8).toList(),
                    analyst, "small-" + i);
            release("ten tables, three of 5 dimensions", TABLES, BASELINE, analyst, "full-" + i);
        }
        line("");
        line("- Bar: a release of 10 tables of up to 5 dimensions over 10M records, audit included, in < 30 s."
                + " Server-side budget of a release's protection: 15 min (then the build fails and says why).");
    }

    private void release(String name, List<String> tables, List<String> baselineQueries, String analyst, String series)
            throws Exception {
        checkBudget();
        double base = baseline(baselineQueries);
        long t = System.nanoTime();
        String body = "{\"series\":\"bench-" + series + "\",\"title\":\"Benchmark release\",\"methodology\":\"Bench.\","
                + "\"from\":\"2025-01\",\"to\":\"2025-12\",\"tables\":[" + String.join(",", tables) + "]}";
        HttpResponse<String> draft = http.post("/api/publications", analyst, body, Duration.ofSeconds(60));
        if (draft.statusCode() != 202) {
            throw new IllegalStateException("draft: " + draft.statusCode() + " " + draft.body());
        }
        long id = read(draft.body()).getJsonNumber("id").longValue();
        long cap = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("bench.releaseMinutes", 16)).toNanos();
        JsonObject release;
        while (true) {
            Thread.sleep(500);
            release = read(http.get("/api/publications/" + id, analyst).body());
            if (!release.getString("status").equals("BUILDING") || System.nanoTime() > cap) {
                break;
            }
        }
        double millis = (System.nanoTime() - t) / 1e6;
        int cells = 0;
        int primary = 0;
        int secondary = 0;
        for (JsonValue table : release.getJsonArray("tables")) {
            cells += table.asJsonObject().getJsonArray("cells").size();
            primary += table.asJsonObject().getInt("primary");
            secondary += table.asJsonObject().getInt("secondary");
        }
        String outcome = switch (release.getString("status")) {
            case "DRAFT" -> release.getBoolean("auditPassed") ? "built, audit passed" : "built, audit NOT passed";
            case "BUILDING" -> "still building at the bench's cap (" + release.getJsonObject("progress") + ")";
            default -> release.getString("status") + ": " + release.getString("buildError", "");
        };
        line("| %s | %d | **%s** | %s | %,d | %,d | %,d | %,d | %s | %.1fx |", name, tables.size(), Stats.ms(millis), outcome,
                release.containsKey("recordsCounted") ? release.getJsonNumber("recordsCounted").longValue() : 0, cells,
                primary, secondary, Stats.ms(base), millis / base);
    }

    private double baseline(List<String> queries) throws SQLException {
        long t = System.nanoTime();
        for (String sql : queries) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getLong(1 + rs.getMetaData().getColumnCount() - 1);
                }
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private void checkBudget() {
        if (System.nanoTime() - started > budget.toNanos()) {
            throw new IllegalStateException("over the time budget of " + budget + " (bench.minutes)");
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
