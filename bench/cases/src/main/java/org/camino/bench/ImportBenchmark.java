package org.camino.bench;

import org.camino.devserver.CaminoServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The "Bulk import" figures of docs/benchmarks.md, against a Camino of its
 * own: a CSV of {@code bench.rows} new people imported into KEN through the
 * API (check, then the rows written as cases), beside the service layer's
 * bulk registration (the synthetic generator) of as many cases in the same
 * run. See bench/imports/run.sh.
 */
public final class ImportBenchmark {

    private static final String PASSWORD = "camino-demo-2026";
    private static final String HEADER = "givenName,familyName,dateOfBirth,sex,nationality,documentType,documentNumber,"
            + "documentCountry,movement.originCountry,movement.destinationCountry,movement.plannedDeparture,consentPurpose";

    private final int rows = Integer.getInteger("bench.rows", 100_000);
    private final int warmup = Integer.getInteger("bench.warmup", 50_000);
    private final StringBuilder report = new StringBuilder();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Http http;
    private String baseUrl;

    public static void main(String[] args) throws Exception {
        new ImportBenchmark().run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path build = root.resolve("ear/target");
        Path wildfly;
        try (Stream<Path> dirs = Files.list(build)) {
            wildfly = dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No WildFly in " + build));
        }
        Path work = root.resolve("bench/imports/target");
        int portOffset = Integer.getInteger("bench.portOffset", 3000);
        CaminoServer.Options options = new CaminoServer.Options(wildfly, root.resolve("ear"), build,
                work.resolve("bench-home"), work.resolve("bench-server"), 0, portOffset, true, true, false,
                Map.of("JAVA_OPTS", "-Xms2g -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
                        + " -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"));
        line("# Bulk import benchmark, %s, load average %s, %d processors", LocalDateTime.now().withNano(0), loadAverage(),
                Runtime.getRuntime().availableProcessors());
        line("");
        try (CaminoServer server = CaminoServer.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bench-shutdown"));
            baseUrl = server.baseUrl();
            http = new Http(baseUrl);
            try (Connection db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
                 Statement sql = db.createStatement();
                 ResultSet fsync = sql.executeQuery("show fsync")) {
                fsync.next();
                line("PostgreSQL fsync: %s (the test and benchmark database is thrown away)", fsync.getString(1));
            }
            String admin = http.token("admin", PASSWORD);
            String caseworker = http.token("caseworker", PASSWORD);
            generate(admin, warmup, 1, "warm-up, not measured");
            importFile(caseworker, csv(Math.min(10_000, rows / 5), "Warm"), "warm-up.csv", "warm-up import, not measured");

            line("");
            line("| what | cases | time | rate |");
            line("|---|---:|---:|---:|");
            double synthetic = generate(admin, rows, 2, "measured");
            line("| bulk registration, service layer (synthetic generator: households, several persons per case) | %,d | %.1f s | %,.0f cases/s |",
                    rows, rows / synthetic, synthetic);
            byte[] file = csv(rows, "Bench").getBytes(StandardCharsets.UTF_8);
            long dryStarted = System.nanoTime();
            HttpResponse<String> dryRun = send("/api/imports/dry-run?mission=KEN&type=RST", caseworker, file);
            double drySeconds = (System.nanoTime() - dryStarted) / 1e9;
            if (dryRun.statusCode() != 200) {
                throw new IllegalStateException("dry run: " + dryRun.statusCode() + " " + dryRun.body());
            }
            line("| dry run of a %,d-row CSV (%,.1f MB): every row checked, duplicates looked up, nothing saved | %,d | %.1f s | %,.0f rows/s |",
                    rows, file.length / 1e6, rows, drySeconds, rows / drySeconds);
            double[] phases = importFile(caseworker, new String(file, StandardCharsets.UTF_8), "bench.csv", "measured");
            line("| import, accepting (rows checked again, the dry run's duplicate lookups reused if still true, file kept) | %,d | %.1f s | %,.0f rows/s |",
                    rows, phases[0], rows / phases[0]);
            line("| import, writing the rows as cases (background, after the 202) | %,d | %.1f s | **%,.0f rows/s** |",
                    rows, phases[1], rows / phases[1]);
            double endToEnd = rows / (phases[0] + phases[1]);
            line("| import, end to end (upload to DONE) | %,d | %.1f s | **%,.0f rows/s** |",
                    rows, phases[0] + phases[1], endToEnd);
            line("");
            line("Same run: import end to end / bulk registration = %.2f; writing alone / bulk registration = %.2f;"
                    + " load average at the end: %s", endToEnd / synthetic, rows / phases[1] / synthetic, loadAverage());
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println("\nResults written to " + work.resolve("results.md"));
        }
    }

    /** Cases per second of the synthetic generator, as the server measured it. */
    private double generate(String admin, int count, long seed, String what) {
        HttpResponse<String> response = http.post("/api/admin/synthetic", admin,
                "{\"count\":" + count + ",\"seed\":" + seed + ",\"mission\":\"KEN\"}", Duration.ofMinutes(30));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("generate: " + response.statusCode() + " " + response.body());
        }
        System.out.printf(Locale.ROOT, "[bench] synthetic %,d (%s): %s%n", count, what, response.body());
        return Double.parseDouble(Http.field(response.body(), "casesPerSecond"));
    }

    /** Seconds to accept the file (until the 202), then to write every row (until DONE). */
    private double[] importFile(String token, String csv, String name, String what) throws InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> accepted = send("/api/imports?mission=KEN&type=RST&fileName=" + name, token,
                csv.getBytes(StandardCharsets.UTF_8));
        double accepting = (System.nanoTime() - started) / 1e9;
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import: " + accepted.statusCode() + " " + accepted.body());
        }
        String id = Http.field(accepted.body(), "id");
        long writing = System.nanoTime();
        long deadline = writing + Duration.ofMinutes(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = http.get("/api/imports/" + id, token);
            if ("DONE".equals(Http.field(status.body(), "status"))) {
                double seconds = (System.nanoTime() - writing) / 1e9;
                System.out.printf(Locale.ROOT, "[bench] import %s (%s): accepted in %.1f s, written in %.1f s%n",
                        id, what, accepting, seconds);
                return new double[] {accepting, seconds};
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("import " + id + " not done within an hour");
    }

    /** New, distinct people: a resettlement from Kenya to Canada each, with a passport. */
    private static String csv(int count, String prefix) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append(i).append(",Imp").append(Integer.toString(i * 7919, 36)).append(",19")
                    .append(50 + i % 50).append("-0").append(1 + i % 9).append("-1").append(i % 9).append(',')
                    .append(i % 2 == 0 ? "FEMALE" : "MALE").append(",SOM,PASSPORT,").append(prefix).append('P').append(i)
                    .append(",SOM,KEN,CAN,2027-03-01,CASE_MANAGEMENT\n");
        }
        return csv.toString();
    }

    private HttpResponse<String> send(String path, String token, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** The machine's load (1, 5, 15 minutes): the machine may be shared, so the figures say how busy it was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
