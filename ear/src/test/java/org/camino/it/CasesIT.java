package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.camino.it.CaseFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(DeployedCamino.class)
class CasesIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    @Test
    void oneCaseOfEachTypeIsRegisteredWithHouseholdAndMovementAndNumbered() {
        String caseworker = world.token("caseworker");
        String health = world.token("health");
        String ct = world.token("ctofficer");
        for (String[] c : new String[][]{{"RST", caseworker}, {"AVR", caseworker}, {"MHA", health}, {"CTA", ct}}) {
            String json = register(c[1], c[0], world.mission(), person(unique("Amina"), unique("Warsame"), "1990-05-17", unique("P"), "+254700000001"));
            assertTrue(number(json).matches(world.mission() + "-" + c[0] + "-\\d{4}-\\d{6}"), number(json));
            assertTrue(json.contains("\"relationship\":\"CHILD\""), "household member");
            assertTrue(json.contains("\"destinationCountry\":\"CAN\""), "movement");
            HttpResponse<String> read = Api.get("/api/cases/" + number(json), c[1]);
            assertEquals(200, read.statusCode(), read.body());
        }
    }

    @Test
    void noSeededNameDocumentOrNoteReachesPostgresInClear() throws Exception {
        String token = world.token("caseworker");
        String given = unique("Zeynab");
        String family = unique("Qorane");
        String document = unique("DOC");
        String phone = "+2547" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String note = unique("Fled after threats from ");
        String json = register(token, "AVR", world.mission(), person(given, family, "1985-02-03", document, phone));
        Api.post("/api/cases/" + number(json) + "/notes", token, "{\"text\":\"" + note + "\"}");
        HttpResponse<String> edit = Api.put("/api/cases/" + number(json) + "/people/" + firstPersonId(json), token,
                "{\"version\":" + firstPersonVersion(json) + ",\"person\":" + person(given, family + "x", "1985-02-03", document, phone) + "}");
        assertEquals(200, edit.statusCode(), edit.body());
        List<String> secrets = List.of(given, family, document, note, phone.substring(1), "1985-02-03", "Dadaab");

        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres")) {
            // 1. plain JDBC over every column of every table
            String everything = dumpAllTables(db);
            assertTrue(everything.contains(number(json)), "the dump does contain the case");
            for (String secret : secrets) {
                assertFalse(everything.contains(secret), "clear text in a table: " + secret);
            }
            // 2. the database files themselves, write-ahead log included, after a checkpoint
            try (Statement sql = db.createStatement()) {
                sql.execute("checkpoint");
            }
        }
        assertEquals(List.of(), AreaFixtures.secretsInDatabaseFiles(secrets));
    }

    @Test
    void aFlippedBitOrASwappedCiphertextFailsToDecryptInsteadOfShowingOtherData() throws Exception {
        String token = world.token("caseworker");
        String victimName = unique("Halima");
        String other = unique("Otherperson");
        String first = register(token, "RST", world.mission(), person(victimName, "A", "1991-01-01", unique("D"), ""));
        String second = register(token, "RST", world.mission(), person(other, "B", "1992-02-02", unique("D"), ""));
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.execute("set search_path to camino");
            long a = Long.parseLong(firstPersonId(first));
            long b = Long.parseLong(firstPersonId(second));
            // copy the second person's (valid) name ciphertext into the first person's row
            sql.execute("update person set given_name = (select given_name from person where id = " + b + ") where id = " + a);
            // the case still opens (issue 12: one damaged value must not take the page down), without the value
            HttpResponse<String> swapped = Api.get("/api/cases/" + number(first), token);
            assertEquals(200, swapped.statusCode(), swapped.body());
            assertFalse(swapped.body().contains(other), "never the other row's value");
            assertEquals("person.given_name", damagedField(swapped.body()), swapped.body());

            // flip one bit in the other's ciphertext
            String ciphertext = single(sql, "select given_name from person where id = " + b);
            int at = ciphertext.length() / 2;
            char flipped = ciphertext.charAt(at) == 'A' ? 'B' : 'A';
            sql.execute("update person set given_name = '" + ciphertext.substring(0, at) + flipped + ciphertext.substring(at + 1)
                    + "' where id = " + b);
            HttpResponse<String> tampered = Api.get("/api/cases/" + number(second), token);
            assertEquals(200, tampered.statusCode(), tampered.body());
            assertFalse(tampered.body().contains(other));
            assertEquals("person.given_name", damagedField(tampered.body()), tampered.body());
        }
        assertTrue(DeployedCamino.server().consoleLog().contains("failed its integrity check (TAMPERED)"),
                "the log says what failed");
    }

    /** The one damaged field the case view names. */
    private static String damagedField(String caseJson) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(caseJson))) {
            jakarta.json.JsonArray damaged = reader.readObject().getJsonArray("damagedFields");
            assertEquals(1, damaged.size(), damaged.toString());
            return damaged.getJsonObject(0).getString("field");
        }
    }

    @Test
    void historySaysWhoChangedWhatAndWhen() {
        String token = world.token("caseworker");
        String json = register(token, "AVR", world.mission(), person(unique("Idil"), "Farah", "1979-09-09", unique("D"), ""));
        HttpResponse<String> edit = Api.put("/api/cases/" + number(json) + "/people/" + firstPersonId(json), token,
                "{\"version\":" + firstPersonVersion(json) + ",\"person\":" + person("Idil", "Farah-Corrected", "1979-09-09", "X1", "") + "}");
        assertEquals(200, edit.statusCode(), edit.body());
        String history = Api.get("/api/cases/" + number(json) + "/history", token).body();
        assertTrue(history.contains("\"familyName\":\"Farah-Corrected\""), history);
        assertTrue(history.contains("\"by\":\"" + world.username("caseworker") + "\""), history);
        assertTrue(history.contains("\"kind\":\"ADD\"") && history.contains("\"kind\":\"MOD\""), history);
    }

    @Test
    void concurrentEditsNeverLoseAnUpdateSilently() throws Exception {
        String token = world.token("caseworker");
        String json = register(token, "RST", world.mission(), person(unique("Sahra"), "Noor", "1988-08-08", unique("D"), ""));
        String path = "/api/cases/" + number(json) + "/people/" + firstPersonId(json);
        long version = Long.parseLong(firstPersonVersion(json));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> edits = List.of(
                    () -> Api.put(path, token, "{\"version\":" + version + ",\"person\":" + person("Sahra", "One", "1988-08-08", "D1", "") + "}"),
                    () -> Api.put(path, token, "{\"version\":" + version + ",\"person\":" + person("Sahra", "Two", "1988-08-08", "D2", "") + "}"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(edits)) {
                statuses.add(f.get().statusCode());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses, "one wins, the other is told");
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> stale = Api.post("/api/cases/" + number(json) + "/steps", token,
                "{\"expectedVersion\":" + version(json) + ",\"toStatus\":\"IN_PROCESSING\"}");
        assertEquals(409, stale.statusCode(), "a step on a stale version is refused too: " + stale.body());
        assertTrue(stale.body().contains(world.username("caseworker")), "says who changed it: " + stale.body());
    }

    @Test
    void searchByNameDocumentAndPhoneThroughBlindIndexes() {
        String token = world.token("caseworker");
        String given = unique("José");
        String document = unique("AB-");
        String json = register(token, "AVR", world.mission(), person(given, "Ñúñez", "1990-01-01", document, "+254 711 222 333"));
        String folded = given.toLowerCase().replace("é", "e") + "   NUNEZ";
        assertTrue(Api.get("/api/cases/search?by=name&value=" + enc(folded), token).body().contains(number(json)), "accents, case, spaces");
        assertTrue(Api.get("/api/cases/search?by=document&value=" + enc(document.toLowerCase().replace("-", " ")), token).body().contains(number(json)));
        assertTrue(Api.get("/api/cases/search?by=phone&value=" + enc("+254711222333"), token).body().contains(number(json)));
        String oneWord = Api.get("/api/cases/search?by=name&value=" + enc(given + " Someoneelse"), token).body();
        assertTrue(oneWord.contains(number(json)) && !oneWord.contains("\"matched\":\"exact\""),
                "one word in common: found by that word, not as the exact name (issue 12): " + oneWord);
        assertFalse(Api.get("/api/cases/search?by=name&value=" + enc(unique("Qx") + " " + unique("Wy")), token).body()
                .contains(number(json)), "no word in common");
    }

    @Test
    void duplicatePersonWarningBeforeRegistration() {
        String token = world.token("caseworker");
        String given = unique("Fadumo");
        String document = unique("PX");
        String first = register(token, "RST", world.mission(), person(given, "Ali", "1993-04-04", document, ""));

        HttpResponse<String> sameDocument = Api.post("/api/cases", token, CaseFixtures.newCase("AVR", world.mission(),
                person("Other", "Name", "1970-01-01", document, ""), "[]", false));
        assertEquals(409, sameDocument.statusCode(), sameDocument.body());
        assertTrue(sameDocument.body().contains(number(first)) && sameDocument.body().contains("document"), sameDocument.body());

        HttpResponse<String> sameNameAndYear = Api.post("/api/cases", token, CaseFixtures.newCase("AVR", world.mission(),
                person("Ali", given, "1993-12-31", unique("PY"), ""), "[]", false));
        assertEquals(409, sameNameAndYear.statusCode(), "word order does not matter: " + sameNameAndYear.body());

        HttpResponse<String> acknowledged = Api.post("/api/cases", token, CaseFixtures.newCase("AVR", world.mission(),
                person("Ali", given, "1993-12-31", unique("PY"), ""), "[]", true));
        assertEquals(201, acknowledged.statusCode(), acknowledged.body());
    }

    @Test
    void aWrongFieldIsA400NamingItAndNothingIsSaved() throws Exception {
        String token = world.token("caseworker");
        String marker = unique("Nobody");
        String bad = CaseFixtures.newCase("AVR", world.mission(), person(marker, "X", "2999-01-01", unique("D"), "")
                .replace("\"SOM\"", "\"XYZ\""), "[]", true).replace("\"plannedArrival\":\"2026-12-02\"", "\"plannedArrival\":\"2026-11-01\"");
        HttpResponse<String> refused = Api.post("/api/cases", token, bad);
        assertEquals(400, refused.statusCode(), refused.body());
        for (String field : List.of("principal.dateOfBirth", "principal.nationality", "movement.plannedArrival")) {
            assertTrue(refused.body().contains(field), field + " in " + refused.body());
        }
        assertEquals("[]", Api.get("/api/cases/search?by=name&value=" + enc(marker + " X"), token).body(), "nothing saved");
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            assertEquals("0", single(sql, "select count(*) from camino.person p join camino.mission s on s.id = p.mission_id"
                    + " where s.code = '" + world.mission() + "' and not exists"
                    + " (select 1 from camino.household_member m where m.person_id = p.id)"), "no orphan person rows");
        }
    }

    // --- helpers

    static String firstPersonId(String caseJson) {
        int at = caseJson.indexOf("\"principal\":true");
        String before = caseJson.substring(0, at);
        int person = before.lastIndexOf("\"person\":{");
        return Api.jsonString(caseJson.substring(person), "id");
    }

    static String firstPersonVersion(String caseJson) {
        int at = caseJson.indexOf("\"principal\":true");
        int person = caseJson.substring(0, at).lastIndexOf("\"person\":{");
        return Api.jsonString(caseJson.substring(person), "version");
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every row of every table of the database, as COPY writes it (what a data dump contains). */
    private static String dumpAllTables(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select schemaname || '.' || tablename from pg_tables"
                     + " where schemaname not in ('pg_catalog', 'information_schema')")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        StringWriter all = new StringWriter();
        for (String table : tables) {
            try {
                // a query, not the table: COPY refuses a partitioned table (cdr_record), its partitions are listed too
                copy.copyOut("copy (select * from " + table + ") to stdout", all);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all.toString();
    }
}
