package org.camino.it;

import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.camino.it.CaseFixtures.PASSWORD;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Key rotation end to end, on one database that outlives four servers:
 * cases written under k1; the job run under k1+k2 (current k2, and a new
 * blind-index key) fails on purpose part-way; a fresh server resumes it to
 * the end; a server with k2 alone still reads and finds everything.
 */
class KeyRotationIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path BUILD = Path.of(System.getProperty("camino.build.dir", "target"));
    private static final Path HOME = BUILD.resolve("rotation-home");
    private static final int CHUNK = 4;
    private static final int FAIL_AFTER = 3 * CHUNK;

    private record Registered(String number, String givenName, String fullName, String note) {
    }

    /** The pseudonymisation key of statistical records: required of a production node that holds cases. */
    private static final String PSEUDONYM_KEY = randomKey();

    @Test
    void everyValueMovesToTheNewKeyAResumedRunCountsEachRowOnceAndThenTheOldKeyIsNotNeeded() throws Exception {
        String k1 = "k1:" + randomKey();
        String k2 = "k2:" + randomKey();
        String oldBlind = randomKey();
        String newBlind = randomKey();

        List<Registered> registered = new ArrayList<>();
        Map<String, Long> rowsPerTable;
        long valuesUnderK1;
        // one database and one server directory; each phase is a new WildFly process with the keys of the phase
        try (CaminoServer server = start(CaminoServer.env("CAMINO_PSEUDONYM_KEY", PSEUDONYM_KEY,
                "CAMINO_KEYS", k1, "CAMINO_CURRENT_KEY", "k1", "CAMINO_BLIND_INDEX_KEY", oldBlind))) {
            String caseworker = token(server, "caseworker");
            for (int i = 0; i < 3; i++) {
                registered.add(register(server, caseworker, i == 0));
            }

            restart(server, CaminoServer.env("CAMINO_PSEUDONYM_KEY", PSEUDONYM_KEY,
                    "CAMINO_KEYS", k1 + "," + k2, "CAMINO_CURRENT_KEY", "k2", "CAMINO_BLIND_INDEX_KEY", newBlind,
                    "CAMINO_PREVIOUS_BLIND_INDEX_KEY", oldBlind, "CAMINO_KEY_ROTATION_CHUNK_SIZE", Integer.toString(CHUNK),
                    "CAMINO_TEST_FAIL_ROTATION_AFTER", Integer.toString(FAIL_AFTER)));
            String admin = token(server, "admin");
            assertEquals(403, get(server, "/api/admin/key-rotation", token(server, "caseworker")).statusCode(),
                    "key rotation is for administrators only");
            String before = get(server, "/api/admin/key-rotation", admin).body();
            assertEquals("NONE", Api.jsonString(before, "state"), before);
            valuesUnderK1 = Long.parseLong(Api.jsonString(before, "ciphertextsUnderOldKeys"));
            assertTrue(valuesUnderK1 > 30, before);

            HttpResponse<String> started = post(server, "/api/admin/key-rotation", admin);
            assertEquals(202, started.statusCode(), started.body());
            String failed = awaitEnd(server, admin);
            assertEquals("FAILED", Api.jsonString(failed, "state"), failed);
            rowsPerTable = rowsPerTable(server, tables(failed).keySet());
            long done = tables(failed).values().stream().mapToLong(t -> t[1]).sum();
            assertEquals(FAIL_AFTER, done, "the chunks before the failure stay done: " + failed);
            assertTrue(rowsPerTable.values().stream().mapToLong(Long::longValue).sum() > done, failed);

            caseworker = token(server, "caseworker");
            for (Registered r : registered) {
                assertTrue(search(server, caseworker, r.fullName()).contains(r.number()),
                        "found under the previous blind-index key meanwhile");
            }

            restart(server, CaminoServer.env("CAMINO_PSEUDONYM_KEY", PSEUDONYM_KEY,
                    "CAMINO_KEYS", k1 + "," + k2, "CAMINO_CURRENT_KEY", "k2", "CAMINO_BLIND_INDEX_KEY", newBlind,
                    "CAMINO_PREVIOUS_BLIND_INDEX_KEY", oldBlind, "CAMINO_KEY_ROTATION_CHUNK_SIZE", Integer.toString(CHUNK)));
            admin = token(server, "admin");
            HttpResponse<String> restarted = post(server, "/api/admin/key-rotation/restart", admin);
            assertEquals(202, restarted.statusCode(), restarted.body());
            String completed = awaitEnd(server, admin);
            assertEquals("COMPLETED", Api.jsonString(completed, "state"), completed);
            assertEquals("0", Api.jsonString(completed, "ciphertextsUnderOldKeys"), completed);

            Map<String, long[]> tables = tables(completed);
            assertEquals(rowsPerTable.keySet(), tables.keySet());
            tables.forEach((table, counts) -> {
                assertEquals(rowsPerTable.get(table), counts[0], table + ": total counted at the start");
                assertEquals(counts[0], counts[1], table + ": every row done exactly once across both executions");
            });
            assertEquals(valuesUnderK1, tables.values().stream().mapToLong(t -> t[2]).sum(),
                    "each value under k1 re-encrypted once: " + completed);
            assertTrue(tables.get("person")[3] > 0, "person indexes recomputed under the new blind-index key");
            assertOnlyUnderK2(server, tables.keySet());

            assertEquals(409, post(server, "/api/admin/key-rotation/restart", admin).statusCode(),
                    "a completed run is not restarted");
            String log = get(server, "/api/admin/access-log?limit=50", admin).body();
            assertTrue(log.contains("KEY_ROTATION_STARTED") && log.contains("KEY_ROTATION_RESTARTED"), log);
            Matcher finished = Pattern.compile("\\{[^{}]*KEY_ROTATION_FINISHED[^{}]*\\}").matcher(log);
            List<String> ends = new ArrayList<>();
            while (finished.find()) {
                ends.add(finished.group());
            }
            assertTrue(ends.stream().anyMatch(e -> e.contains("COMPLETED") && e.contains("\"username\":\"admin\"")),
                    "the end is logged in the name of the administrator who started the run: " + ends);
            assertFalse(log.contains(registered.get(0).givenName()), "no plaintext in the log");

            WebClient browser = new WebClient(server.baseUrl());
            browser.signIn("admin", PASSWORD);
            HttpResponse<String> page = browser.open("/admin/keys.xhtml");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("id=\"nav-keys\"") && page.body().contains("ui-progressbar")
                    && page.body().contains(">k2<"), page.body());
            assertFalse(page.body().contains(registered.get(0).givenName()), "the page shows counts, never values");
            WebClient caseworkerBrowser = new WebClient(server.baseUrl());
            caseworkerBrowser.signIn("caseworker", PASSWORD);
            assertEquals(403, caseworkerBrowser.open("/admin/keys.xhtml").statusCode());

            restart(server, CaminoServer.env("CAMINO_PSEUDONYM_KEY", PSEUDONYM_KEY,
                    "CAMINO_KEYS", k2, "CAMINO_CURRENT_KEY", "k2", "CAMINO_BLIND_INDEX_KEY", newBlind));
            caseworker = token(server, "caseworker");
            for (Registered r : registered) {
                HttpResponse<String> read = get(server, "/api/cases/" + r.number(), caseworker);
                assertEquals(200, read.statusCode(), read.body());
                assertTrue(read.body().contains(r.givenName()) && read.body().contains(r.note()), read.body());
                assertTrue(search(server, caseworker, r.fullName()).contains(r.number()), "found under the new blind-index key");
            }
            String history = get(server, "/api/cases/" + registered.get(0).number() + "/history", caseworker).body();
            assertTrue(history.contains("-Corrected"), "history rows decrypt with k2 alone: " + history);
            String status = get(server, "/api/admin/key-rotation", token(server, "admin")).body();
            assertEquals("0", Api.jsonString(status, "ciphertextsUnderOldKeys"), status);
        }
    }

    /** A case with a note; the first one also gets its principal corrected, so history rows exist. */
    private static Registered register(CaminoServer server, String token, boolean edit) {
        String given = unique("Rotated");
        String family = unique("Family");
        String document = unique("RD");
        String principal = person(given, family, "1984-06-07", document, "+254711000111");
        String child = "[{\"person\":" + person(unique("Child"), unique("Fam"), "2018-03-04", "", "")
                .replace("\"documentType\":\"PASSPORT\",", "") + ",\"relationship\":\"CHILD\"}]";
        HttpResponse<String> created = post(server, "/api/cases", token,
                CaseFixtures.newCase("RST", "KEN", principal, child, true));
        assertEquals(201, created.statusCode(), created.body());
        String number = CaseFixtures.number(created.body());
        String note = unique("Interview notes ");
        HttpResponse<String> noted = post(server, "/api/cases/" + number + "/notes", token, "{\"text\":\"" + note + "\"}");
        assertTrue(noted.statusCode() < 300, noted.body());
        if (edit) {
            HttpResponse<String> edited = send(server, "/api/cases/" + number + "/people/" + CasesIT.firstPersonId(created.body()),
                    token, "PUT", "{\"version\":" + CasesIT.firstPersonVersion(created.body()) + ",\"person\":"
                            + person(given, family + "-Corrected", "1984-06-07", document, "+254711000111") + "}");
            assertEquals(200, edited.statusCode(), edited.body());
        }
        return new Registered(number, given, given + " " + (edit ? family + "-Corrected" : family), note);
    }

    /** Polls the status until the run is no longer running; bounded. */
    private static String awaitEnd(CaminoServer server, String admin) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 240; i++) {
            status = get(server, "/api/admin/key-rotation", admin).body();
            if (!"RUNNING".equals(Api.jsonString(status, "state"))) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("still running after 60 s: " + status);
    }

    /** table -> {rowsTotal, rowsDone, valuesRotated, indexesRecomputed}, from a status. */
    private static Map<String, long[]> tables(String status) {
        Map<String, long[]> tables = new LinkedHashMap<>();
        Matcher list = Pattern.compile("\"tables\":\\[(.*?)\\]").matcher(status);
        assertTrue(list.find(), status);
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(list.group(1));
        while (object.find()) {
            String table = object.group();
            tables.put(Api.jsonString(table, "table"), new long[] {
                    Long.parseLong(Api.jsonString(table, "rowsTotal")), Long.parseLong(Api.jsonString(table, "rowsDone")),
                    Long.parseLong(Api.jsonString(table, "valuesRotated")),
                    Long.parseLong(Api.jsonString(table, "indexesRecomputed"))});
        }
        return tables;
    }

    private static Map<String, Long> rowsPerTable(CaminoServer server, Set<String> tables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = sql.executeQuery("select count(*) from camino." + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        return rows;
    }

    /**
     * Text columns of those tables that hold no ciphertext: the word keys of a name are HMACs under the
     * blind-index key (CAMINO_BLIND_INDEX_KEY), which a rotation of the field cipher's key leaves as they are.
     */
    private static final Set<String> NOT_CIPHERTEXT = Set.of("person.name_keys");

    /** Every other text column of those tables holds ciphertexts; each must be under k2 now. */
    private static void assertOnlyUnderK2(CaminoServer server, Set<String> tables) throws SQLException {
        long checked = 0;
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres")) {
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (PreparedStatement q = db.prepareStatement("select column_name from information_schema.columns"
                        + " where table_schema = 'camino' and table_name = ? and data_type = 'text'")) {
                    q.setString(1, table);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            columns.add(rs.getString(1));
                        }
                    }
                }
                for (String column : columns) {
                    if (NOT_CIPHERTEXT.contains(table + "." + column)) {
                        continue;
                    }
                    try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                            "select " + column + " from camino." + table + " where " + column + " is not null")) {
                        while (rs.next()) {
                            assertTrue(rs.getString(1).startsWith("v1:k2:"), table + "." + column + " not under k2");
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 30, "checked " + checked + " values");
    }

    private static String search(CaminoServer server, String token, String name) {
        return get(server, "/api/cases/search?by=name&value=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token).body();
    }

    private static CaminoServer start(Map<String, String> env) {
        return CaminoServer.start(new CaminoServer.Options(
                Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")),
                BUILD, HOME, BUILD.resolve("rotation-server"),
                0, DeployedCamino.PORT_OFFSET + 300, true, true, false, env));
    }

    /** The next phase: WildFly stopped as an operator would, and started again with the phase's keys. */
    private static void restart(CaminoServer server, Map<String, String> env) {
        server.stopWildFly();
        server.restartWildFly(env);
    }

    private static String token(CaminoServer server, String username) {
        return Api.tokenAt(server.baseUrl(), username, PASSWORD);
    }

    private static HttpResponse<String> get(CaminoServer server, String path, String token) {
        return send(server, path, token, "GET", null);
    }

    private static HttpResponse<String> post(CaminoServer server, String path, String token) {
        return send(server, path, token, "POST", "");
    }

    private static HttpResponse<String> post(CaminoServer server, String path, String token, String json) {
        return send(server, path, token, "POST", json);
    }

    private static HttpResponse<String> send(CaminoServer server, String path, String token, String method, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Api.send(request);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
