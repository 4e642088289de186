package org.camino.bench;

import org.camino.devserver.CaminoServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The central data repository figures of docs/benchmarks.md (issue 13), against
 * a Camino of its own (node role "both": it is its own HQ). See bench/cdr/run.sh
 * for what it measures and its options.
 */
public final class CdrBenchmark {

    private static final String PASSWORD = "camino-demo-2026";
    private static final int BATCH = 10_000; // the largest batch HQ takes (Ingest.MAX_RECORDS)
    private static final int MONTHS = 24;

    private final int records = Integer.getInteger("bench.records", 300_000);
    /** Records ingested first, not measured (JIT, connection pool, the months' partitions), other ids than the measured ones. */
    private final int warmup = Integer.getInteger("bench.warmupRecords", 100_000);
    private final long aggregateRows = Long.getLong("bench.aggregateRows", 10_000_000L);
    private final int samples = Integer.getInteger("bench.samples", 20);
    private final int changedCases = Integer.getInteger("bench.changedCases", 10_000);
    /** Batches of new records posted with HQ's report totals on and off in turn after (a) (0: not measured). */
    private final int totalsRounds = Integer.getInteger("bench.totalsRounds", 0);
    private final Duration budget = Duration.ofMinutes(Integer.getInteger("bench.minutes", 20));
    private final StringBuilder report = new StringBuilder();

    private Http http;
    private Connection db;
    private String admin;
    private String credential;
    private List<String> missions;
    private List<String> sexes;
    private List<String> ageBands;
    private List<String> countries;
    private List<String> caseTypes;
    private long started;

    public static void main(String[] args) throws Exception {
        new CdrBenchmark().run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path work = root.resolve("bench/cdr/target");
        int portOffset = Integer.getInteger("bench.portOffset", 3500);
        line("# Central data repository benchmark, %s", LocalDateTime.now().withNano(0));
        line("");
        line("Embedded PostgreSQL of a throw-away database: **fsync off**, synchronous_commit off.");
        try (CaminoServer server = BenchServer.start(root, work, portOffset)) {
            started = System.nanoTime();
            http = new Http(server.baseUrl());
            db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
            try (Statement sql = db.createStatement()) {
                sql.execute("set search_path to camino");
            }
            setUp();
            ingest();
            if (totalsRounds > 0) {
                line("");
                line("## a2. HQ's report totals: %d batches of %,d new records then their corrections, triggers on and off"
                        + " in turn", totalsRounds, BATCH);
                line("");
                HqTotalsWriteCost.measure(db, this::post, records + warmup, BATCH, totalsRounds).forEach(l -> line("%s", l));
            }
            if (changedCases > 0) {
                freshness();
            }
            if (aggregateRows > 0) {
                aggregate();
            }
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println("\nResults written to " + work.resolve("results.md"));
        }
    }

