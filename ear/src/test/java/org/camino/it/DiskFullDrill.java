package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fault drill of issue 17: PostgreSQL's disk full. The persons' tables (every registration writes a person and its
 * name keys) are moved to a tablespace on a small tmpfs, the tmpfs is filled with a ballast file, and a caseworker
 * keeps registering: the saves that no longer fit must be refused with 503 "temporarily unavailable, nothing was
 * saved", every acknowledged case must be whole and nothing half there; once the ballast is deleted, the next save
 * works without restarting anything. The tables go back where they were at the end.
 * <p>
 * Not part of {@code ./mvnw verify} (its name does not end in IT): mounting a filesystem needs root. Run it on
 * its own, as root: {@code ./mvnw verify -Dit.test=DiskFullDrill -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures of the last run: docs/reliability.md, "PostgreSQL's disk full".
 */
@ExtendWith(DeployedCamino.class)
class DiskFullDrill {

    private static final String TABLESPACE = "disk_full_drill";
    private static final String[] MOVED = {"camino.person", "camino.person_name_key"};
    private static final int SIZE_MB = 24;
    /** Left free after the ballast: a few registrations fit, then the tables cannot grow. */
    private static final int FREE_KB = 512;
    private static final int MOST_SAVES = 3_000;
    private static final Duration LONGEST = Duration.ofMinutes(5);
    private static final int REFUSALS_WANTED = 5;

    @Test
    void aFullDiskRefusesSaves503KeepsEveryCaseWholeAndRecoversOnceThereIsSpace() throws Exception {
        World world = World.create();
        String token = world.token("caseworker");
        String baseline = number(register(token, "RST", world.mission(), person(unique("Base"), unique("Line"), "1990-01-01", unique("D"), "")));
        Path mount = Path.of(System.getProperty("camino.build.dir", "target")).toAbsolutePath().resolve("disk-full-drill");
        Path ballast = mount.resolve("ballast");
        List<Integer> statuses = new ArrayList<>();
        List<String> acknowledged = new ArrayList<>();
        String refusal = null;
        try (Connection db = superuser()) {
            long personsBefore = newestPerson(db);
            mountSmallDisk(mount, dataDirectoryOwner(db));
            try {
                moveTables(db, "create tablespace " + TABLESPACE + " location '" + mount + "'", TABLESPACE);
                fill(ballast);
                long deadline = System.nanoTime() + LONGEST.toNanos();
                int refused = 0;
                for (int n = 0; n < MOST_SAVES && refused < REFUSALS_WANTED && System.nanoTime() < deadline; n++) {
                    HttpResponse<String> answer = Api.post("/api/cases", token, CaseFixtures.newCase("RST", world.mission(),
                            person(unique("Full"), unique("Disk"), "1990-01-01", unique("D"), ""), "[]", true));
                    statuses.add(answer.statusCode());
                    if (answer.statusCode() == 201) {
                        acknowledged.add(number(answer.body()));
                    } else {
                        assertEquals(503, answer.statusCode(), "a save on a full disk: " + answer.body());
                        refusal = answer.body();
                        refused++;
                    }
                }
                assertEquals(REFUSALS_WANTED, refused, "the disk filled up within " + statuses.size() + " saves");
                JsonObject problem = World.object(refusal);
                assertEquals("database.unavailable", problem.getString("code"), refusal);
                assertTrue(problem.getString("detail").contains("Nothing was saved"), refusal);

                // recovery without a restart: space again, and the next save works
                Files.delete(ballast);
                String after = number(register(token, "RST", world.mission(),
                        person(unique("After"), unique("Space"), "1990-01-01", unique("D"), "")));
                acknowledged.add(after);
            } finally {
                Files.deleteIfExists(ballast);
                moveTables(db, null, "pg_default");
                try (Statement statement = db.createStatement()) {
                    statement.execute("drop tablespace if exists " + TABLESPACE);
                }
                run("umount", mount.toString());
            }
            assertWhole(db, world.mission(), baseline, acknowledged, personsBefore);
        }
        System.out.printf("[drill] disk full: %d saves, %d acknowledged before the disk filled, then %d refused 503%n",
                statuses.size(), acknowledged.size() - 1, REFUSALS_WANTED);
        String log = DeployedCamino.server().consoleLog();
        assertTrue(log.contains("53100"), "the server log names PostgreSQL's refusal (53100 disk full)");
        assertTrue(!log.contains("values (('v1:") && !log.contains("('v1:"),
                "a failed batch's parameters (ciphertexts, blind indexes) are not in the log");
    }

    /** Every case of the mission is acknowledged (or the baseline), readable, with its principal; none other is there. */
    private static void assertWhole(Connection db, String mission, String baseline, List<String> acknowledged, long personsBefore)
            throws SQLException {
        List<String> inDatabase = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.number, c.principal_id is not null and exists
                            (select 1 from camino.household_member h where h.household_id = c.household_id and h.person_id = c.principal_id)
                       from camino.case_file c join camino.mission m on m.id = c.mission_id
                      where m.code = '%s' order by c.id""".formatted(mission))) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), rs.getString(1) + " has its principal in its household");
                inDatabase.add(rs.getString(1));
            }
        }
        List<String> expected = new ArrayList<>(acknowledged);
        expected.add(0, baseline);
        assertEquals(expected.stream().sorted().toList(), inDatabase.stream().sorted().toList(),
                "the database holds the acknowledged cases and nothing else");
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from camino.person p where p.id > " + personsBefore
                     + " and not exists (select 1 from camino.household_member h where h.person_id = p.id)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "no person of the drill without a household (a half-saved registration)");
        }
    }

    private static long newestPerson(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from camino.person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Moves the persons' tables and their indexes to {@code tablespace}; {@code before} (the tablespace's creation)
     * runs first when given.
     */
    private static void moveTables(Connection db, String before, String tablespace) throws SQLException {
        try (Statement statement = db.createStatement()) {
            if (before != null) {
                statement.execute(before);
            }
            for (String table : MOVED) {
                statement.execute("alter table " + table + " set tablespace " + tablespace);
                List<String> indexes = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select indexrelid::regclass::text from pg_index where indrelid = '"
                        + table + "'::regclass")) {
                    while (rs.next()) {
                        indexes.add(rs.getString(1));
                    }
                }
                for (String index : indexes) {
                    statement.execute("alter index " + qualified(index) + " set tablespace " + tablespace);
                }
            }
        }
    }

    private static String qualified(String index) {
        return index.contains(".") ? index : "camino." + index;
    }

    /** Writes the ballast until the disk is full, then gives back {@link #FREE_KB}. */
    private static void fill(Path ballast) throws IOException {
        byte[] block = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (written < SIZE_MB * 1024L * 1024L) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            // no space left on the device: what the drill wants
        }
        try (FileChannel channel = FileChannel.open(ballast, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, Files.size(ballast) - FREE_KB * 1024L));
        }
    }

    private static void mountSmallDisk(Path mount, String owner) throws Exception {
        Files.createDirectories(mount);
        if (!run("mount", "-t", "tmpfs", "-o", "size=" + SIZE_MB + "m,mode=0700", "tmpfs", mount.toString())) {
            fail("the drill needs root: mount -t tmpfs failed (run it as root, see the class comment)");
        }
        run("chown", owner, mount.toString());
    }

    private static String dataDirectoryOwner(Connection db) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            return Files.getOwner(Path.of(rs.getString(1))).getName();
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        if (process.exitValue() != 0) {
            System.out.println("[drill] " + String.join(" ", command) + ": " + output.strip());
        }
        return process.exitValue() == 0;
    }
}
