package org.camino.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.camino.devserver.CaminoServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The 50-caseworker load of docs/reliability.md (issue 17), against a Camino of its own started like the run
 * command's (demo mode, embedded PostgreSQL with fsync on). See bench/load/run.sh for what it does and its options.
 */
public final class LoadBenchmark {

    private static final String DEMO_PASSWORD = "camino-demo-2026";
    private static final String MISSION = "LDT";
    /** The actions of a caseworker's visit, in the order played; the last three save. */
    private static final List<String> ACTIONS = List.of("sign in", "search", "open", "register", "edit", "step");
    private static final List<String> SAVES = List.of("register", "edit", "step");

    private final long cases = Long.getLong("bench.cases", 1_000_000L);
    private final int seedCases = Integer.getInteger("bench.seedCases", 25_000);
    private final int users = Integer.getInteger("bench.users", 50);
    private final Duration loadTime = Duration.ofSeconds(Integer.getInteger("bench.seconds", 300));
    private final Duration warmupTime = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 60));
    private final Duration fillBudget = Duration.ofMinutes(Integer.getInteger("bench.fillMinutes", 40));
    private final int thinkMillis = Integer.getInteger("bench.thinkMillis", 1000);
    private final int maxVisits = Integer.getInteger("bench.maxVisits", 10_000);
    private final boolean fsync = Boolean.parseBoolean(System.getProperty("bench.fsync", "true"));
    /** One measured phase per entry: visits per sign-in, 0 for one sign-in per caseworker and phase (a working session). */
    private final List<Integer> signInEvery = Stream.of(System.getProperty("bench.signInEvery", "1,0").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private final StringBuilder report = new StringBuilder();
    private final SecureRandom random = new SecureRandom();

    private Http http;
    private Connection db;
    private final List<String[]> caseworkers = new ArrayList<>();
    private final List<String> sampleNumbers = new ArrayList<>();
    private final List<String> sampleNames = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
    }

    private void run() throws Exception {
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath();
        Path work = root.resolve("bench/load/target");
        int portOffset = Integer.getInteger("bench.portOffset", 4300);
        deleteRecursively(work.resolve("bench-home")); // a fresh database, kept durable as the run command's
        Path build = copyOfBuild(root, work);
        line("# Load: %d caseworkers, %s", users, LocalDateTime.now().withNano(0));
        line("");
        line("Machine: %s", Machine.describe());
        line("Embedded PostgreSQL: **fsync %s**, synchronous_commit %s (the run command's: on).", fsync ? "on" : "off",
                fsync ? "on" : "off");
        try (CaminoServer server = BenchServer.start(root, build, work, portOffset, Map.of(), fsync)) {
            http = new Http(server.baseUrl());
            db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
            try (Statement sql = db.createStatement()) {
                sql.execute("set search_path to camino");
            }
            String admin = http.token("admin", DEMO_PASSWORD);
            createMissionAndUsers(admin);
            fill(admin);
            sample();
            line("");
            line("Warm-up: %d s of the same load, not measured. Load (uptime) before: %s", warmupTime.toSeconds(), Machine.load());
            play(warmupTime, signInEvery.get(0));
            for (int every : signInEvery) {
                line("");
                line("## %s", every == 0 ? "Each caseworker signs in once, then keeps the token (a working session)"
                        : every == 1 ? "Each visit signs in (a new token every visit)" : "A sign-in every " + every + " visits");
                line("");
                long logBefore = scalar("select count(*) from access_log");
                line("Measured: %d s. Load (uptime) before: %s", loadTime.toSeconds(), Machine.load());
                long started = System.nanoTime();
                Map<String, Action> measured = play(loadTime, every);
                double seconds = (System.nanoTime() - started) / 1e9;
                long logEntries = scalar("select count(*) from access_log") - logBefore;
                line("Load (uptime) after: %s", Machine.load());
                table(measured, seconds, logEntries);
            }
            db.close();
        } finally {
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println("\nResults written to " + work.resolve("results.md"));
        }
    }

    /** What one action did over a run: timings of its successes, its errors and the first few of them. */
    private static final class Action {
        final List<Double> millis = new ArrayList<>();
        int errors;
        final List<String> firstErrors = new ArrayList<>();

        synchronized void ok(double ms) {
            millis.add(ms);
        }

        synchronized void error(String what) {
            errors++;
            if (firstErrors.size() < 3) {
                firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
            }
        }
    }

    /** Mission LDT and its caseworkers (resettlement and AVRR), made through the API as an administrator would. */
    private void createMissionAndUsers(String admin) {
        expect(201, http.post("/api/admin/missions", admin, "{\"code\":\"" + MISSION + "\",\"name\":\"Load test\",\"country\":\"KEN\"}",
                Duration.ofSeconds(60)), "mission");
        for (int i = 0; i < users; i++) {
            String username = "load.caseworker" + i;
            String initial = secret();
            String body = Json.createObjectBuilder().add("username", username).add("displayName", "Load caseworker " + i)
                    .add("initialPassword", initial).add("assignments", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("roleCode", "CASEWORKER").add("missionCode", MISSION)
                                    .add("programmeArea", "resettlement"))
                            .add(Json.createObjectBuilder().add("roleCode", "CASEWORKER").add("missionCode", MISSION)
                                    .add("programmeArea", "avrr"))).build().toString();
            expect(201, http.post("/api/admin/users", admin, body, Duration.ofSeconds(60)), "user " + username);
            String password = secret();
            expect(204, http.post("/api/account/password", null, Json.createObjectBuilder().add("username", username)
                    .add("currentPassword", initial).add("newPassword", password).build().toString(),
                    Duration.ofSeconds(60)), "password of " + username);
            caseworkers.add(new String[] {username, password});
        }
        line("Mission %s and %d caseworkers made through the API (POST /api/admin/missions, /api/admin/users,"
                + " /api/account/password).", MISSION, users);
    }

    /** The recipe of docs/benchmarks.md "Mission reports": synthetic cases through the product, copied in SQL. */
    private void fill(String admin) throws Exception {
        long t = System.nanoTime();
        for (int done = 0; done < seedCases; done += 5_000) {
            expect(201, http.post("/api/admin/synthetic", admin, "{\"count\":" + Math.min(5_000, seedCases - done) + ",\"seed\":"
                    + (done + 1) + ",\"mission\":\"" + MISSION + "\"}", Duration.ofMinutes(20)), "synthetic cases");
        }
        long seed = missionCases();
        line("Seed: %,d cases of %s by the synthetic generator (POST /api/admin/synthetic) in %.0f s", seed, MISSION,
                (System.nanoTime() - t) / 1e9);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (scalar("select count(*) from cdr_outbox where sent_at is null") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000); // the node sends the seed's records to its own HQ: not during the measurement
        }
        t = System.nanoTime();
        long fillDeadline = t + fillBudget.toNanos();
        int copies = MissionCopies.fill(db, MISSION, seed, cases, () -> System.nanoTime() < fillDeadline);
        try (Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze case_file");
            sql.execute("vacuum analyze case_status_change");
            sql.execute("vacuum analyze stat_record");
        }
        long total = scalar("select count(*) from case_file");
        line("Copied %d times in SQL (new ids, numbers, pseudonyms; persons and households shared) in %.0f s, then VACUUM"
                + " ANALYZE: **%,d cases in the database** (%,d of %s; %,d persons)%s", copies, (System.nanoTime() - t) / 1e9,
                total, missionCases(), MISSION, scalar("select count(*) from person"),
                missionCases() < cases ? " — **the fill budget ran out before " + String.format("%,d", cases) + "**" : "");
        line("Load (uptime) after filling: %s", Machine.load());
    }

    /**
     * Case numbers spread over the whole mission, of the types the caseworkers hold (resettlement, AVRR), and the
     * principals' names of some (read through the API).
     */
    private void sample() throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select c.number from case_file c join mission m"
                + " on m.id = c.mission_id where m.code = '" + MISSION + "' and c.case_type in ('RST', 'AVR') order by random() limit 1000")) {
            while (rs.next()) {
                sampleNumbers.add(rs.getString(1));
            }
        }
        String token = http.token(caseworkers.get(0)[0], caseworkers.get(0)[1]);
        for (String number : sampleNumbers.subList(0, Math.min(200, sampleNumbers.size()))) {
            HttpResponse<String> open = http.get("/api/cases/" + number, token);
            expect(200, open, "case " + number);
            for (JsonValue member : json(open.body()).getJsonArray("household")) {
                JsonObject m = member.asJsonObject();
                JsonObject person = m.getJsonObject("person");
                if (m.getBoolean("principal") && person.getString("givenName", null) != null) {
                    sampleNames.add(person.getString("givenName") + " " + person.getString("familyName", ""));
                }
            }
        }
    }

    /**
     * Every caseworker plays visits until {@code time} is over (or {@code bench.maxVisits} each), signing in at the
     * first visit and then every {@code signInEvery} visits (0: never again in this phase).
     */
    private Map<String, Action> play(Duration time, int signInEvery) throws InterruptedException {
        Map<String, Action> actions = new ConcurrentHashMap<>();
        ACTIONS.forEach(a -> actions.put(a, new Action()));
        long end = System.nanoTime() + time.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (String[] caseworker : caseworkers) {
            pool.submit(() -> {
                String bearer = null;
                for (int visit = 0; visit < maxVisits && System.nanoTime() < end; visit++) {
                    if (bearer == null || (signInEvery > 0 && visit % signInEvery == 0)) {
                        bearer = signIn(caseworker, actions, end);
                    }
                    if (bearer != null) {
                        visit(bearer, actions, end);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(time.toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the caseworkers did not stop within 2 minutes of the end");
        }
        return actions;
    }

    /** Signs in (a new API token, the password checked with Argon2id); its secret, or null if it failed. */
    private String signIn(String[] caseworker, Map<String, Action> actions, long end) {
        String token = act(actions, "sign in", 201, () -> http.post("/api/tokens", null, "{\"username\":\"" + caseworker[0]
                + "\",\"password\":\"" + caseworker[1] + "\",\"name\":\"load\"}", Duration.ofSeconds(60)), end);
        return token == null ? null : Http.field(token, "secret");
    }

    /**
     * One visit of a signed-in caseworker: search a name, open a case found, register a new resettlement case,
     * correct its principal's phone, move it to IN_PROCESSING; a think time before each action. An action that
     * fails ends the visit (what follows needs it).
     */
    private void visit(String bearer, Map<String, Action> actions, long end) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String name = sampleNames.get(r.nextInt(sampleNames.size()));
        String found = act(actions, "search", 200, () -> http.get("/api/cases/search?by=name&value=" + Http.encode(name), bearer), end);
        if (found == null) {
            return;
        }
        List<String> numbers = Http.fields(found, "number");
        String number = numbers.isEmpty() ? sampleNumbers.get(r.nextInt(sampleNumbers.size())) : numbers.get(r.nextInt(numbers.size()));
        if (act(actions, "open", 200, () -> http.get("/api/cases/" + number, bearer), end) == null) {
            return;
        }
        String registered = act(actions, "register", 201, () -> http.post("/api/cases", bearer, newCase(), Duration.ofSeconds(60)), end);
        if (registered == null) {
            return;
        }
        JsonObject created = json(registered);
        String newNumber = created.getString("number");
        JsonObject principal = created.getJsonArray("household").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getBoolean("principal")).findFirst().orElseThrow().getJsonObject("person");
        String edit = "{\"version\":" + principal.getJsonNumber("version").longValue() + ",\"person\":"
                + person(principal.getString("givenName"), principal.getString("familyName"), principal.getString("documentNumber"),
                "+2547" + (10_000_000 + r.nextInt(89_999_999))) + "}";
        String edited = act(actions, "edit", 200, () -> http.put("/api/cases/" + newNumber + "/people/"
                + principal.getJsonNumber("id").longValue(), bearer, edit), end);
        if (edited == null) {
            return;
        }
        long version = json(edited).getJsonNumber("version").longValue();
        act(actions, "step", 200, () -> http.post("/api/cases/" + newNumber + "/steps", bearer, "{\"expectedVersion\":" + version
                + ",\"toStatus\":\"IN_PROCESSING\"}", Duration.ofSeconds(60)), end);
    }

    /** Thinks, then times one call; returns its body, or null if it failed (counted) or the time is over. */
    private String act(Map<String, Action> actions, String action, int expected,
                       java.util.function.Supplier<HttpResponse<String>> call, long end) {
        try {
            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextInt(Math.max(1, thinkMillis)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (System.nanoTime() >= end) {
            return null;
        }
        long t = System.nanoTime();
        try {
            HttpResponse<String> response = call.get();
            double ms = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != expected) {
                actions.get(action).error(response.statusCode() + " " + response.body());
                return null;
            }
            actions.get(action).ok(ms);
            return response.body();
        } catch (RuntimeException e) {
            actions.get(action).error(String.valueOf(e.getCause() != null ? e.getCause() : e));
            return null;
        }
    }

    private String newCase() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String child = person("Child" + unique, "Load" + unique, null, "").replace("\"dateOfBirth\":\"1990-05-17\"",
                "\"dateOfBirth\":\"2018-03-04\"");
        return "{\"type\":\"RST\",\"mission\":\"" + MISSION + "\",\"principal\":" + person("Amina" + unique, "Load" + unique,
                "LD" + unique, "+2547" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))) + ",\"members\":[{\"person\":" + child
                + ",\"relationship\":\"CHILD\"}],\"movement\":{\"originCountry\":\"KEN\",\"originPlace\":\"Nairobi\","
                + "\"destinationCountry\":\"CAN\",\"destinationPlace\":\"Toronto\",\"plannedDeparture\":\"2027-03-01\","
                + "\"plannedArrival\":\"2027-03-02\",\"transportMeans\":\"AIR\",\"escort\":\"NONE\",\"status\":\"PLANNED\"},"
                + "\"consentPurpose\":\"CASE_MANAGEMENT\",\"consentDate\":\"2026-11-01\",\"duplicatesAcknowledged\":true}";
    }

    /** A person as the registration wizard sends it; no document if {@code document} is null. */
    private static String person(String given, String family, String document, String phone) {
        return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"1990-05-17\",\"sex\":\"FEMALE\","
                + "\"nationality\":\"SOM\"," + (document == null ? "" : "\"documentType\":\"PASSPORT\",\"documentNumber\":\""
                + document + "\",\"documentCountry\":\"SOM\",") + "\"phone\":\"" + phone + "\",\"address\":\"Block 7, Dadaab camp\","
                + "\"vulnerabilities\":[]}";
    }

    private void table(Map<String, Action> actions, double seconds, long logEntries) {
        line("");
        line("| action | count | errors | per second | p50 ms | p95 ms | p99 ms | max ms |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> saves = new ArrayList<>();
        int saveErrors = 0;
        for (String name : ACTIONS) {
            Action a = actions.get(name);
            Stats s = Stats.of(a.millis);
            line("| %s | %,d | %d | %.1f | %s | %s | %s | %s |", name, s.n(), a.errors, s.n() / seconds, Stats.ms(s.p50()),
                    Stats.ms(s.p95()), Stats.ms(s.p99()), Stats.ms(s.max()));
            if (SAVES.contains(name)) {
                saves.addAll(a.millis);
                saveErrors += a.errors;
            }
        }
        Stats s = Stats.of(saves);
        line("| **every save** (register, edit, step) | %,d | %d | %.1f | %s | **%s** | %s | %s |", s.n(), saveErrors,
                s.n() / seconds, Stats.ms(s.p50()), Stats.ms(s.p95()), Stats.ms(s.p99()), Stats.ms(s.max()));
        int errors = actions.values().stream().mapToInt(a -> a.errors).sum();
        line("");
        line("Requests: %,d in %.0f s (%.1f/s). Errors: **%d** (goal 0). Save p95: **%s ms** (goal < 100 ms: %s)."
                        + " Access-log entries: %,d (%.1f/s).",
                actions.values().stream().mapToInt(a -> a.millis.size() + a.errors).sum(), seconds,
                actions.values().stream().mapToInt(a -> a.millis.size() + a.errors).sum() / seconds, errors, Stats.ms(s.p95()),
                s.p95() < 100 ? "met" : "**NOT met**", logEntries, logEntries / seconds);
        actions.forEach((name, a) -> a.firstErrors.forEach(e -> line("- first errors of %s: %s", name, e)));
    }

    private long missionCases() throws SQLException {
        return scalar("select count(*) from case_file c join mission m on m.id = c.mission_id where m.code = '" + MISSION + "'");
    }

    /** ear/target's WildFly, EAR and driver copied aside, so that a build of this checkout cannot touch the running server. */
    static Path copyOfBuild(Path root, Path work) throws IOException {
        Path source = root.resolve("ear/target");
        Path build = work.resolve("build");
        deleteRecursively(build);
        try (Stream<Path> dirs = Files.list(source)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-")
                    || d.getFileName().toString().equals("server-libs") || d.getFileName().toString().equals("camino.ear")).toList()) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path target = build.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.createDirectories(target.getParent());
                            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
            }
        }
        return build;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private String secret() {
        String chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder("Ld-");
        for (int i = 0; i < 20; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
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

    private void line(String format, Object... args) {
        String text = String.format(java.util.Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
