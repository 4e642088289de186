package org.camino.bench;

import org.camino.devserver.CaminoServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Locale;
import java.util.Map;

/**
 * The initial load of a mission into HQ (issue 13): a Camino of its own (node
 * role "both": the mission node pushes to itself as HQ over loopback HTTP,
 * one JVM and one PostgreSQL for both sides), a mission filled with
 * {@code bench.cases} synthetic cases, HQ's store then emptied (a mission
 * joining), and the Jakarta Batch job {@code cdr-initial-load} started:
 * end to end = from the start of the job until HQ has acknowledged every
 * record it derived. Parts: the derive rate (the job), the transfer + ingest
 * (first to last acknowledgement), and, after it, the ingest alone of the
 * same records over HTTP in batches of 10,000 (HQ emptied again), beside a
 * plain COPY of the same rows. Checks that HQ's totals equal the mission's
 * own records. See bench/cdr/initial-load.sh.
 */
public final class CdrInitialLoadBenchmark {

    private static final String PASSWORD = "camino-demo-2026";
    private static final String COLUMNS = "record_id, version, mission, case_type, event_type, event_month,"
            + " case_pseudonym, person_pseudonym, sex, age_band, nationality, origin_country, destination_country,"
            + " status, reason, programme_code, household_size_band";

    private final int cases = Integer.getInteger("bench.cases", 1_000_000);
    private final int batchSize = Integer.getInteger("bench.batchSize", 1000);
    private final Duration budget = Duration.ofMinutes(Integer.getInteger("bench.minutes", 60));
    /** A slow derive is sampled: after this long its rate so far is reported and the run ends there. */
    private final Duration deriveBudget = Duration.ofSeconds(Integer.getInteger("bench.deriveSeconds", 3600));
    private final StringBuilder report = new StringBuilder();

    private Http http;
    private Connection db;
    private String admin;
    private String mission;
    private long started;

