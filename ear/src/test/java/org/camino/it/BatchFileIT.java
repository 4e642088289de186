package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mission without connectivity carries its statistical records to HQ in a
 * signed batch file. One server ({@code both}) is both sides: the mission is
 * cut off by holding its push schedule (as a push that never gets through
 * would), its manager exports a file, HQ's administrator imports it through
 * the push's ingest; then connectivity returns and the normal push of the
 * same records counts nothing twice.
 */
@ExtendWith(DeployedCamino.class)
class BatchFileIT {

    private static World WORLD;
    private static World OTHER;

    @BeforeAll
    static void createWorlds() {
        WORLD = World.create();
        OTHER = World.create();
    }

    @Test
    void aSignedFileCarriesTheRecordsToHqOnceAndABadFileStoresNothing() throws Exception {
        String admin = WORLD.token("admin");
        String analyst = WORLD.token("analyst");
        String path = "/api/cdr/outbox/file/" + WORLD.mission().toLowerCase(Locale.ROOT);
        holdThePush();
        String file;
        int records;
        try {
            String caseworker = WORLD.token("caseworker");
            for (int i = 0; i < 3; i++) {
                CaseFixtures.register(caseworker, i == 0 ? "AVR" : "RST", WORLD.mission(), CaseFixtures.person(
                        CaseFixtures.unique("Offline"), CaseFixtures.unique("Fam"), "1990-05-06", CaseFixtures.unique("P"), ""));
            }
            HttpResponse<String> exported = Api.get(path, WORLD.token("manager"));
            assertEquals(200, exported.statusCode(), exported.body());
            assertTrue(exported.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals("false", exported.headers().firstValue("X-Camino-More").orElse(""));
            file = exported.body();
            records = Integer.parseInt(exported.headers().firstValue("X-Camino-Records").orElseThrow());
            assertEquals(unsent(admin), records, "the file holds every record HQ has not acknowledged");
            assertEquals(Map.of(), hqCounts(analyst), "nothing reached HQ while the mission is cut off");

            JsonObject imported = importFile(admin, file, 200);
            assertEquals("ACCEPTED", imported.getString("outcome"));
            assertEquals(records, imported.getInt("applied"));
            Map<String, Long> atMission = CentralDataRepositoryIT.missionCounts(DeployedCamino.server().jdbcUrl(), WORLD.mission());
            assertEquals(atMission, hqCounts(analyst), "HQ's counts from the file are the mission's own");

            JsonObject again = importFile(admin, file, 200);
            assertEquals(0, again.getInt("applied"), "the same file twice counts once: " + again);
            assertEquals(records, again.getInt("ignored"));
            assertEquals(atMission, hqCounts(analyst));
            assertEquals(records, unsent(admin), "exporting marks nothing sent: only HQ's acknowledgement of a push does");

            refusalsStoreNothing(admin, analyst, file, atMission);
            onlyTheMissionsManagersAndAdministratorsExportAndOnlyAdministratorsImport(path, file);
            assertTrue(accessLogged(admin, "CDR_FILE_EXPORTED", WORLD.username("manager")), "the export is in the access log");
            assertTrue(accessLogged(admin, "CDR_FILE_IMPORTED", WORLD.username("admin")), "the import is in the access log");
        } finally {
            releaseThePush();
        }

        // connectivity returns: the push sends the same records, HQ acknowledges and counts none of them again
        CentralDataRepositoryIT.drainOutbox(admin);
        assertEquals(CentralDataRepositoryIT.missionCounts(DeployedCamino.server().jdbcUrl(), WORLD.mission()),
                hqCounts(analyst), "nothing counted twice after the push of the same records");
        List<JsonObject> files = World.array(Api.get("/api/cdr/batches?limit=500", analyst).body()).stream()
                .map(JsonValue::asJsonObject).filter(b -> "FILE".equals(b.getString("source", null))
                        && b.getJsonArray("missions").contains(Json.createValue(WORLD.mission()))).toList();
        assertTrue(files.size() >= 2, "HQ's log names the files it took: " + files);
    }

    /** A cut, changed, unknown or out-of-scope file is refused whole with a 4xx naming what is wrong, and HQ keeps its counts. */
    private static void refusalsStoreNothing(String admin, String analyst, String file, Map<String, Long> atMission)
            throws Exception {
        HttpResponse<String> cut = Api.post("/api/cdr/files", admin, file.substring(0, file.length() / 2));
        assertEquals(400, cut.statusCode(), cut.body());
        assertEquals(List.of("file"), fields(cut), cut.body());

        String content = World.object(file).getString("content");
        String changed = changeBatches(content, batch -> firstRecord(batch, "version", 999_999_999));
        JsonObject tampered = importFile(admin, envelope(file, changed), 400);
        assertTrue(tampered.getJsonArray("errors").getString(0).startsWith("signature:"), tampered.toString());

        KeyPair stranger = newKeyPair();
        JsonObject unknown = importFile(admin, signed(content, stranger), 403);
        assertTrue(unknown.getJsonArray("errors").getString(0).startsWith("signer:"), unknown.toString());

        // a node of the other mission, whose key HQ knows, may not carry this mission's records
        KeyPair otherNode = newKeyPair();
        String name = CaseFixtures.unique("offline-").toLowerCase(Locale.ROOT);
        assertEquals(201, Api.post("/api/cdr/nodes", admin, Json.createObjectBuilder().add("name", name)
                .add("missions", Json.createArrayBuilder().add(OTHER.mission())).build().toString()).statusCode());
        HttpResponse<String> registered = Api.put("/api/cdr/nodes/" + name + "/signing-key", admin,
                Json.createObjectBuilder().add("publicKey", publicKey(otherNode)).build().toString());
        assertEquals(200, registered.statusCode(), registered.body());
        JsonObject foreign = importFile(admin, signed(content, otherNode), 403);
        assertEquals("REFUSED", foreign.getString("outcome"));
        assertTrue(foreign.getJsonArray("errors").getString(0).contains(WORLD.mission()), foreign.toString());

        String future = changeBatches(content, batch -> Json.createObjectBuilder(batch).add("schemaVersion", 99).build());
        JsonObject unknownSchema = importFile(admin, signed(future, otherNode), 400);
        assertTrue(unknownSchema.getJsonArray("errors").getString(0).startsWith("batches[0].schemaVersion:"),
                unknownSchema.toString());

        HttpResponse<String> taken = Api.put("/api/cdr/nodes/" + name + "/signing-key", admin,
                Json.createObjectBuilder().add("publicKey", World.object(file).getString("signer")).build().toString());
        assertEquals(409, taken.statusCode(), "another node's key: " + taken.body());
        assertEquals(atMission, hqCounts(analyst), "a refused file stores nothing");
    }

    private static void onlyTheMissionsManagersAndAdministratorsExportAndOnlyAdministratorsImport(String path, String file) {
        assertEquals(403, Api.get(path, WORLD.token("caseworker")).statusCode());
        assertEquals(403, Api.get(path, WORLD.token("analyst")).statusCode());
        assertEquals(403, Api.get(path, OTHER.token("manager")).statusCode(), "another mission's manager");
        assertEquals(200, Api.get(path, WORLD.token("admin")).statusCode(), "an administrator of the node");
        for (String role : List.of("caseworker", "analyst", "manager")) {
            assertEquals(403, Api.post("/api/cdr/files", WORLD.token(role), file).statusCode(), role + " imports");
        }
    }

    // ---- the mission cut off: its push schedule held, as by a push that never gets through

    private static void holdThePush() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        try (Connection db = CentralDataRepositoryIT.database(DeployedCamino.server().jdbcUrl());
             Statement s = db.createStatement()) {
            while (s.executeUpdate("update cdr_push_state set claimed_until = now() + interval '10 minutes'"
                    + " where id = 1 and (claimed_until is null or claimed_until < now())") != 1) {
                assertTrue(System.currentTimeMillis() < deadline, "a push held the schedule for a minute");
                Thread.sleep(200);
            }
        }
    }

