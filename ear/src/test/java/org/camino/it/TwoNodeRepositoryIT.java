package org.camino.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mission node and an HQ node, each its own WildFly and PostgreSQL. The
 * mission pushes through a small proxy that keeps every payload. HQ goes
 * down while the mission keeps working, the mission's WildFly is killed in the
 * middle of a push: nothing is lost, nothing counted twice, and neither the payloads
 * nor HQ's database hold a name, document number, note or place.
 */
class TwoNodeRepositoryIT {

    private static final String PASSWORD = CaseFixtures.PASSWORD;
    private static final Path BUILD = Path.of(System.getProperty("camino.build.dir", "target"));
    // ports of their own: the shared test server (PORT_OFFSET) may still be running when this test starts
    private static final int MISSION_OFFSET = DeployedCamino.PORT_OFFSET + 600;
    private static final int HQ_OFFSET = DeployedCamino.PORT_OFFSET + 500;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final List<String> payloads = new CopyOnWriteArrayList<>();
    /** While set, the proxy forwards a batch to HQ and then holds HQ's answer back. */
    private volatile boolean stall;
    private volatile int stalled;

    @Test
    void theMissionFeedsHqThroughOutagesAndACrashWithExactCountsAndNoPersonalData() throws Exception {
        HttpServer proxy = proxy();
        CaminoServer hq = start("hq", HQ_OFFSET, Map.of("CAMINO_NODE_ROLE", "hq"));
        CaminoServer mission = null;
        try {
            String hqAdmin = token(hq, "admin");
            JsonObject issued = CentralDataRepositoryIT.object(send(hq, "POST", "/api/cdr/nodes", hqAdmin,
                    "{\"name\":\"mission-node\",\"missions\":[\"KEN\",\"KEN-NBO\",\"JOR\",\"NER\"]}", 201).body());
            Map<String, String> missionEnv = Map.of("CAMINO_NODE_ROLE", "mission",
                    "CAMINO_HQ_URL", "http://127.0.0.1:" + proxy.getAddress().getPort() + "/camino",
                    "CAMINO_NODE_CREDENTIAL", issued.getString("credential"),
                    "CAMINO_CDR_PUSH_INTERVAL_SECONDS", "2", "CAMINO_CDR_BATCH_SIZE", "50");
            mission = start("mission", MISSION_OFFSET, missionEnv);
            List<String> secrets = new ArrayList<>();
            String caseworker = token(mission, "caseworker");
            String missionAdmin = token(mission, "admin");
            register(mission, caseworker, 3, secrets);
            drain(mission, missionAdmin);
            assertCountsAgree(mission, hq);

            // HQ stops (its WildFly: its database waits for it, as an operator's maintenance would leave it); the
            // mission keeps working and keeps trying
            hq.stopWildFly();
            register(mission, caseworker, 4, secrets);
            JsonObject waiting = awaitOutbox(mission, missionAdmin, o -> o.getJsonObject("push").containsKey("lastError"));
            assertTrue(unsent(waiting) > 0, "records wait while HQ is away: " + waiting);
            hq.restartWildFly();
            drain(mission, missionAdmin);
            assertCountsAgree(mission, hq);

            // a correction reaches HQ as a new version of the same record
            String corrected = CentralDataRepositoryIT.object(send(mission, "POST", "/api/cases", caseworker,
                    CaseFixtures.newCase("RST", "KEN", CaseFixtures.person(CaseFixtures.unique("Fix"),
                            CaseFixtures.unique("Fam"), "1980-01-01", CaseFixtures.unique("D"), ""), "[]", true), 201)
                    .body()).getString("number");
            drain(mission, missionAdmin);
            long toAustralia = hqMovementsTo(hq, "AUS");
            String caseJson = send(mission, "GET", "/api/cases/" + corrected, caseworker, null, 200).body();
            JsonObject movement = CentralDataRepositoryIT.object(caseJson).getJsonArray("movements").getJsonObject(0);
            send(mission, "PUT", "/api/cases/" + corrected + "/movements/" + movement.getJsonNumber("id").longValue(),
                    caseworker, "{\"version\":" + movement.getJsonNumber("version").longValue() + ",\"movement\":"
                            + CaseFixtures.movement().replace("\"CAN\"", "\"AUS\"") + "}", 200);
            drain(mission, missionAdmin);
            assertEquals(toAustralia + 1, hqMovementsTo(hq, "AUS"), "the corrected movement counts for its new country");
            assertCountsAgree(mission, hq);

            // the mission node is killed in the middle of a push: HQ has the batch, the acknowledgement never arrives
            stall = true;
            register(mission, caseworker, 2, secrets);
            long deadline = System.currentTimeMillis() + 60_000;
            while (stalled == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "no push reached the proxy");
                Thread.sleep(100);
            }
            mission.killWildFly();
            stall = false;
            mission.restartWildFly();
            missionAdmin = token(mission, "admin");
            caseworker = token(mission, "caseworker");
            register(mission, caseworker, 2, secrets);
            drain(mission, missionAdmin);
            assertCountsAgree(mission, hq);

            // everything that travelled, and everything HQ holds
            assertFalse(payloads.isEmpty());
            String travelled = String.join("\n", payloads);
            String atHq = dump(hq);
            for (String secret : secrets) {
                assertFalse(travelled.contains(secret), secret + " travelled to HQ");
                assertFalse(atHq.contains(secret), secret + " is in HQ's database");
            }
            assertFalse(travelled.contains("Dadaab") || travelled.contains("Nairobi") || travelled.contains("Toronto"),
                    "no address or place name travels");
        } finally {
            if (mission != null) {
                mission.close();
            }
            hq.close();
            proxy.stop(0);
        }
    }

    /** HQ's totals of KEN equal the mission's own count from its case tables, event type by type and month by month. */
    private static void assertCountsAgree(CaminoServer mission, CaminoServer hq) throws Exception {
        String analyst = token(hq, "analyst");
        Map<String, Long> atHq = CentralDataRepositoryIT.hqCounts(send(hq, "GET", "/api/cdr/totals?mission=KEN", analyst, null, 200));
        assertEquals(CentralDataRepositoryIT.missionCounts(mission.jdbcUrl(), "KEN"), atHq);
    }

    private static long hqMovementsTo(CaminoServer hq, String country) throws Exception {
        try (Connection db = CentralDataRepositoryIT.database(hq.jdbcUrl()); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from cdr_record where mission = 'KEN' and event_type = 'MOVEMENT'"
                     + " and destination_country = '" + country + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void register(CaminoServer mission, String caseworker, int count, List<String> secrets) {
        for (int i = 0; i < count; i++) {
            String given = CaseFixtures.unique("Twogiven");
            String family = CaseFixtures.unique("Twofamily");
            String document = CaseFixtures.unique("TWO");
            secrets.addAll(List.of(given, family, document));
            String body = CaseFixtures.newCase(i % 2 == 0 ? "RST" : "AVR", "KEN",
                    CaseFixtures.person(given, family, "1979-06-30", document, ""), "[]", true);
            String number = CentralDataRepositoryIT.object(send(mission, "POST", "/api/cases", caseworker, body, 201).body())
                    .getString("number");
            String note = CaseFixtures.unique("Twonote ");
            secrets.add(note);
            send(mission, "POST", "/api/cases/" + number + "/notes", caseworker, "{\"text\":\"" + note + "\"}", 200);
        }
    }

    /** Sends now until the mission's outbox is empty (bounded: 4 minutes). */
    private static void drain(CaminoServer mission, String admin) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (true) {
            send(mission, "POST", "/api/cdr/outbox/push", admin, "", 200);
            JsonObject outbox = CentralDataRepositoryIT.object(send(mission, "GET", "/api/cdr/outbox", admin, null, 200).body());
            if (unsent(outbox) == 0) {
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the outbox did not drain: " + outbox);
            Thread.sleep(1000);
        }
    }

    private static JsonObject awaitOutbox(CaminoServer mission, String admin, java.util.function.Predicate<JsonObject> condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonObject outbox = CentralDataRepositoryIT.object(send(mission, "GET", "/api/cdr/outbox", admin, null, 200).body());
            if (condition.test(outbox)) {
                return outbox;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the outbox never got there: " + outbox);
            Thread.sleep(200);
        }
    }

    private static long unsent(JsonObject outbox) {
        return outbox.getJsonArray("missions").stream().map(JsonValue::asJsonObject)
                .mapToLong(m -> m.getJsonNumber("unsent").longValue()).sum();
    }

    /** Forwards the mission's batches to HQ and keeps each body; 502 while HQ is down. */
    private HttpServer proxy() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/camino/api/cdr/batches", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            payloads.add(new String(body, StandardCharsets.UTF_8));
            int status;
            byte[] answer;
            try {
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + (8080 + HQ_OFFSET) + "/camino/api/cdr/batches"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                answer = response.body();
            } catch (IOException | InterruptedException e) {
                status = 502;
                answer = ("HQ unreachable: " + e).getBytes(StandardCharsets.UTF_8);
            }
            if (stall) {
                stalled++;
                long until = System.currentTimeMillis() + 60_000;
                while (stall && System.currentTimeMillis() < until) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return server;
    }

    private static String dump(CaminoServer hq) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection db = CentralDataRepositoryIT.database(hq.jdbcUrl()); Statement s = db.createStatement()) {
            for (String table : List.of("cdr_record", "cdr_record_key", "cdr_batch", "cdr_tombstone", "cdr_node")) {
                try (ResultSet rs = s.executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static CaminoServer start(String name, int portOffset, Map<String, String> env) {
        return CaminoServer.start(new CaminoServer.Options(
                Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")),
                BUILD, BUILD.resolve("two-node-" + name + "-home"), BUILD.resolve("two-node-" + name + "-server"),
                0, portOffset, true, true, false, env));
    }

    private static String token(CaminoServer server, String username) {
        return Api.tokenAt(server.baseUrl(), username, PASSWORD);
    }

    private static HttpResponse<String> send(CaminoServer server, String method, String path, String token, String json,
                                             int expected) {
        HttpResponse<String> response = Api.callAt(server.baseUrl(), method, path, token, json);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response;
    }
}