    public static void main(String[] args) throws Exception {
        new CdrInitialLoadBenchmark().run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path work = root.resolve("bench/cdr/target");
        int portOffset = Integer.getInteger("bench.portOffset", 3600);
        line("# Initial load of a mission into HQ, %s", LocalDateTime.now().withNano(0));
        line("");
        line("Machine: %s", Machine.describe());
        line("Embedded PostgreSQL of a throw-away database: **fsync off**, synchronous_commit off. One Camino,"
                + " node role both (mission and HQ in one WildFly and one PostgreSQL, push over loopback HTTP);"
                + " CAMINO_CDR_BATCH_SIZE=%,d.", batchSize);
        try (CaminoServer server = BenchServer.start(root, work, portOffset,
                Map.of("CAMINO_CDR_BATCH_SIZE", Integer.toString(batchSize)))) {
            started = System.nanoTime();
            http = new Http(server.baseUrl());
            db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
            try (Statement sql = db.createStatement()) {
                sql.execute("set search_path to camino");
            }
            admin = http.token("admin", PASSWORD);
            mission = scalarText("select code from mission order by code limit 1");
            fill();
            if (load()) {
                ingestAlone();
            }
            line("");
            line("Load average at the end: %s", Machine.load());
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("initial-load-results.md"), report);
            System.out.println("\nResults written to " + work.resolve("initial-load-results.md"));
        }
    }

    /** {@code bench.cases} synthetic cases in the mission (service layer), their records pushed as they come. */
    private void fill() throws Exception {
        long t = System.nanoTime();
        int made = 0;
        int seed = 1;
        while (made < cases) {
            checkBudget();
            int count = Math.min(100_000, cases - made);
            HttpResponse<String> response = http.post("/api/admin/synthetic", admin, "{\"count\":" + count
                    + ",\"seed\":" + (seed++) + ",\"mission\":\"" + mission + "\"}", Duration.ofMinutes(30));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("synthetic cases: " + response.statusCode() + " " + response.body());
            }
            made += count;
            System.out.printf(Locale.ROOT, "[bench] %,d cases made (%.0f s)%n", made, (System.nanoTime() - t) / 1e9);
        }
        awaitOutboxSent(0, Duration.ofMinutes(30));
        line("");
        line("%,d cases of mission %s made and their %,d records pushed in %.0f s (not measured: the set-up)",
                scalar("select count(*) from case_file c join mission m on m.id = c.mission_id where m.code = '"
                        + mission + "'"), mission, scalar("select count(*) from cdr_outbox"), (System.nanoTime() - t) / 1e9);
    }

    /**
     * HQ emptied (the mission joins), then the initial load job, until HQ acknowledged every record it derived;
     * false if the derive was stopped being sampled ({@code bench.deriveSeconds}).
     */
    private boolean load() throws Exception {
        emptyHq();
        long before = scalar("select coalesce(max(seq), 0) from cdr_outbox");
        long t = System.nanoTime();
        HttpResponse<String> start = http.post("/api/cdr/outbox/load/" + mission.toLowerCase(Locale.ROOT), admin, "",
                Duration.ofMinutes(1));
        if (start.statusCode() != 202) {
            throw new IllegalStateException("initial load: " + start.statusCode() + " " + start.body());
        }
        double derived = Double.NaN;
        long deadline = t + budget.toNanos();
        while (true) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the initial load took longer than " + budget);
            }
            if (Double.isNaN(derived) && System.nanoTime() - t > deriveBudget.toNanos()) {
                sampled(before, t);
                return false;
            }
            if (Double.isNaN(derived)) {
                String state = Http.field(http.get("/api/cdr/outbox/load/" + mission.toLowerCase(Locale.ROOT), admin)
                        .body(), "state");
                if (state.equals("COMPLETED")) {
                    derived = (System.nanoTime() - t) / 1e9;
                } else if (state.equals("FAILED") || state.equals("STOPPED") || state.equals("ABANDONED")) {
                    throw new IllegalStateException("the initial load ended " + state);
                }
            }
            if (!Double.isNaN(derived) && scalar("select count(*) from cdr_outbox where seq > " + before
                    + " and sent_at is null") == 0) {
                break;
            }
            Thread.sleep(250);
        }
        double endToEnd = (System.nanoTime() - t) / 1e9;
        long records = scalar("select count(*) from cdr_outbox where seq > " + before);
        double firstToLast = scalarDouble("select extract(epoch from max(sent_at) - min(sent_at)) from cdr_outbox"
                + " where seq > " + before);
        double afterDerive = endToEnd - derived;
        long held = scalar("select count(*) from cdr_record where mission = '" + mission + "'");
        long totals = scalar("select coalesce(sum(records), 0) from cdr_total where mission = '" + mission + "'");
        long own = scalar("select count(*) from stat_record where mission = '" + mission + "'");
        if (held != own || totals != own) {
            throw new IllegalStateException("HQ holds " + held + " records, its totals say " + totals
                    + ", the mission has " + own);
        }
        line("");
        line("## Initial load of %,d cases (derive, transfer, ingest)", scalar("select count(*) from case_file"));
        line("");
        line("| part | records | time | rate |");
        line("|---|---:|---:|---:|");
        line("| **end to end**: job start until HQ acknowledged the last record | %,d | **%.1f s** | %,.0f records/s |",
                records, endToEnd, records / endToEnd);
        line("| derive (job `cdr-initial-load`: read cases, announce records into the outbox; pushes run meanwhile) | %,d"
                + " | %.1f s | %,.0f records/s, %,.0f cases/s |", records, derived, records / derived, cases / derived);
        line("| transfer + ingest (first to last acknowledgement, overlapping the derive) | %,d | %.1f s | %,.0f records/s |",
                records, firstToLast, records / firstToLast);
        line("| tail after the derive ended | | %.1f s | |", afterDerive);
        line("");
        line("- HQ holds %,d records of %s, its totals (cdr_total) say %,d, the mission's own records %,d: exact",
                held, mission, totals, own);
        line("- Bar < 2 minutes end to end: **%s** (%.0f s)", endToEnd < 120 ? "met" : "NOT met", endToEnd);
        return true;
    }

    /** The derive's rate so far, when it is too slow to wait for (the job keeps running until the server stops). */
    private void sampled(long before, long t) throws SQLException {
        double seconds = (System.nanoTime() - t) / 1e9;
        long records = scalar("select count(*) from cdr_outbox where seq > " + before);
        long unsent = scalar("select count(*) from cdr_outbox where seq > " + before + " and sent_at is null");
        String progress = http.get("/api/cdr/outbox/load/" + mission.toLowerCase(Locale.ROOT), admin).body();
        line("");
        line("## Initial load of %,d cases: derive sampled for %.0f s (bench.deriveSeconds), not finished",
                scalar("select count(*) from case_file"), seconds);
        line("");
        line("- derive so far: %,d records in %.1f s: **%,.0f records/s**; cases done: %s", records, seconds,
                records / seconds, Http.field(progress, "casesDone"));
        line("- waiting in the outbox at the stop (transfer + ingest behind by): %,d records", unsent);
        line("- Load average: %s", Machine.load());
    }

    /**
     * The ingest alone: HQ emptied again, the same records posted over HTTP in batches of 10,000 (bodies built
     * first, as the push builds them), beside a plain COPY of the same rows into a scratch table like HQ's store.
     */
    private void ingestAlone() throws Exception {
        emptyHq();
        HttpResponse<String> issued = http.post("/api/cdr/nodes", admin, "{\"name\":\"bench-load\",\"missions\":[\""
                + mission + "\"]}", Duration.ofMinutes(1));
        String credential = Http.field(issued.body(), "credential");
        long records = scalar("select count(*) from stat_record where mission = '" + mission + "'");
        double ingest = 0;
        int batches = 0;
        String last = "";
        while (true) {
            checkBudget();
            String body = batchAfter(last);
            if (body == null) {
                break;
            }
            last = lastRecordId;
            long t = System.nanoTime();
            HttpResponse<String> answer = http.post("/api/cdr/batches", credential, body, Duration.ofMinutes(5));
            ingest += (System.nanoTime() - t) / 1e9;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("batch " + batches + ": " + answer.statusCode() + " " + answer.body());
            }
            batches++;
        }
        long held = scalar("select coalesce(sum(records), 0) from cdr_total where mission = '" + mission + "'");
        if (held != records) {
            throw new IllegalStateException("HQ's totals say " + held + " after the ingest of " + records);
        }
        double copy = copyBaseline();
        line("");
        line("### The ingest alone, and the COPY baseline (same rows, same run)");
        line("");
        line("| what | records | time | rate |");
        line("|---|---:|---:|---:|");
        line("| HQ ingest over HTTP, %d batches of 10,000 (POST /api/cdr/batches), into an empty store | %,d | %.1f s"
                + " | **%,.0f records/s** |", batches, records, ingest, records / ingest);
        line("| baseline: plain `COPY` of the same rows into a scratch table like `cdr_record` (no index) | %,d | %.1f s"
                + " | %,.0f rows/s |", records, copy, records / copy);
        line("");
        line("- ingest / COPY: %.1fx the time; HQ's totals after the ingest: %,d (exact)", ingest / copy, held);
    }

    private String lastRecordId;

    /** The next 10,000 of the mission's records after {@code after} (record id order) as a push batch, or null. */
    private String batchAfter(String after) throws SQLException {
        StringBuilder json = new StringBuilder(10_000 * 400);
        int n = 0;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select json_build_object('recordId',"
                + " record_id, 'version', version, 'mission', mission, 'caseType', case_type, 'eventType', event_type,"
                + " 'eventMonth', to_char(event_month, 'YYYY-MM'), 'casePseudonym', case_pseudonym, 'personPseudonym',"
                + " person_pseudonym, 'sex', sex, 'ageBand', age_band, 'nationality', nationality, 'originCountry',"
                + " origin_country, 'destinationCountry', destination_country, 'status', status, 'reason', reason,"
                + " 'programmeCode', programme_code, 'householdSizeBand', household_size_band, 'tombstone', false)::text,"
                + " record_id from stat_record where mission = '" + mission + "' and record_id > '" + after + "'"
                + " order by record_id limit 10000")) {
            while (rs.next()) {
                // JSON null fields are absent from a pushed record
                json.append(n == 0 ? "" : ",").append(rs.getString(1).replaceAll(", \"[a-zA-Z]+\" : null", ""));
                lastRecordId = rs.getString(2);
                n++;
            }
        }
        return n == 0 ? null : "{\"schemaVersion\":1,\"batchId\":\"load-" + lastRecordId + "\",\"records\":[" + json + "]}";
    }

    private double copyBaseline() throws Exception {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        copy.copyOut("copy (select " + COLUMNS + " from stat_record where mission = '" + mission + "') to stdout", rows);
        try (Statement sql = db.createStatement()) {
            sql.execute("create table bench_copy (like cdr_record including defaults)");
        }
        long t = System.nanoTime();
        copy.copyIn("copy bench_copy (" + COLUMNS + ") from stdin", new ByteArrayInputStream(rows.toByteArray()));
        double seconds = (System.nanoTime() - t) / 1e9;
        try (Statement sql = db.createStatement()) {
            sql.execute("drop table bench_copy");
        }
        return seconds;
    }

    /** HQ's store as before any record arrived (the mission's own records and outbox stay). */
    private void emptyHq() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("truncate cdr_record, cdr_record_key, cdr_total, cdr_tombstone");
        }
    }

    private void awaitOutboxSent(long after, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (scalar("select count(*) from cdr_outbox where seq > " + after + " and sent_at is null") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox did not drain within " + within);
            }
            Thread.sleep(500);
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

    private double scalarDouble(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private String scalarText(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