    /** A node credential for every mission, and the codes records may carry (HQ checks them). */
    private void setUp() throws SQLException {
        admin = http.token("admin", PASSWORD);
        missions = column("select code from mission order by code");
        sexes = column("select code from code_value where list_code = 'SEX' and active");
        ageBands = column("select code from code_value where list_code = 'AGE_BAND' and active");
        countries = column("select code from code_value where list_code = 'COUNTRY' and active order by code limit 40");
        caseTypes = column("select code from code_value where list_code = 'CASE_TYPE' and active");
        StringBuilder list = new StringBuilder();
        for (String mission : missions) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(mission).append('"');
        }
        HttpResponse<String> issued = http.post("/api/cdr/nodes", admin, "{\"name\":\"bench-node\",\"missions\":["
                + list + "]}", Duration.ofSeconds(60));
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("node credential: " + issued.statusCode() + " " + issued.body());
        }
        credential = Http.field(issued.body(), "credential");
        line("Missions: %s; records carry %d sexes, %d age bands, %d countries, %d case types, %d months",
                missions, sexes.size(), ageBands.size(), countries.size(), caseTypes.size(), MONTHS);
    }

    /**
     * a. HQ ingest over HTTP in batches of 10,000 (new records, the same batches again, corrections of every
     * record), beside a plain COPY of the same rows into a table shaped like HQ's store, in the same run.
     */
    private void ingest() throws Exception {
        line("");
        line("## a. HQ ingest of %,d records in batches of %,d (POST /api/cdr/batches, node credential)", records, BATCH);
        post(records, records + warmup, 1, 0);
        line("Warm-up before the measurement: %,d other records through the same endpoint (not measured)", warmup);
        double fresh = post(0, records, 1, 0);
        double again = post(0, records, 1, 0);
        double corrected = post(0, records, 2, 3);
        double copy = copyBaseline();
        line("");
        line("| what | records | time | rate |");
        line("|---|---:|---:|---:|");
        line("| new records (insert) | %,d | %.1f s | **%,.0f records/s** |", records, fresh / 1000, records * 1000 / fresh);
        line("| the same batches again (all ignored) | %,d | %.1f s | %,.0f records/s |", records, again / 1000, records * 1000 / again);
        line("| a correction of every record, other month (replace) | %,d | %.1f s | %,.0f records/s |", records,
                corrected / 1000, records * 1000 / corrected);
        line("| baseline: plain `COPY` of the same rows into a scratch table like `cdr_record` | %,d | %.1f s | %,.0f rows/s |",
                records, copy / 1000, records * 1000 / copy);
        line("");
        line("- Bar >= 20,000 records/s (new records): **%s** (%,.0f records/s); ingest / COPY: **%.1fx** the time",
                records * 1000 / fresh >= 20_000 ? "met" : "NOT met", records * 1000 / fresh, fresh / copy);
        line("- Times are the HTTP round trips (JSON parsing, checks of every field and code, the batch log, the"
                + " store), batch bodies built before each request; one client, batches one after another. The scratch"
                + " table of the baseline has no index; HQ's store keeps 3 indexes on the record and 2 on its key.");
    }

    /** Posts records [first, end) as version {@code version}, in month shift {@code shift}; milliseconds spent in requests. */
    private double post(int first, int end, long version, int shift) {
        double millis = 0;
        for (int from = first; from < end; from += BATCH) {
            checkBudget();
            String body = batch(from, Math.min(end, from + BATCH), version, shift);
            long t = System.nanoTime();
            HttpResponse<String> answer = http.post("/api/cdr/batches", credential, body, Duration.ofMinutes(5));
            millis += (System.nanoTime() - t) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("batch at " + from + ": " + answer.statusCode() + " " + answer.body());
            }
        }
        return millis;
    }

    private String batch(int from, int to, long version, int shift) {
        StringBuilder json = new StringBuilder((to - from) * 400);
        json.append("{\"schemaVersion\":1,\"batchId\":\"bench-").append(version).append('-').append(from)
                .append("\",\"records\":[");
        for (int i = from; i < to; i++) {
            String[] r = row(i, version, shift);
            json.append(i == from ? "" : ",").append("{\"recordId\":\"").append(r[0]).append("\",\"version\":").append(r[1])
                    .append(",\"mission\":\"").append(r[2]).append("\",\"caseType\":\"").append(r[3])
                    .append("\",\"eventType\":\"").append(r[4]).append("\",\"eventMonth\":\"").append(r[5], 0, 7)
                    .append("\",\"casePseudonym\":\"").append(r[6]).append("\",\"personPseudonym\":\"").append(r[7])
                    .append("\",\"sex\":\"").append(r[8]).append("\",\"ageBand\":\"").append(r[9])
                    .append("\",\"nationality\":\"").append(r[10]).append("\",\"originCountry\":\"").append(r[11])
                    .append("\",\"destinationCountry\":\"").append(r[12]).append("\",\"tombstone\":false}");
        }
        return json.append("]}").toString();
    }

    /** Record i as text columns: the same values for the HTTP batches and for COPY. */
    private String[] row(int i, long version, int shift) {
        Random random = new Random(i * 31L + 7);
        YearMonth month = YearMonth.of(2025, 1).plusMonths((random.nextInt(MONTHS) + shift) % MONTHS);
        String country = countries.get(random.nextInt(countries.size()));
        return new String[] {hex(i, 1), Long.toString(version), missions.get(random.nextInt(missions.size())),
                caseTypes.get(random.nextInt(caseTypes.size())), "REGISTRATION", month.atDay(1).toString(),
                hex(i / 3, 2), hex(i / 3, 3), sexes.get(random.nextInt(sexes.size())),
                ageBands.get(random.nextInt(ageBands.size())), country, country,
                countries.get(random.nextInt(countries.size()))};
    }

    private double copyBaseline() throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("create table bench_copy (like cdr_record including defaults)");
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        double millis = 0;
        for (int from = 0; from < records; from += BATCH) {
            StringBuilder text = new StringBuilder();
            for (int i = from; i < Math.min(records, from + BATCH); i++) {
                String[] r = row(i, 1, 0);
                text.append(String.join("\t", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]))
                        .append('\n');
            }
            long t = System.nanoTime();
            copy.copyIn("copy bench_copy (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,"
                    + " person_pseudonym, sex, age_band, nationality, origin_country, destination_country) from stdin",
                    new StringReader(text.toString()));
            millis += (System.nanoTime() - t) / 1e6;
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("drop table bench_copy");
        }
        return millis;
    }

    /**
     * b. How long after their commit the statistical records of {@code bench.changedCases} new cases are at HQ:
     * the cases are made by the synthetic generator (the service layer, announcing their records into the outbox
     * in their own transactions); the push timer (every 5 s by default) sends them in batches of 1,000 to the
     * node's own HQ over HTTP. Visible = every outbox row of those cases acknowledged by HQ.
     */
    private void freshness() throws Exception {
        line("");
        line("## b. %,d new cases: their records at HQ how long after the last commit", changedCases);
        long before = scalar("select coalesce(max(seq), 0) from cdr_outbox");
        long t = System.nanoTime();
        HttpResponse<String> made = http.post("/api/admin/synthetic", admin, "{\"count\":" + changedCases
                + ",\"seed\":7,\"mission\":\"" + missions.get(0) + "\"}", Duration.ofMinutes(10));
        if (made.statusCode() != 201) {
            throw new IllegalStateException("synthetic cases: " + made.statusCode() + " " + made.body());
        }
        double generation = (System.nanoTime() - t) / 1e6;
        long committed = System.nanoTime();
        long recordsMade = scalar("select count(*) from cdr_outbox where seq > " + before);
        long waiting;
        long deadline = committed + Duration.ofMinutes(2).toNanos();
        while ((waiting = scalar("select count(*) from cdr_outbox where seq > " + before + " and sent_at is null")) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting + " records still not at HQ 2 minutes after their commit");
            }
            Thread.sleep(50);
        }
        double lag = (System.nanoTime() - committed) / 1e6;
        long atHq = scalar("select count(*) from cdr_record r join cdr_outbox o on o.record_id = r.record_id"
                + " and o.seq > " + before);
        line("");
        line("| what | figure |");
        line("|---|---:|");
        line("| cases made (synthetic generator, service layer) | %,d in %.1f s |", changedCases, generation / 1000);
        line("| statistical records they announced | %,d |", recordsMade);
        line("| at HQ (acknowledged), after the last commit | **%.1f s** |", lag / 1000);
        line("| records of those cases found in HQ's store | %,d |", atHq);
        line("");
        line("- Bar < 10 s after commit: **%s** (%.1f s; pushes run every 5 s, also while the cases are being made)",
                lag < 10_000 ? "met" : "NOT met", lag / 1000);
    }

    /**
     * c. HQ's aggregate by mission x type x event x month (GET /api/cdr/totals, the repository page's table)
     * over a store topped up to {@code bench.aggregateRows} records. The API reads the running totals the
     * ingest keeps (cdr_total); beside it, the same GROUP BY over every record in plain SQL (what the
     * totals cost without them) and the plain SQL read of cdr_total.
     */
    private void aggregate() throws SQLException {
        long have = scalar("select count(*) from cdr_record");
        line("");
        line("## c. Aggregate by mission x case type x event type x month over %,d records", Math.max(have, aggregateRows));
        long t = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            // more records like the ingested ones, written directly (the ingest is measured above)
            sql.executeUpdate("insert into cdr_record (record_id, version, mission, case_type, event_type, event_month,"
                    + " case_pseudonym, person_pseudonym, sex, age_band, nationality, origin_country, destination_country)"
                    + " select md5('bench' || g), 1, (array" + array(missions) + ")[1 + g % " + missions.size() + "],"
                    + " (array" + array(caseTypes) + ")[1 + g % " + caseTypes.size() + "], 'REGISTRATION',"
                    + " date '2025-01-01' + make_interval(months => (g % " + MONTHS + ")::int), md5('case' || (g / 3)),"
                    + " md5('person' || (g / 3)), (array" + array(sexes) + ")[1 + g % " + sexes.size() + "],"
                    + " (array" + array(ageBands) + ")[1 + g % " + ageBands.size() + "], 'SOM', 'SOM', 'KEN'"
                    + " from generate_series(1, " + Math.max(0, aggregateRows - have) + ") g");
            sql.execute("vacuum analyze cdr_record");
            // the records written directly bypassed the ingest's running totals: count them again, as V18 does
            sql.executeUpdate("truncate cdr_total");
            sql.executeUpdate("insert into cdr_total (mission, case_type, event_type, event_month, records)"
                    + " select mission, case_type, event_type, event_month, count(*) from cdr_record group by 1, 2, 3, 4");
        }
        long held = scalar("select count(*) from cdr_record");
        line("Store filled to %,d records in %.0f s (direct insert + VACUUM ANALYZE, as autovacuum would leave it;"
                + " then cdr_total counted again)", held, (System.nanoTime() - t) / 1e9);
        HttpResponse<String> totals = http.get("/api/cdr/totals", analyst());
        long listed = Http.fields(totals.body(), "records").stream().mapToLong(Long::parseLong).sum();
        if (listed != held) {
            throw new IllegalStateException("GET /api/cdr/totals adds up to " + listed + ", the store holds " + held);
        }
        line("GET /api/cdr/totals adds up to the %,d records held (checked)", listed);
        String mission = missions.get(0);
        List<Double> api = new ArrayList<>();
        List<Double> apiOne = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<Double> plainOne = new ArrayList<>();
        String sql = "select mission, case_type, event_type, to_char(event_month, 'YYYY-MM'), count(*) from cdr_record"
                + " group by mission, case_type, event_type, event_month order by 1, 2, 3, 4";
        String sqlOne = "select mission, case_type, event_type, to_char(event_month, 'YYYY-MM'), records from cdr_total"
                + " where records > 0 order by 1, 2, 3, 4";
        for (int i = 0; i < samples; i++) {
            checkBudget();
            api.add(http.timeGet("/api/cdr/totals", analyst()));
            plain.add(timeSql(sql));
            apiOne.add(http.timeGet("/api/cdr/totals?mission=" + mission, analyst()));
            plainOne.add(timeSql(sqlOne));
        }
        Stats all = Stats.of(api);
        line("");
        line("| what | samples | p50 | p95 | max |");
        line("|---|---:|---:|---:|---:|");
        line("| GET /api/cdr/totals (every mission) | %d | %s | **%s** | %s |", all.n(), Stats.ms(all.p50()), Stats.ms(all.p95()), Stats.ms(all.max()));
        Stats base = Stats.of(plain);
        line("| baseline: the GROUP BY over every record in plain SQL (no running totals) | %d | %s | %s | %s |", base.n(), Stats.ms(base.p50()), Stats.ms(base.p95()), Stats.ms(base.max()));
        Stats one = Stats.of(apiOne);
        line("| GET /api/cdr/totals?mission=%s | %d | %s | %s | %s |", mission, one.n(), Stats.ms(one.p50()), Stats.ms(one.p95()), Stats.ms(one.max()));
        Stats baseOne = Stats.of(plainOne);
        line("| baseline: plain SQL read of cdr_total (every mission) | %d | %s | %s | %s |", baseOne.n(), Stats.ms(baseOne.p50()), Stats.ms(baseOne.p95()), Stats.ms(baseOne.max()));
        line("");
        line("- Bar < 3 s over 10M records: **%s** (p95 %s); API / GROUP BY over every record (p50): **%.3fx**;"
                        + " API / plain read of the totals (p50): %.1fx",
                all.p95() < 3000 ? "met" : "NOT met", Stats.ms(all.p95()), all.p50() / base.p50(), all.p50() / baseOne.p50());
    }

    /** HQ's totals as analysts read them: the demo analyst (cdr:read). */
    private String analyst;

    private String analyst() {
        if (analyst == null) {
            analyst = http.token("analyst", PASSWORD);
        }
        return analyst;
    }

    private double timeSql(String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getLong(5);
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private void checkBudget() {
        if (System.nanoTime() - started > budget.toNanos()) {
            throw new IllegalStateException("over the time budget of " + budget + " (bench.minutes)");
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing for " + sql);
        }
        return values;
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String array(List<String> values) {
        return "['" + String.join("','", values) + "']";
    }

    private static String hex(long a, long b) {
        return String.format("%016x%016x", a, b);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
