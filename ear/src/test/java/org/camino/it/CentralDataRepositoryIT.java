package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The central data repository in one server ({@code both}): the server pushes
 * its outbox to itself over loopback, through the same HTTP endpoint and node
 * credential check a remote mission node uses.
 */
@ExtendWith(DeployedCamino.class)
class CentralDataRepositoryIT {

    private static World WORLD;
    private static World OTHER;

    @org.junit.jupiter.api.BeforeAll
    static void createWorlds() {
        WORLD = World.create();
        OTHER = World.create();
    }


    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void casesCreatedThroughTheApiReachHqWithTheCountsOfTheCaseTablesAndNoPersonalValue() throws Exception {
        String caseworker = WORLD.token("caseworker");
        List<String> secrets = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String given = CaseFixtures.unique("Cdrgiven");
            String family = CaseFixtures.unique("Cdrfamily");
            String document = CaseFixtures.unique("DOC");
            secrets.addAll(List.of(given, family, document));
            String principal = CaseFixtures.person(given, family, "1985-02-03", document, "+2547" + (10000000 + i));
            numbers.add(CaseFixtures.number(CaseFixtures.register(caseworker, i % 2 == 0 ? "RST" : "AVR", WORLD.mission(), principal)));
        }
        String note = CaseFixtures.unique("Confidential note ");
        secrets.add(note);
        assertEquals(200, Api.post("/api/cases/" + numbers.get(0) + "/notes", caseworker,
                Json.createObjectBuilder().add("text", note).build().toString()).statusCode());
        String place = CaseFixtures.unique("Kakuma");
        secrets.add(place);
        HttpResponse<String> moved = Api.post("/api/cases/" + numbers.get(1) + "/movements", caseworker,
                CaseFixtures.movement().replace("Nairobi", place));
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> assistance = Api.post("/api/cases/" + numbers.get(1) + "/returns/assistance", caseworker,
                "{\"type\":\"BUSINESS_START_UP\",\"level\":\"INDIVIDUAL\",\"plannedOn\":\"" + java.time.LocalDate.now() + "\"}");
        assertEquals(200, assistance.statusCode(), assistance.body());
        String avr = "/api/cases/" + numbers.get(1) + "/returns";
        String visitNote = CaseFixtures.unique("visit note ");
        secrets.add(visitNote);
        assertEquals(200, Api.post(avr + "/monitoring-visits", caseworker, "{\"visit\":\"MONTH_3\",\"visitedOn\":\""
                + AreaFixtures.day(5) + "\",\"economicScore\":0.5,\"socialScore\":0.6,\"psychosocialScore\":0.7,"
                + "\"notes\":\"" + visitNote + "\"}").statusCode());
        String health = WORLD.token("health");
        String mha = "/api/cases/" + AreaFixtures.newCase(health, "MHA", WORLD.mission()) + "/health";
        String physician = CaseFixtures.unique("Dr ");
        secrets.add(physician);
        HttpResponse<String> assessed = Api.put(mha, health, AreaFixtures.change("null", "{\"receivingCountry\":\"USA\","
                + "\"assessedOn\":\"" + AreaFixtures.day(3) + "\",\"outcome\":\"FIT_TO_TRAVEL\",\"referredForTreatment\":false,"
                + "\"physician\":\"" + physician + "\"}"));
        assertEquals(200, assessed.statusCode(), assessed.body());
        String ct = WORLD.token("ctofficer");
        String cta = "/api/cases/" + AreaFixtures.newCase(ct, "CTA", WORLD.mission()) + "/trafficking";
        String narrative = CaseFixtures.unique("met at a market ");
        secrets.add(narrative);
        HttpResponse<String> event = Api.post(cta + "/events", ct, "{\"type\":\"Recruitment\",\"country\":\"SOM\","
                + "\"startDate\":\"" + AreaFixtures.day(400) + "\",\"description\":\"" + narrative + "\"}");
        assertEquals(200, event.statusCode(), event.body());
        HttpResponse<String> support = Api.post(cta + "/support-plan", ct, "{\"type\":\"Health\",\"plannedEndDate\":\""
                + AreaFixtures.day(-30) + "\"}");
        assertEquals(200, support.statusCode(), support.body());
        String caseJson = Api.get("/api/cases/" + numbers.get(0), caseworker).body();
        HttpResponse<String> step = Api.post("/api/cases/" + numbers.get(0) + "/steps", caseworker,
                "{\"expectedVersion\":" + CaseFixtures.version(caseJson) + ",\"toStatus\":\"IN_PROCESSING\"}");
        assertEquals(200, step.statusCode(), step.body());