    private static void releaseThePush() throws Exception {
        try (Connection db = CentralDataRepositoryIT.database(DeployedCamino.server().jdbcUrl());
             Statement s = db.createStatement()) {
            s.executeUpdate("update cdr_push_state set claimed_until = null where id = 1");
        }
    }

    // ---- helpers

    private static JsonObject importFile(String admin, String file, int status) {
        HttpResponse<String> answer = Api.post("/api/cdr/files", admin, file);
        assertEquals(status, answer.statusCode(), answer.body());
        return World.object(answer.body());
    }

    private static Map<String, Long> hqCounts(String analyst) {
        return CentralDataRepositoryIT.hqCounts(Api.get("/api/cdr/totals?mission=" + WORLD.mission(), analyst));
    }

    private static long unsent(String admin) {
        JsonObject outbox = World.object(Api.get("/api/cdr/outbox", admin).body());
        return outbox.getJsonArray("missions").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("mission").equals(WORLD.mission()))
                .mapToLong(m -> m.getJsonNumber("unsent").longValue()).sum();
    }

    private static boolean accessLogged(String admin, String event, String username) {
        return World.array(Api.get("/api/admin/access-log?limit=300", admin).body()).stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> event.equals(e.getString("event")) && username.equals(e.getString("username", null)));
    }

    private static List<String> fields(HttpResponse<String> answer) {
        return World.object(answer.body()).getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).toList();
    }

    /** The content with each batch changed. */
    private static String changeBatches(String content, java.util.function.UnaryOperator<JsonObject> change) {
        JsonObject object = World.object(content);
        JsonArrayBuilder batches = Json.createArrayBuilder();
        object.getJsonArray("batches").forEach(b -> batches.add(change.apply(b.asJsonObject())));
        return Json.createObjectBuilder(object).add("batches", batches).build().toString();
    }

    private static JsonObject firstRecord(JsonObject batch, String field, long value) {
        JsonArrayBuilder records = Json.createArrayBuilder(batch.getJsonArray("records"));
        JsonObjectBuilder first = Json.createObjectBuilder(batch.getJsonArray("records").getJsonObject(0)).add(field, value);
        return Json.createObjectBuilder(batch).add("records", records.set(0, first)).build();
    }

    /** The file with other content, its signature left as it was. */
    private static String envelope(String file, String content) {
        return Json.createObjectBuilder(World.object(file)).add("content", content).build().toString();
    }

    /** A file of this content signed with the key pair. */
    private static String signed(String content, KeyPair key) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(content.getBytes(StandardCharsets.UTF_8));
        return Json.createObjectBuilder().add("format", "camino-cdr-batch-file").add("formatVersion", 1)
                .add("signer", publicKey(key)).add("signature", Base64.getEncoder().encodeToString(signer.sign()))
                .add("content", content).build().toString();
    }

    private static KeyPair newKeyPair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static String publicKey(KeyPair key) {
        return Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }
}
