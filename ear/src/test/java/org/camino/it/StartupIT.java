package org.camino.it;

import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production start-up (no demo mode): each test runs a Camino of its own, because each breaks something. The three
 * are independent, so they start side by side before the tests (each test waits for its own and fails with its
 * start-up's error); one boot's wait is the three's.
 */
class StartupIT {

    private static final int UNREACHABLE_OFFSET = DeployedCamino.PORT_OFFSET + 100;
    private static final ExecutorService STARTING = Executors.newFixedThreadPool(3);
    private static String unreachable;
    private static HealthPoller poller;
    private static CompletableFuture<CaminoServer> withUnreachableDatabase;
    private static CompletableFuture<CaminoServer> withoutKeys;
    private static CompletableFuture<CaminoServer> withDatabaseToStop;

    @BeforeAll
    static void startTheThreeServers() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        unreachable = "jdbc:postgresql://127.0.0.1:" + closedPort + "/camino";
        // asked all through the start-up, not once after it: a failed deployment is undeployed a moment after
        // WildFly reports the failure, and no request must meet a half-started application in between
        poller = HealthPoller.start("http://127.0.0.1:" + (8080 + UNREACHABLE_OFFSET) + "/camino/api/health");
        withUnreachableDatabase = CompletableFuture.supplyAsync(() -> CaminoServer.startExpectingFailure(
                options("outage-unreachable", UNREACHABLE_OFFSET, withKeys("CAMINO_DB_URL", unreachable))), STARTING);
        withoutKeys = CompletableFuture.supplyAsync(() -> CaminoServer.startExpectingFailure(
                options("no-keys", DeployedCamino.PORT_OFFSET + 300, Map.of())), STARTING);
        withDatabaseToStop = CompletableFuture.supplyAsync(() -> CaminoServer.start(
                options("outage-down", DeployedCamino.PORT_OFFSET + 200, productionKeys())), STARTING);
    }

    @AfterAll
    static void stopTheServers() throws Exception {
        poller.stop();
        for (CompletableFuture<CaminoServer> server : List.of(withUnreachableDatabase, withoutKeys, withDatabaseToStop)) {
            CaminoServer started = server.handle((running, failed) -> running).join(); // null: it failed and closed itself
            if (started != null) {
                started.close(); // its test closed it, unless the test did not run
            }
        }
        STARTING.shutdown();
    }

    @Test
    void startUpStopsWithOneClearLineWhenTheDatabaseIsUnreachable() throws Exception {
        try (CaminoServer server = withUnreachableDatabase.join()) {
            assertNotNull(server.failure(), "deployment must fail without a database");
            String log = server.consoleLog();
            assertTrue(log.contains("CAMINO START-UP STOPPED: database unreachable"), "the clear line is logged");
            assertTrue(log.lines().anyMatch(line -> line.contains("CAMINO START-UP STOPPED") && line.contains(unreachable)),
                    "the line says where");
            HttpResponse<String> health = get(server.baseUrl() + "/api/health");
            assertTrue(health.statusCode() == 404 || health.statusCode() == 503,
                    "no half-working application: got " + health.statusCode());
        } finally {
            poller.stop();
        }
        assertTrue(poller.answers().stream().allMatch(status -> status == 404 || status == 503),
                "during the failed start-up every answer was 404 or 503: " + poller.answers());
    }

    @Test
    void productionRefusesToStartWithoutEncryptionKeys() {
        try (CaminoServer server = withoutKeys.join()) {
            assertNotNull(server.failure(), "no keys, no Camino");
            assertTrue(server.consoleLog().contains("No field-encryption keys are configured"), "and the log says why");
        }
    }

    @Test
    void healthAnswers503WhenTheDatabaseGoesDown() throws Exception {
        try (CaminoServer server = withDatabaseToStop.join()) {
            assertEquals(200, get(server.baseUrl() + "/api/health").statusCode());

            server.stopDatabase();

            HttpResponse<String> health = get(server.baseUrl() + "/api/health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"databaseReachable\":false"), health.body());
            assertTrue(health.body().contains("\"status\":\"DOWN\""), health.body());
        }
    }

    private static CaminoServer.Options options(String name, int portOffset, Map<String, String> env) {
        Path buildDir = Path.of(System.getProperty("camino.build.dir", "target"));
        return new CaminoServer.Options(
                Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")),
                buildDir, buildDir.resolve(name + "-home"), buildDir.resolve(name + "-server"),
                0, portOffset, false, true, false, env);
    }

    /** Random keys, as an operator would configure them (CAMINO_KEYS, CAMINO_CURRENT_KEY, CAMINO_BLIND_INDEX_KEY, CAMINO_PSEUDONYM_KEY, CAMINO_ACCESS_LOG_KEY). */
    static Map<String, String> productionKeys() {
        return Map.of("CAMINO_KEYS", "k1:" + randomKey(), "CAMINO_CURRENT_KEY", "k1", "CAMINO_BLIND_INDEX_KEY", randomKey(),
                "CAMINO_PSEUDONYM_KEY", randomKey(), "CAMINO_ACCESS_LOG_KEY", randomKey());
    }

    private static Map<String, String> withKeys(String name, String value) {
        Map<String, String> env = new java.util.HashMap<>(productionKeys());
        env.put(name, value);
        return env;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
