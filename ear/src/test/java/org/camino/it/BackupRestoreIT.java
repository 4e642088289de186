package org.camino.it;

import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented backup and restore (ops/backup.sh, ops/restore.sh): cases made
 * through the API are backed up with pg_dump while the server runs, restored
 * into a fresh database, and read back through the API of a second Camino
 * started on it with the same keys (and only the keys: they are not in the
 * dump). pg_dump refuses a server newer than itself and the embedded
 * PostgreSQL 17 ships no pg_dump, so the test needs the client programs of
 * PostgreSQL 17 or newer: PG_BIN (or -Dcamino.pg.bin) names their directory,
 * else the PATH's; with an older pg_dump the test is skipped and says so.
 */
@ExtendWith(DeployedCamino.class)
class BackupRestoreIT {

    private static final Path OPS = Path.of(System.getProperty("camino.module.dir", ".")).resolve("../ops").normalize();

    @Test
    void aBackupRestoredIntoAFreshDatabaseServesTheSameCasesWithTheSameKeys() throws Exception {
        Path pgBin = pgBin();
        int server = Integer.parseInt(sql("show server_version_num")) / 10000;
        int client = clientMajor(pgBin);
        Assumptions.assumeTrue(client >= server, "pg_dump " + client + " cannot dump PostgreSQL " + server
                + ": install the client programs of PostgreSQL " + server + " and set PG_BIN (docs/reliability.md)");

        World world = World.create();
        String worker = world.token("caseworker");
        String name = unique("Backedup");
        String document = unique("PB");
        String number = number(register(worker, "AVR", world.mission(), person(name, unique("Fam"), "1985-05-06", document, "")));
        String before = Api.get("/api/cases/" + number, world.token("manager")).body();

        Path home = Path.of(System.getProperty("camino.build.dir", "target")).resolve("it-home");
        Path backups = Path.of(System.getProperty("camino.build.dir", "target")).resolve("backup-drill");
        Map<String, String> source = Map.of("CAMINO_DB_URL", DeployedCamino.server().jdbcUrl(), "CAMINO_DB_USER", "postgres",
                "CAMINO_DB_PASSWORD", "postgres", "CAMINO_HOME", home.toString());
        assertNotEquals(0, run(pgBin, source, "backup.sh", home.toString()).exitCode, "no backup beside the keys");
        Outcome backup = run(pgBin, source, "backup.sh", backups.toString());
        assertEquals(0, backup.exitCode, backup.output);
        Path dump;
        try (Stream<Path> files = Files.list(backups)) {
            dump = files.filter(f -> f.toString().endsWith(".dump")).reduce((a, b) -> b).orElseThrow();
        }
        // the dump as SQL text: no key and no clear text in it
        String dumped = run(pgBin, source, null, pgBin.resolve("pg_restore").toString(), "--file=-", dump.toString()).output;
        assertTrue(dumped.contains("CREATE TABLE camino.case_file") && dumped.contains("flyway_schema_history"), "a whole database");
        for (String key : keyValues(home)) {
            assertFalse(dumped.contains(key), "a key is in the dump");
        }
        assertFalse(dumped.contains(name) || dumped.contains(document), "clear text in the dump");

        sql("create database restored");
        String restoredUrl = DeployedCamino.server().jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/restored");
        Map<String, String> target = new HashMap<>(source);
        target.put("CAMINO_DB_URL", restoredUrl);
        Outcome restore = run(pgBin, target, "restore.sh", dump.toString());
        assertEquals(0, restore.exitCode, restore.output);
        assertNotEquals(0, run(pgBin, target, "restore.sh", dump.toString()).exitCode, "never over an existing schema");

        // a second Camino on the restored database, with a copy of the keys only
        Path buildDir = Path.of(System.getProperty("camino.build.dir", "target"));
        Path restoredHome = buildDir.resolve("restored-home");
        Files.createDirectories(restoredHome);
        for (String file : List.of("keys.properties", "pseudonym-key.properties", "access-log-key.properties", "access-log-anchors.txt")) {
            Files.copy(home.resolve(file), restoredHome.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        CaminoServer.Options options = new CaminoServer.Options(Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")), buildDir, restoredHome, buildDir.resolve("restored-server"),
                0, DeployedCamino.PORT_OFFSET + 300, true, true, false,
                Map.of("CAMINO_DB_URL", restoredUrl, "CAMINO_NODE_ROLE", "both"));
        try (CaminoServer restored = CaminoServer.start(options)) {
            HttpResponse<String> token = send(restored, "/api/tokens", null, "{\"username\":\"" + world.username("manager")
                    + "\",\"password\":\"" + world.password("manager") + "\",\"name\":\"restored\"}");
            assertEquals(201, token.statusCode(), token.body());
            String secret = World.object(token.body()).getString("secret");
            HttpResponse<String> after = send(restored, "/api/cases/" + number, secret, null);
            assertEquals(200, after.statusCode(), after.body());
            assertEquals(World.object(before), World.object(after.body()), "the same case, field for field");
            assertTrue(after.body().contains(name) && after.body().contains(document), "decrypted with the same keys");
        }
    }

    private static Path pgBin() throws Exception {
        String given = System.getProperty("camino.pg.bin", System.getenv("PG_BIN"));
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Outcome which = run(null, Map.of(), null, "sh", "-c", "dirname \"$(command -v pg_dump)\"");
        return Path.of(which.output.trim().isEmpty() ? "/usr/bin" : which.output.trim());
    }

    private static int clientMajor(Path pgBin) throws Exception {
        Outcome version = run(null, Map.of(), null, pgBin.resolve("pg_dump").toString(), "--version");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.").matcher(version.output);
        return version.exitCode == 0 && m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static List<String> keyValues(Path home) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(home)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (var in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                // CAMINO_KEYS is id:key[,id:key]; CAMINO_CURRENT_KEY is an id, not a secret
                for (Object value : properties.values()) {
                    for (String entry : value.toString().split(",")) {
                        String key = entry.substring(entry.indexOf(':') + 1);
                        if (key.length() >= 40) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
        assertTrue(keys.size() >= 4, "the demo keys: " + keys.size());
        return keys;
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs an ops script (or, with {@code script} null, a command) with the environment given. */
    private static Outcome run(Path pgBin, Map<String, String> env, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (script != null) {
            command.add("bash");
            command.add(OPS.resolve(script).toString());
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        if (pgBin != null) {
            builder.environment().put("PG_BIN", pgBin.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(process.waitFor(), output);
    }

    private static String sql(String statement) throws Exception {
        try (var db = CentralDataRepositoryIT.database(DeployedCamino.server().jdbcUrl()); var s = db.createStatement()) {
            if (!s.execute(statement)) {
                return "";
            }
            try (var rs = s.getResultSet()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static HttpResponse<String> send(CaminoServer server, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request = json == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
