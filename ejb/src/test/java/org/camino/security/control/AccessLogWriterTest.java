package org.camino.security.control;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.camino.crypto.LogSeal;
import org.camino.platform.control.SchemaMigration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access-log writer and the command-line check against a real
 * PostgreSQL, migrated as a deployment that already had an unkeyed log is:
 * migrations up to V18, unkeyed entries, then V21 and keyed entries from
 * concurrent callers.
 */
class AccessLogWriterTest {

    private static final int PREFIX = 5;
    private static final int CALLERS = 16;
    private static final int ENTRIES_EACH = 25;

    private static EmbeddedPostgres postgres;
    private static PGSimpleDataSource db;
    private static final LogSeal SEAL = new LogSeal(randomSecret());

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("camino-access-log"))
                .setCleanDataDirectory(true).start();
        db = new PGSimpleDataSource();
        db.setUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?currentSchema=" + SchemaMigration.SCHEMA);
        db.setUser("postgres");
        db.setPassword("postgres");
        migrate("18"); // the last migration before this change that is sure to exist in every branch
        writeUnkeyedPrefix();
        migrate(null);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void concurrentCallersGetOneKeyedChainAfterTheUnkeyedPrefixAndATamperedTailIsFound() throws Exception {
        AccessLogWriter writer = new AccessLogWriter();
        writer.dataSource = db;
        writer.seal = SEAL;
        writer.threads = new PlainThreads();
        writer.start();
        List<Long> seqs = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Long>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS * ENTRIES_EACH; i++) {
                int n = i;
                calls.add(callers.submit(() -> writer.append("user" + n % CALLERS, "CASE_VIEW", "case:" + n, "127.0.0.1", null)));
            }
            for (Future<Long> call : calls) {
                seqs.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
            writer.stop();
        }
        assertEquals(CALLERS * ENTRIES_EACH, seqs.stream().distinct().count(), "every caller got its own seq");
        assertTrue(seqs.stream().allMatch(seq -> seq > PREFIX));

        int total = PREFIX + CALLERS * ENTRIES_EACH;
        String intact = check(List.of());
        assertTrue(intact.startsWith("Access log intact: " + total + " entries checked"), intact);
        assertEquals(PREFIX, count("select count(*) from access_log where chain_version = 1"));

        // A database writer edits entry PREFIX + 10 and re-hashes the tail with SHA-256 (it has no key).
        long target = PREFIX + 10;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table access_log disable trigger user");
            String prev;
            try (ResultSet rs = s.executeQuery("select hash from access_log where seq = " + (target - 1))) {
                rs.next();
                prev = rs.getString(1);
            }
            try (PreparedStatement read = c.prepareStatement("select seq, at, username, event, target, address, detail"
                    + " from access_log where seq >= ? order by seq");
                 PreparedStatement update = c.prepareStatement("update access_log set detail = ?, prev_hash = ?, hash = ?"
                         + " where seq = ?")) {
                read.setLong(1, target);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        String detail = rs.getLong(1) == target ? "nothing to see" : rs.getString(7);
                        String hash = AccessLogChain.hash(prev, rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), detail);
                        update.setString(1, detail);
                        update.setString(2, prev);
                        update.setString(3, hash);
                        update.setLong(4, rs.getLong(1));
                        update.executeUpdate();
                        prev = hash;
                    }
                }
            }
            s.execute("alter table access_log enable trigger user");
        }
        String broken = check(List.of());
        assertTrue(broken.startsWith("ACCESS LOG BROKEN at entry " + target + ": entry " + target + " was changed"), broken);
    }

    private static String check(List<AccessLogChain.Anchor> anchors) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = db.getConnection()) {
            int code = AccessLogCommand.check(c, SEAL, anchors, "test", new PrintStream(out, true, StandardCharsets.UTF_8));
            String said = out.toString(StandardCharsets.UTF_8);
            assertEquals(said.startsWith("Access log intact") ? 0 : 1, code, said);
            return said;
        }
    }

    private static void migrate(String target) {
        var config = Flyway.configure().dataSource(db).schemas(SchemaMigration.SCHEMA).createSchemas(true)
                .locations("classpath:db/migration");
        (target == null ? config : config.target(target)).load().migrate();
    }

    /** The log as a deployment before V21 wrote it: plain SHA-256, no chain_version column yet. */
    private static void writeUnkeyedPrefix() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into access_log (seq, at, username, event, target, address,"
                     + " detail, prev_hash, hash) values (?, ?, 'old', 'LOGIN_SUCCESS', null, '10.0.0.1', null, ?, ?)")) {
            String prev = AccessLogChain.GENESIS;
            for (long seq = 1; seq <= PREFIX; seq++) {
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String hash = AccessLogChain.hash(prev, seq, at, "old", "LOGIN_SUCCESS", null, "10.0.0.1", null);
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, prev);
                insert.setString(4, hash);
                insert.executeUpdate();
                prev = hash;
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** What the container's default ManagedThreadFactory gives, without a container. */
    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
