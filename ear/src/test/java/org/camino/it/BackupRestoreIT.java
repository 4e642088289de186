package org.camino.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented physical backup and point-in-time recovery (ops/archive-wal.sh,
 * ops/base-backup.sh, ops/restore-base-backup.sh), with nothing but psql and the
 * PostgreSQL 17 server binaries the tests already run: the test server archives
 * its WAL, a base backup is taken while it runs, cases are registered before and
 * after a moment, and the backup with the archive is restored into a fresh data
 * directory up to that moment. A second Camino, started on the restored database
 * with a copy of the keys only (they are in neither the backup nor the archive),
 * reads back the cases registered before the moment, decrypted, and not the one
 * registered after it; a restore to the end of the archive holds all three.
 */
@ExtendWith(DeployedCamino.class)
class BackupRestoreIT {

    private static final Path OPS = Path.of(System.getProperty("camino.module.dir", ".")).resolve("../ops").toAbsolutePath().normalize();
    private static final Path BUILD = Path.of(System.getProperty("camino.build.dir", "target")).toAbsolutePath();
    private static final List<String> KEY_FILES = List.of("keys.properties", "pseudonym-key.properties", "access-log-key.properties");

    private record Registered(String number, String name, String document) {
    }

    @Test
    void aBaseBackupAndTheWalArchiveRestoreTheCasesOfAMomentReadableWithTheKeysOnly() throws Exception {
        World world = World.create();
        String worker = world.token("caseworker");
        String manager = world.token("manager");
        Path home = BUILD.resolve("it-home");
        Path drill = BUILD.resolve("backup-drill");
        deleteRecursively(drill);
        Path archive = Files.createDirectories(drill.resolve("wal-archive"));
        Path backups = drill.resolve("backups");
        Map<String, String> env = Map.of("CAMINO_DB_URL", DeployedCamino.server().jdbcUrl(), "CAMINO_DB_USER", "postgres",
                "CAMINO_DB_PASSWORD", "postgres", "CAMINO_HOME", home.toString());

        Registered beforeBackup;
        Registered afterBackup;
        Registered afterTarget;
        String target;
        // the test server archives its WAL as production's postgresql.conf says (CaminoServer turned archive_mode on)
        sql("alter system set archive_command = '" + OPS.resolve("archive-wal.sh") + " " + archive + " %p %f'");
        sql("select pg_reload_conf()");
        try {
            assertNotEquals(0, run(env, "base-backup.sh", home.toString()).exitCode, "no backup beside the keys");
            beforeBackup = register(worker, world, "Based");
            // the archiver has taken the new command (a reload is asynchronous): the segment just finished is there
            awaitArchived(archive, sql("select pg_walfile_name(pg_switch_wal())"));
            Outcome backup = run(env, "base-backup.sh", backups.toString());
            assertEquals(0, backup.exitCode, backup.output);
            // registered after the backup: only the WAL archive has it
            afterBackup = register(worker, world, "Walled");
            target = sql("select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'");
            Thread.sleep(1_500);
            afterTarget = register(worker, world, "Later");
            awaitArchived(archive, sql("select pg_walfile_name(pg_switch_wal())"));
        } finally {
            sql("alter system set archive_command = 'true'");
            sql("select pg_reload_conf()");
        }
        String beforeBackupJson = Api.get("/api/cases/" + beforeBackup.number(), manager).body();
        String afterBackupJson = Api.get("/api/cases/" + afterBackup.number(), manager).body();
        Path base;
        try (Stream<Path> entries = Files.list(backups)) {
            base = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }

        Path pitr = drill.resolve("restored-to-target");
        Outcome restore = run(Map.of(), "restore-base-backup.sh", base.toString(), archive.toString(), pitr.toString(), target);
        assertEquals(0, restore.exitCode, restore.output);
        assertNotEquals(0, run(Map.of(), "restore-base-backup.sh", base.toString(), archive.toString(), pitr.toString()).exitCode,
                "never over an existing data directory");
        // the backup (restored as it is, before PostgreSQL replays anything) and the archive: no key, no clear text
        List<String> secrets = new ArrayList<>(keyValues(home));
        for (Registered registered : List.of(beforeBackup, afterBackup, afterTarget)) {
            secrets.add(registered.name());
            secrets.add(registered.document());
        }
        assertEquals(List.of(), AreaFixtures.secretsInFiles(pitr, secrets), "keys or clear text in the base backup");
        assertEquals(List.of(), AreaFixtures.secretsInFiles(archive, secrets), "keys or clear text in the WAL archive");

        try (EmbeddedPostgres restoredDatabase = startRestored(pitr)) {
            String restoredUrl = "jdbc:postgresql://127.0.0.1:" + restoredDatabase.getPort() + "/" + CaminoServer.DB_NAME;
            try (CaminoServer restored = startCamino(restoredUrl)) {
                HttpResponse<String> token = send(restored, "/api/tokens", null, "{\"username\":\"" + world.username("manager")
                        + "\",\"password\":\"" + world.password("manager") + "\",\"name\":\"restored\"}");
                assertEquals(201, token.statusCode(), token.body());
                String secret = World.object(token.body()).getString("secret");
                for (var expected : Map.of(beforeBackup, beforeBackupJson, afterBackup, afterBackupJson).entrySet()) {
                    HttpResponse<String> read = send(restored, "/api/cases/" + expected.getKey().number(), secret, null);
                    assertEquals(200, read.statusCode(), read.body());
                    assertEquals(World.object(expected.getValue()), World.object(read.body()), "the same case, field for field");
                    assertTrue(read.body().contains(expected.getKey().name()) && read.body().contains(expected.getKey().document()),
                            "decrypted with the same keys");
                }
                assertEquals(404, send(restored, "/api/cases/" + afterTarget.number(), secret, null).statusCode(),
                        "a case registered after the target time is not restored");
            }
        }

        // without a target: every transaction of the archive
        Path latest = drill.resolve("restored-to-end");
        Outcome toEnd = run(Map.of(), "restore-base-backup.sh", base.toString(), archive.toString(), latest.toString());
        assertEquals(0, toEnd.exitCode, toEnd.output);
        try (EmbeddedPostgres restoredDatabase = startRestored(latest);
             Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + restoredDatabase.getPort() + "/"
                     + CaminoServer.DB_NAME, "postgres", "postgres");
             Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("select count(*) from camino.case_file where number in ('" + beforeBackup.number()
                     + "', '" + afterBackup.number() + "', '" + afterTarget.number() + "')")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "the three cases, up to the end of the archive");
        }
    }

    private static Registered register(String token, World world, String prefix) {
        String name = unique(prefix);
        String document = unique("PB");
        String number = number(CaseFixtures.register(token, "AVR", world.mission(),
                person(name, unique("Fam"), "1985-05-06", document, "")));
        return new Registered(number, name, document);
    }

    /** Waits until the archive holds {@code segment} (at most 120 s): the WAL up to the last case is archived. */
    private static void awaitArchived(Path archive, String segment) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.isRegularFile(archive.resolve(segment))) {
            assertTrue(System.nanoTime() < deadline, segment + " was not archived within 120 s");
            Thread.sleep(200);
        }
    }

    /** PostgreSQL 17 (the tests' binaries) on a restored data directory: it replays the WAL, then opens for writes. */
    private static EmbeddedPostgres startRestored(Path dataDirectory) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(180)).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "postgres", "postgres"); Statement query = db.createStatement()) {
            while (true) {
                try (ResultSet rs = query.executeQuery("select pg_is_in_recovery()")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return postgres;
                    }
                }
                if (System.nanoTime() > deadline) {
                    postgres.close();
                    throw new AssertionError("the restored PostgreSQL still replays the WAL after 180 s");
                }
                Thread.sleep(200);
            }
        }
    }

    /** A second Camino on the restored database, with a copy of the keys only. */
    private static CaminoServer startCamino(String restoredUrl) throws Exception {
        Path restoredHome = BUILD.resolve("restored-home");
        deleteRecursively(restoredHome);
        Files.createDirectories(restoredHome);
        for (String file : KEY_FILES) {
            Files.copy(BUILD.resolve("it-home").resolve(file), restoredHome.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        return CaminoServer.start(new CaminoServer.Options(Path.of(System.getProperty("camino.wildfly.home")),
                Path.of(System.getProperty("camino.module.dir", ".")), BUILD, restoredHome, BUILD.resolve("restored-server"),
                0, DeployedCamino.PORT_OFFSET + 300, true, true, false,
                Map.of("CAMINO_DB_URL", restoredUrl, "CAMINO_NODE_ROLE", "both")));
    }

    private static List<String> keyValues(Path home) throws Exception {
        List<String> keys = new ArrayList<>();
        for (String name : KEY_FILES) {
            Properties properties = new Properties();
            try (var in = Files.newInputStream(home.resolve(name))) {
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
        assertTrue(keys.size() >= 4, "the demo keys: " + keys.size());
        return keys;
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs an ops script with the environment given; its output and exit code. */
    private static Outcome run(Map<String, String> env, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", OPS.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
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

    private static void deleteRecursively(Path directory) throws Exception {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
