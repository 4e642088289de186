package org.camino.it;

import jakarta.json.JsonObject;
import org.camino.devserver.CaminoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An import whose server is killed (SIGKILL) while it writes its rows as cases: after WildFly is restarted, the
 * import resumes by itself (ImportRecovery, once its heartbeat is old: the test ages it rather than wait) and
 * finishes with exactly one case per row, none missing, none twice. On the tests' shared server, which it leaves running: WildFly is restarted whatever
 * happens after the kill.
 */
@ExtendWith(DeployedCamino.class)
class ImportCrashIT {

    private static final int ROWS = 8_000;
    /** Longer than ImportRecovery.SILENT_SECONDS (120), after which it resumes an import whose heartbeat stopped. */
    private static final int SILENCE_SECONDS = 125;
    /** The kill is waited for at most this long (the rows start being written soon after the 202). */
    private static final long KILL_WITHIN_NANOS = 300_000_000_000L;
    /** Resuming waits for the next minute's timer after the restart (the heartbeat is made old at once, see below). */
    private static final long DONE_WITHIN_NANOS = 600_000_000_000L;

    @Test
    void anImportKilledWhileWritingResumesAfterTheRestartWithExactlyOneCasePerRow() throws Exception {
        World world = World.create();
        String token = world.token("caseworker");
        String family = CaseFixtures.unique("Crash");
        StringBuilder csv = new StringBuilder(CaseImportIT.HEADER + "\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(CaseImportIT.row("P" + i, family, "1990-01-01", i % 2 == 0 ? "FEMALE" : "MALE", family + "-" + i))
                    .append('\n');
        }
        HttpResponse<String> started = CaseImportIT.post(CaseImportIT.importPath(world, "RST", "crash.csv", ""), token, csv);
        assertEquals(202, started.statusCode(), started.body());
        int id = World.object(started.body()).getInt("id");

        CaminoServer server = DeployedCamino.server();
        int doneBeforeKill;
        int committedAtKill;
        boolean killed = false;
        try {
            doneBeforeKill = awaitSomeRowsWritten(id, token);
            server.killWildFly();
            killed = true;
            committedAtKill = importedRows(id); // PostgreSQL still runs: what the killed server had committed
            ageHeartbeat(id);
        } finally {
            if (killed) {
                server.restartWildFly();
            }
        }
        assertTrue(committedAtKill < ROWS, "killed while writing: " + committedAtKill + " of " + ROWS + " rows were cases");

        JsonObject done = awaitDone(id, token);
        assertEquals(ROWS, done.getInt("rowsDone"));
        assertTrue(server.consoleLog().contains("Resuming import " + id), "the restarted server resumed the import");
        assertEquals(ROWS, importedRows(id), "every row once (rows seen written before the kill: " + doneBeforeKill + ")");
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             PreparedStatement query = db.prepareStatement("""
                     select count(*), count(distinct r.row_no), count(distinct c.principal_id),
                            count(*) filter (where (select count(*) from camino.case_status_change s where s.case_id = c.id) = 1)
                       from camino.case_file c
                       join camino.mission m on m.id = c.mission_id
                       left join camino.imported_row r on r.case_id = c.id and r.file_id = ?
                      where m.code = ?""")) {
            query.setLong(1, id);
            query.setString(2, world.mission());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertEquals(ROWS, rs.getLong(1), "cases in the import's mission: one per row, none twice");
                assertEquals(ROWS, rs.getLong(2), "each case is a different row of the file");
                assertEquals(ROWS, rs.getLong(3), "each case has a person of its own");
                assertEquals(ROWS, rs.getLong(4), "each case was registered once (one opening status change)");
            }
        }
        for (int row : new int[] {0, ROWS / 2, ROWS - 1}) {
            HttpResponse<String> found = Api.get("/api/cases/search?by=document&value="
                    + java.net.URLEncoder.encode(family + "-" + row, java.nio.charset.StandardCharsets.UTF_8), token);
            assertEquals(1, World.array(found.body()).size(), "row " + (row + 2) + " is one case: " + found.body());
        }
    }

    /** Rows written so far, once at least one chunk is written and the import is still writing. */
    private static int awaitSomeRowsWritten(int id, String token) throws InterruptedException {
        long deadline = System.nanoTime() + KILL_WITHIN_NANOS;
        while (System.nanoTime() < deadline) {
            JsonObject status = World.object(Api.get("/api/imports/" + id, token).body());
            if (status.getString("status").equals("DONE")) {
                fail("the import finished before it could be killed: make the file larger");
            }
            if (status.getInt("rowsDone") > 0) {
                return status.getInt("rowsDone");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no row of import " + id + " written within 5 minutes");
    }

    private static JsonObject awaitDone(int id, String token) throws InterruptedException {
        long deadline = System.nanoTime() + DONE_WITHIN_NANOS;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = Api.get("/api/imports/" + id, token);
            if (answer.statusCode() == 200) {
                JsonObject status = World.object(answer.body());
                if (status.getString("status").equals("DONE")) {
                    return status;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("import " + id + " not resumed and done within 10 minutes of the restart");
    }

    /**
     * Moves the killed import's heartbeat back past ImportRecovery's silence (2 minutes), as the 2 minutes of a
     * real crash would: nothing runs the import any more, so only the clock changes, and the test does not wait
     * those minutes. The restarted server must still find the import, claim it and finish it.
     */
    private static void ageHeartbeat(int id) throws SQLException {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             PreparedStatement update = db.prepareStatement("update camino.import_file set heartbeat_at = heartbeat_at"
                     + " - interval '" + SILENCE_SECONDS + " seconds' where id = ? and status = 'IMPORTING'")) {
            update.setLong(1, id);
            assertEquals(1, update.executeUpdate(), "import " + id + " was still importing when its server was killed");
        }
    }

    /** The import's rows that are cases, as the database has them. */
    private static int importedRows(int id) throws SQLException {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             PreparedStatement query = db.prepareStatement("select count(*) from camino.imported_row where file_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