        String admin = WORLD.token("admin");
        drainOutbox(admin);

        String analyst = WORLD.token("analyst");
        Map<String, Long> atHq = hqCounts(analyst);
        Map<String, Long> atMission = missionCounts();
        for (String part : List.of("REINTEGRATION_ASSISTANCE|AVR", "MONITORING_VISIT|AVR", "HEALTH_ASSESSMENT|MHA",
                "TRAFFICKING_EVENT|CTA", "SUPPORT_ITEM|CTA")) {
            assertTrue(atMission.getOrDefault(part, 0L) >= 1, part + " in " + atMission);
        }
        assertTrue(atMission.getOrDefault("REGISTRATION|RST|" + java.time.YearMonth.now(), 0L) >= 2, atMission.toString());
        assertEquals(atMission, atHq, "HQ's counts by type and month are the mission's own");

        try (Connection db = database(); Statement s = db.createStatement()) {
            String sent = dump(s, "select payload from cdr_outbox where mission = '" + WORLD.mission() + "'");
            String stored = dump(s, "select r::text from cdr_record r") + dump(s, "select b::text from cdr_batch b");
            for (String secret : secrets) {
                assertFalse(sent.contains(secret), secret + " is in a payload sent to HQ");
                assertFalse(stored.contains(secret), secret + " is in HQ's store");
            }
            for (String number : numbers) {
                assertFalse(sent.contains(number) || stored.contains(number), "a case number left the mission");
            }
            assertFalse(sent.contains("Dadaab") || sent.contains("Toronto"), "no address or place name leaves the mission");
        }
    }

    @Test
    void theSameBatchTwiceCountsOnceAnOlderVersionIsIgnoredAndATombstoneRemovesTheCase() throws Exception {
        String admin = WORLD.token("admin");
        String credential = issue(admin, CaseFixtures.unique("it-node-"), OTHER.mission());
        String caseA = pseudonym();
        String caseB = pseudonym();
        String r1 = pseudonym();
        String r2 = pseudonym();
        String r3 = pseudonym();
        String batch = batch(record(r1, 10, OTHER.mission(), caseA, "FEMALE"), record(r2, 11, OTHER.mission(), caseA, "FEMALE"),
                record(r3, 12, OTHER.mission(), caseB, "MALE"));

        JsonObject first = receipt(send(credential, batch), 200);
        assertEquals(3, first.getInt("applied"));
        JsonObject again = receipt(send(credential, batch), 200);
        assertEquals(0, again.getInt("applied"), "the same batch again changes nothing");
        assertEquals(3, again.getInt("ignored"));
        assertEquals(3, recordsOf(caseA, caseB));

        receipt(send(credential, batch(record(r3, 20, OTHER.mission(), caseB, "OTHER"))), 200);
        JsonObject older = receipt(send(credential, batch(record(r3, 15, OTHER.mission(), caseB, "UNKNOWN"))), 200);
        assertEquals(1, older.getInt("ignored"), "an older version after a newer one is ignored");
        assertEquals("OTHER", sexOf(r3), "the newest version holds");
        assertEquals(3, recordsOf(caseA, caseB), "a correction replaces, it does not add");

        JsonObject gone = receipt(send(credential, batch(tombstone(pseudonym(), 30, OTHER.mission(), caseA))), 200);
        assertEquals(1, gone.getInt("applied"));
        assertEquals(1, recordsOf(caseA, caseB), "the case's two records are gone, the other case's stays");
        receipt(send(credential, batch), 200);
        assertEquals(1, recordsOf(caseA, caseB), "records of a removed case arriving late stay out");
    }

    @Test
    void aNodeIsRefusedAnotherMissionsRecordsAndBadBatchesAreRejectedWholeWithTheirError() throws Exception {
        String admin = WORLD.token("admin");
        String jorNode = issue(admin, CaseFixtures.unique("it-jor-"), OTHER.mission());
        String good = pseudonym();
        String caseId = pseudonym();

        JsonObject refused = receipt(send(jorNode, batch(record(good, 1, OTHER.mission(), caseId, "MALE"),
                record(pseudonym(), 1, WORLD.mission(), pseudonym(), "MALE"))), 403);
        assertEquals("REFUSED", refused.getString("outcome"));
        assertTrue(refused.getJsonArray("errors").toString().contains(WORLD.mission()), refused.toString());
        assertEquals(0, recordsOf(caseId), "nothing of a refused batch is stored, not even its own mission's records");

        Map<String, String> bad = new HashMap<>();
        bad.put("unknown field", batch(Json.createObjectBuilder(record(good, 1, OTHER.mission(), caseId, "MALE"))
                .add("familyName", "Warsame").build()));
        bad.put("sex", batch(record(good, 1, OTHER.mission(), caseId, "MALE"), record(pseudonym(), 1, OTHER.mission(), caseId, "X")));
        bad.put("schemaVersion", batch(record(good, 1, OTHER.mission(), caseId, "MALE")).replace("\"schemaVersion\":1", "\"schemaVersion\":7"));
        bad.put("not a JSON object", "[{\"recordId\":");
        bad.put("eventMonth", batch(Json.createObjectBuilder(record(good, 1, OTHER.mission(), caseId, "MALE"))
                .add("eventMonth", "2019-13").build()));
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            JsonObject rejected = receipt(send(jorNode, entry.getValue()), 400);
            assertEquals("REJECTED", rejected.getString("outcome"));
            assertTrue(rejected.getJsonArray("errors").toString().contains(entry.getKey()),
                    entry.getKey() + " named in " + rejected);
        }
        assertEquals(0, recordsOf(caseId), "nothing of a rejected batch is stored");

        String analyst = WORLD.token("analyst");
        HttpResponse<String> batches = Api.get("/api/cdr/batches?limit=50", analyst);
        assertEquals(200, batches.statusCode(), batches.body());
        long rejected = array(batches.body()).stream().map(JsonValue::asJsonObject)
                .filter(b -> "REJECTED".equals(b.getString("outcome"))).count();
        assertTrue(rejected >= bad.size(), "HQ keeps each rejected batch with its error: " + batches.body());

        assertEquals(401, send(null, batch(record(good, 1, OTHER.mission(), caseId, "MALE"))).statusCode());
        assertEquals(401, send("cmn_not-a-credential", batch(record(good, 1, OTHER.mission(), caseId, "MALE"))).statusCode());
        String userToken = OTHER.token("caseworker");
        assertEquals(401, send(userToken, batch(record(good, 1, OTHER.mission(), caseId, "MALE"))).statusCode(),
                "a user's API token is not a node credential");
        assertEquals(204, Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(DeployedCamino.baseUrl()
                + "/api/cdr/nodes/" + nodeName)).header("Authorization", "Bearer " + admin).DELETE()).statusCode());
        assertEquals(401, send(jorNode, batch(record(good, 1, OTHER.mission(), caseId, "MALE"))).statusCode(),
                "a revoked credential opens nothing");
    }

    @Test
    void onlyTheirRolesSeeTheRepositoryTheOutboxAndTheNodes() {
        String caseworker = WORLD.token("caseworker");
        String manager = WORLD.token("manager");
        String analyst = WORLD.token("analyst");
        String admin = WORLD.token("admin");
        assertEquals(403, Api.get("/api/cdr/totals", caseworker).statusCode());
        assertEquals(403, Api.get("/api/cdr/feeds", manager).statusCode());
        assertEquals(200, Api.get("/api/cdr/feeds", analyst).statusCode());
        assertEquals(403, Api.get("/api/cdr/outbox", analyst).statusCode());
        assertEquals(403, Api.get("/api/cdr/outbox", caseworker).statusCode());
        assertEquals(403, Api.post("/api/cdr/outbox/push", caseworker, "").statusCode());
        HttpResponse<String> outbox = Api.get("/api/cdr/outbox", manager);
        assertEquals(200, outbox.statusCode(), outbox.body());
        for (JsonValue mission : object(outbox.body()).getJsonArray("missions")) {
            assertTrue(mission.asJsonObject().getString("mission").startsWith(WORLD.mission()), "the manager sees its mission only: " + outbox.body());
        }
        assertEquals(403, Api.post("/api/cdr/nodes", analyst, "{\"name\":\"x\",\"missions\":[\"" + WORLD.mission() + "\"]}").statusCode());
        HttpResponse<String> unknown = Api.post("/api/cdr/nodes", admin, "{\"name\":\"x\",\"missions\":[\"NOPE\"]}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"missions\""), unknown.body());
    }


    @Test
    void theInitialLoadRebuildsAMissionsRecordsAtHqWithoutCountingAnyTwice() throws Exception {
        String caseworker = WORLD.token("caseworker");
        AreaFixtures.newCase(caseworker, "RST", WORLD.mission());
        String admin = WORLD.token("admin");
        String analyst = WORLD.token("analyst");
        String manager = WORLD.token("manager");
        drainOutbox(admin);
        Map<String, Long> before = hqCounts(analyst);
        assertEquals(missionCounts(), before);

        assertEquals(403, Api.post("/api/cdr/outbox/load/" + WORLD.mission().toLowerCase(), caseworker, "").statusCode());
        assertEquals(403, Api.post("/api/cdr/outbox/load/" + OTHER.mission().toLowerCase(), manager, "").statusCode(), "a manager loads their own mission only");
        try (Connection db = database(); Statement s = db.createStatement()) {
            // HQ loses what it had of the mission (a new HQ, a mission joining): only a load brings it back
            s.executeUpdate("delete from cdr_record where mission = '" + WORLD.mission() + "'");
            s.executeUpdate("delete from cdr_record_key where mission = '" + WORLD.mission() + "'");
            s.executeUpdate("delete from cdr_total where mission = '" + WORLD.mission() + "'");
        }
        assertTrue(hqCounts(analyst).isEmpty());

        HttpResponse<String> started = Api.post("/api/cdr/outbox/load/" + WORLD.mission().toLowerCase(), manager, "");
        assertEquals(202, started.statusCode(), started.body());
        long deadline = System.currentTimeMillis() + 180_000;
        JsonObject run;
        while (true) {
            HttpResponse<String> runs = Api.get("/api/cdr/outbox/load/" + WORLD.mission().toLowerCase(), manager);
            assertEquals(200, runs.statusCode(), runs.body());
            run = array(runs.body()).getJsonObject(0);
            if (!run.getString("state").startsWith("START")) {
                break;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the load did not end: " + runs.body());
            Thread.sleep(500);
        }
        assertEquals("COMPLETED", run.getString("state"), run.toString());
        assertEquals(run.getJsonNumber("casesTotal").longValue(), run.getJsonNumber("casesDone").longValue(), run.toString());
        assertEquals(409, Api.post("/api/cdr/outbox/load/" + WORLD.mission().toLowerCase() + "/restart", manager, "").statusCode(),
                "a completed load has nothing to restart");

        drainOutbox(admin);
        assertEquals(before, hqCounts(analyst), "rebuilt exactly");
        assertEquals(missionCounts(), hqCounts(analyst));

        assertEquals(202, Api.post("/api/cdr/outbox/load/" + WORLD.mission().toLowerCase(), admin, "").statusCode(), "a second load");
        waitForLoad(manager);
        drainOutbox(admin);
        assertEquals(before, hqCounts(analyst), "loading twice counts nothing twice");
    }

    private static void waitForLoad(String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            HttpResponse<String> runs = Api.get("/api/cdr/outbox/load/" + WORLD.mission().toLowerCase(), token);
            String state = array(runs.body()).getJsonObject(0).getString("state");
            if (!state.startsWith("START")) {
                assertEquals("COMPLETED", state, runs.body());
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the load did not end: " + runs.body());
            Thread.sleep(500);
        }
    }

    /** HQ's record counts of the world's mission: registrations and status changes by type and month, other events by type. */
    private static Map<String, Long> hqCounts(String analyst) {
        return hqCounts(Api.get("/api/cdr/totals?mission=" + WORLD.mission(), analyst));
    }

    /** The counts of an answer of GET /api/cdr/totals. */
    static Map<String, Long> hqCounts(HttpResponse<String> totals) {
        assertEquals(200, totals.statusCode(), totals.body());
        Map<String, Long> atHq = new HashMap<>();
        for (JsonValue value : array(totals.body())) {
            JsonObject total = value.asJsonObject();
            String type = total.getString("eventType");
            boolean byMonth = type.equals("REGISTRATION") || type.equals("STATUS_CHANGE");
            String key = type + "|" + total.getString("caseType") + (byMonth ? "|" + total.getString("month") : "");
            atHq.merge(key, total.getJsonNumber("records").longValue(), Long::sum);
        }
        return atHq;
    }

    /** The same counts, independently, from the mission's case tables. */
    private static Map<String, Long> missionCounts() throws Exception {
        return missionCounts(DeployedCamino.server().jdbcUrl(), WORLD.mission());
    }

    /** The counts of a mission from the case tables of the mission node whose database this is. */
    static Map<String, Long> missionCounts(String jdbcUrl, String mission) throws Exception {
        Map<String, Long> atMission = new HashMap<>();
        try (Connection db = database(jdbcUrl); Statement s = db.createStatement()) {
            count(s, atMission, "REGISTRATION", """
                    select c.case_type, to_char(c.opened_on, 'YYYY-MM'), count(*) from case_file c
                      join mission m on m.id = c.mission_id where m.code = :mission group by 1, 2""", mission);
            count(s, atMission, "STATUS_CHANGE", """
                    select c.case_type, to_char(sc.changed_at at time zone 'UTC', 'YYYY-MM'), count(*)
                      from case_status_change sc join case_file c on c.id = sc.case_id join mission m on m.id = c.mission_id
                     where m.code = :mission and sc.from_status is not null group by 1, 2""", mission);
            count(s, atMission, "MOVEMENT", """
                    select c.case_type, null, count(*) from movement mv join case_file c on c.id = mv.case_id
                      join mission m on m.id = c.mission_id where m.code = :mission group by 1""", mission);
            Map<String, String> parts = Map.of("REINTEGRATION_ASSISTANCE", "reintegration_assistance",
                    "MONITORING_VISIT", "monitoring_visit", "HEALTH_ASSESSMENT", "health_assessment",
                    "TRAFFICKING_EVENT", "trafficking_event", "SUPPORT_ITEM", "support_plan_item");
            for (Map.Entry<String, String> part : parts.entrySet()) {
                count(s, atMission, part.getKey(), "select c.case_type, null, count(*) from " + part.getValue()
                        + " x join case_file c on c.id = x.case_id join mission m on m.id = c.mission_id"
                        + " where m.code = :mission group by 1", mission);
            }
        }
        return atMission;
    }

    // --- helpers

    private String nodeName;

    private String issue(String admin, String name, String mission) {
        HttpResponse<String> issued = Api.post("/api/cdr/nodes", admin,
                Json.createObjectBuilder().add("name", name).add("missions", Json.createArrayBuilder().add(mission))
                        .build().toString());
        assertEquals(201, issued.statusCode(), issued.body());
        nodeName = name;
        return object(issued.body()).getString("credential");
    }

    /** Sends now until the outbox is empty (bounded: 60 s). */
    /** Pushes the outbox until nothing is unsent (also used by ReportsIT). */
    static void drainOutbox(String admin) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            HttpResponse<String> push = Api.post("/api/cdr/outbox/push", admin, "");
            assertEquals(200, push.statusCode(), push.body());
            HttpResponse<String> outbox = Api.get("/api/cdr/outbox", admin);
            assertEquals(200, outbox.statusCode(), outbox.body());
            long unsent = object(outbox.body()).getJsonArray("missions").stream().map(JsonValue::asJsonObject)
                    .mapToLong(m -> m.getJsonNumber("unsent").longValue()).sum();
            if (unsent == 0) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the outbox did not drain: " + outbox.body());
            Thread.sleep(500);
        }
    }

    private static HttpResponse<String> send(String credential, String body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(DeployedCamino.baseUrl() + "/api/cdr/batches"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        return Api.send(request);
    }

    private static JsonObject receipt(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return object(response.body());
    }

    private static JsonObject record(String id, long version, String mission, String casePseudonym, String sex) {
        return Json.createObjectBuilder().add("recordId", id).add("version", version).add("mission", mission)
                .add("caseType", "RST").add("eventType", "REGISTRATION").add("eventMonth", "2019-01")
                .add("casePseudonym", casePseudonym).add("sex", sex).add("ageBand", "Y25T34").add("nationality", "SYR")
                .add("householdSizeBand", "3-4").add("tombstone", false).build();
    }

    private static JsonObject tombstone(String id, long version, String mission, String casePseudonym) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("recordId", id).add("version", version)
                .add("mission", mission).add("caseType", "RST").add("eventType", "TOMBSTONE").add("eventMonth", "2019-02")
                .add("casePseudonym", casePseudonym).add("tombstone", true);
        return json.build();
    }

    private static String batch(JsonObject... records) {
        var array = Json.createArrayBuilder();
        for (JsonObject record : records) {
            array.add(record);
        }
        return Json.createObjectBuilder().add("schemaVersion", 1).add("batchId", UUID.randomUUID().toString())
                .add("records", array).build().toString();
    }

    private static String pseudonym() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static long recordsOf(String... cases) throws Exception {
        try (Connection db = database();
             PreparedStatement s = db.prepareStatement("select count(*) from cdr_record where case_pseudonym = any(?)")) {
            s.setArray(1, db.createArrayOf("varchar", cases));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String sexOf(String recordId) throws Exception {
        try (Connection db = database();
             PreparedStatement s = db.prepareStatement("select sex from cdr_record where record_id = ?")) {
            s.setString(1, recordId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "record " + recordId + " is stored");
                return rs.getString(1);
            }
        }
    }

    private static void count(Statement s, Map<String, Long> counts, String eventType, String sql, String mission)
            throws Exception {
        try (ResultSet rs = s.executeQuery(sql.replace(":mission", "'" + mission + "'"))) { // codes are [A-Z-] only
            while (rs.next()) {
                String key = eventType + "|" + rs.getString(1) + (rs.getString(2) == null ? "" : "|" + rs.getString(2));
                counts.merge(key, rs.getLong(3), Long::sum);
            }
        }
    }

    private static String dump(Statement s, String sql) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                text.append(rs.getString(1)).append('\n');
            }
        }
        return text.toString();
    }

    private static Connection database() throws Exception {
        return database(DeployedCamino.server().jdbcUrl());
    }

    static Connection database(String jdbcUrl) throws Exception {
        Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        try (Statement s = db.createStatement()) {
            s.execute("set search_path = camino");
        }
        return db;
    }

    static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
