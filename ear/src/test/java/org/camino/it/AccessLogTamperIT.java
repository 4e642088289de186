package org.camino.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.camino.security.control.AccessLogChain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone who can write the database (and switch the append-only trigger
 * off) rewrites the tail of the access log and recomputes every hash with the
 * published SHA-256 algorithm, the only one available without the access-log
 * key. The verifier catches it, and an anchor taken before catches even a log
 * rewritten from its first entry.
 */
@ExtendWith(DeployedCamino.class)
class AccessLogTamperIT {

    private static final String VERIFY = "/api/admin/access-log/verify";
    private static World world;

    @BeforeAll
    static void createWorld() {
        world = World.create();
    }

    @Test
    void aTailRewrittenWithoutTheKeyIsFoundAndAnAnchorFindsAWholeRewrite() throws Exception {
        String admin = world.token("admin");
        String before = Api.post(VERIFY, admin, null).body();
        assertEquals("true", Api.jsonString(before, "intact"), before);
        long anchorSeq = Long.parseLong(Api.jsonString(before, "headSeq"));
        String anchorHead = Api.jsonString(before, "head");
        String anchors = "?anchor=" + anchorSeq + ":" + anchorHead;
        String withAnchor = Api.post(VERIFY + anchors, admin, null).body();
        assertEquals("true", Api.jsonString(withAnchor, "intact"), withAnchor);
        assertTrue(Integer.parseInt(Api.jsonString(withAnchor, "anchorsChecked")) >= 1, withAnchor);

        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.execute("set search_path to camino");
            sql.execute("alter table access_log disable trigger user");
            sql.execute("create temp table saved as select * from access_log");
            try {
                long target = anchorSeq - 2;

                // 1. the tail from `target` on, edited and re-hashed with SHA-256, still marked keyed
                rewriteFrom(db, target, AccessLogChain.KEYED);
                assertBrokenAt(admin, "", target, "changed after it was written");
                restore(sql);

                // 2. the same, marked unkeyed so that the checker would use SHA-256: a downgrade
                rewriteFrom(db, target, AccessLogChain.UNKEYED);
                assertBrokenAt(admin, "", target, "unkeyed after keyed");
                restore(sql);

                // 3. the whole log rewritten as unkeyed: consistent without the key, so only an anchor shows it
                rewriteFrom(db, 1, AccessLogChain.UNKEYED);
                long firstAnchored = firstAnchorInTheFile(anchorSeq);
                if (firstAnchored > anchorSeq) {
                    String alone = Api.post(VERIFY, admin, null).body();
                    assertEquals("true", Api.jsonString(alone, "intact"), "no anchor yet, so it looks fine: " + alone);
                }
                assertBrokenAt(admin, anchors, Math.min(firstAnchored, anchorSeq), "anchor");
                restore(sql);

                // 4. the tail cut off below the anchor
                sql.execute("delete from access_log where seq >= " + target);
                assertBrokenAt(admin, anchors, target, "removed from the end");
                restore(sql);

                String after = Api.post(VERIFY + anchors, admin, null).body();
                assertEquals("true", Api.jsonString(after, "intact"), after);
            } finally {
                sql.execute("alter table access_log enable trigger user");
            }
        }
    }

    @Test
    void hqFindsTheRewriteWhenTheNodeShowsItsLogAtTheNextPush() throws Exception {
        String admin = world.token("admin");
        // This server is node role "both": it pushes to itself through its loopback node credential.
        JsonObject node = World.array(Api.get("/api/cdr/nodes", admin).body()).stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("name").startsWith("loopback@")).findFirst().orElseThrow();
        String anchorsAtHq = "/api/cdr/anchors?node=" + java.net.URLEncoder.encode(node.getString("name"),
                java.nio.charset.StandardCharsets.UTF_8);
        // Earlier tests rewrote and restored the log too; HQ starts afresh for this node (its conflicts stay).
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             PreparedStatement clear = db.prepareStatement(
                     "delete from camino.cdr_node_anchor where node_id = (select id from camino.cdr_node where name = ?)")) {
            clear.setString(1, node.getString("name"));
            clear.executeUpdate();
        }
        long head = Long.parseLong(Api.jsonString(Api.post(VERIFY, admin, null).body(), "headSeq"));
        JsonObject held = pushUntil(admin, anchorsAtHq, view -> !view.getJsonArray("anchors").isEmpty()
                && view.getJsonArray("anchors").getJsonObject(0).getJsonNumber("seq").longValue() >= head);
        long anchored = held.getJsonArray("anchors").getJsonObject(0).getJsonNumber("seq").longValue();
        int conflictsBefore = held.getJsonArray("conflicts").size();

        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.execute("set search_path to camino");
            sql.execute("alter table access_log disable trigger user");
            sql.execute("create temp table saved as select * from access_log");
            try {
                rewriteFrom(db, anchored - 2, AccessLogChain.UNKEYED);
                Api.post(VERIFY, admin, null); // moves the head, so that the next push sends a new anchor
                JsonObject after = pushUntil(admin, anchorsAtHq, view -> view.getJsonArray("conflicts").size() > conflictsBefore);
                JsonObject conflict = after.getJsonArray("conflicts").getJsonObject(0);
                assertEquals(anchored, conflict.getJsonNumber("seq").longValue(), after.toString());
                assertEquals(held.getJsonArray("anchors").getJsonObject(0).getString("head"), conflict.getString("heldHead"));
            } finally {
                restore(sql);
                sql.execute("alter table access_log enable trigger user");
            }
        }
    }

    @Test
    void concurrentDeniedCallsEachLeaveAnEntryInOneLinearChain() throws Exception {
        World other = World.create();
        String number = CaseFixtures.number(CaseFixtures.register(world.token("caseworker"), "RST", world.mission(),
                CaseFixtures.person(CaseFixtures.unique("Chain"), "RST", "1990-01-01", CaseFixtures.unique("C"), "")));
        String outsider = other.token("caseworker");
        String admin = world.token("admin");
        int threads = 16;
        int callsEach = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < threads * callsEach; i++) {
                calls.add(pool.submit(() -> Api.get("/api/cases/" + number, outsider).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> call : calls) {
                assertEquals(404, call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // each refusal rolled its own transaction back, and its entry stayed
        long denied = World.array(Api.get("/api/admin/access-log?limit=1000", admin).body()).stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> other.username("caseworker").equals(e.getString("username", null))
                        && "ACCESS_DENIED".equals(e.getString("event")) && ("case:" + number).equals(e.getString("target", null)))
                .count();
        assertEquals(threads * callsEach, denied);
        String check = Api.post(VERIFY, admin, null).body();
        assertEquals("true", Api.jsonString(check, "intact"), check);
    }

    // --- helpers

    /** Pushes ("send now") until HQ's view of the node's anchors satisfies {@code done}; at most 60 s. */
    private static JsonObject pushUntil(String admin, String anchorsAtHq, java.util.function.Predicate<JsonObject> done)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            assertEquals(200, Api.post("/api/cdr/outbox/push", admin, "").statusCode());
            HttpResponse<String> view = Api.get(anchorsAtHq, admin);
            assertEquals(200, view.statusCode(), view.body());
            JsonObject anchors = World.object(view.body());
            if (done.test(anchors)) {
                return anchors;
            }
            assertTrue(System.currentTimeMillis() < deadline, "HQ's anchors of the node did not change: " + anchors);
            Thread.sleep(500);
        }
    }

    /**
     * What a database writer can do: change entry {@code from}'s detail, then recompute the hash of every entry
     * from there on with the published SHA-256 chain, so that each entry follows the one before it.
     */
    private static void rewriteFrom(Connection db, long from, int version) throws Exception {
        record Row(long seq, java.sql.Timestamp at, String username, String event, String target, String address,
                   String detail) {
        }
        List<Row> rows = new ArrayList<>();
        String prev;
        try (Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("select seq, at, username, event, target, address, detail from access_log"
                    + " where seq >= " + from + " order by seq")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
            try (ResultSet rs = sql.executeQuery("select hash from access_log where seq = " + (from - 1))) {
                prev = rs.next() ? rs.getString(1) : AccessLogChain.GENESIS;
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "update access_log set detail = ?, prev_hash = ?, hash = ?, chain_version = ? where seq = ?")) {
            for (Row r : rows) {
                String detail = r.seq() == from ? "nothing to see" : r.detail();
                String hash = AccessLogChain.hash(prev, r.seq(), r.at().toInstant(), r.username(), r.event(), r.target(),
                        r.address(), detail);
                update.setString(1, detail);
                update.setString(2, prev);
                update.setString(3, hash);
                update.setInt(4, version);
                update.setLong(5, r.seq());
                update.executeUpdate();
                prev = hash;
            }
        }
    }

    /** Puts the saved log back (dropping the entries of the checks made since). */
    private static void restore(Statement sql) throws Exception {
        sql.execute("delete from access_log");
        sql.execute("insert into access_log select * from saved");
    }

    /** {@code anchors}: the query string of anchors to check too, or "". */
    private static void assertBrokenAt(String adminToken, String anchors, long seq, String problem) {
        HttpResponse<String> response = Api.post(VERIFY + anchors, adminToken, null);
        String result = response.body();
        assertEquals(200, response.statusCode(), result);
        assertEquals("false", Api.jsonString(result, "intact"), result);
        assertEquals(Long.toString(seq), Api.jsonString(result, "firstBrokenSeq"), result);
        assertTrue(Api.jsonString(result, "problem").contains(problem), result);
    }

    /** The first anchor the server itself wrote into its anchor file (at start-up or by its timer), if any. */
    private static long firstAnchorInTheFile(long otherwise) throws Exception {
        Path file = Path.of(System.getProperty("camino.build.dir", "target"), "it-home", "access-log-anchors.txt");
        long first = Long.MAX_VALUE;
        if (Files.exists(file)) {
            Matcher m = Pattern.compile("seq=(\\d+)").matcher(Files.readString(file));
            while (m.find()) {
                first = Math.min(first, Long.parseLong(m.group(1)));
            }
        }
        return first == Long.MAX_VALUE ? otherwise + 1 : first;
    }
}
