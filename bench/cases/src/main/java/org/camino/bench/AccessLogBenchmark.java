package org.camino.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the access log's global advisory lock costs (issue 17). Against an
 * embedded PostgreSQL (fsync off, then on), writers append entries exactly
 * the way {@code AccessLog.record} does (own transaction, advisory lock, read
 * the last entry, HMAC, insert, commit), with 1, 8 and 32 concurrent writers,
 * each run bounded by {@code bench.seconds} and {@code bench.maxEntries}.
 * Beside it: the same insert without any chain or lock (what the lock and
 * the chain cost), and a single writer that commits the waiting entries in
 * one transaction (group commit; each caller waits for its entry's commit).
 * Run: bench/accesslog/run.sh [-Dbench.seconds=5]
 */
public final class AccessLogBenchmark {

    private static final long CHAIN_LOCK = 0x43414D494E4FL;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final long MAX_ENTRIES = Long.getLong("bench.maxEntries", 200_000);
    private static final int[] WRITERS = {1, 8, 32};
    private static final String GENESIS = "0".repeat(64);

    private final Mac prototype;

    private AccessLogBenchmark() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        prototype = Mac.getInstance("HmacSHA256");
        prototype.init(new SecretKeySpec(key, "HmacSHA256"));
    }

    public static void main(String[] args) throws Exception {
        AccessLogBenchmark bench = new AccessLogBenchmark();
        Path root = Path.of(System.getProperty("bench.root", ".")).resolve("bench/accesslog/target");
        Files.createDirectories(root);
        System.out.printf(Locale.ROOT, "Access-log writers, %d s per run (at most %d entries), %d processors%n",
                SECONDS, MAX_ENTRIES, Runtime.getRuntime().availableProcessors());
        for (boolean fsync : new boolean[] {false, true}) {
            Path data = root.resolve(fsync ? "pgdata-fsync" : "pgdata-nofsync");
            deleteRecursively(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "100");
            if (fsync) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            try (EmbeddedPostgres pg = builder.start()) {
                System.out.printf(Locale.ROOT, "%nPostgreSQL %s, fsync %s, synchronous_commit %s%n", setting(pg, "server_version"),
                        setting(pg, "fsync"), setting(pg, "synchronous_commit"));
                System.out.println("mode                      writers   entries/s   p50 ms   p95 ms   chain");
                for (int writers : WRITERS) {
                    reset(pg);
                    bench.run(pg, "insert only (no chain)", writers, true, bench::insertOnly);
                    reset(pg);
                    bench.run(pg, "lock per entry (today)", writers, true, bench::lockPerEntry);
                    bench.runGroupCommit(pg, writers);
                }
            }
        }
    }

    interface Writer {
        void write(Connection c, String detail) throws SQLException;
    }

    /** {@code writers} threads write for SECONDS (or MAX_ENTRIES in all), each on its own connection if it needs one. */
    private void run(EmbeddedPostgres pg, String mode, int writers, boolean ownConnection, Writer writer) throws Exception {
        AtomicLong written = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(writers);
        long started = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            int id = w;
            new Thread(() -> {
                try (Connection c = ownConnection ? pg.getPostgresDatabase().getConnection() : null) {
                    if (c != null) {
                        c.setAutoCommit(false);
                    }
                    while (!stop.get() && written.get() < MAX_ENTRIES) {
                        long t0 = System.nanoTime();
                        writer.write(c, "writer " + id);
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        written.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await(SECONDS, TimeUnit.SECONDS);
        stop.set(true);
        done.await(60, TimeUnit.SECONDS);
        report(pg, mode, writers, written.get(), System.nanoTime() - started, latencies);
    }

    /** One writer thread takes whatever entries are waiting and commits them together; callers wait for it. */
    private void runGroupCommit(EmbeddedPostgres pg, int writers) throws Exception {
        reset(pg);
        record Pending(String detail, CompletableFuture<Void> committed) {
        }
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(10_000);
        AtomicBoolean stop = new AtomicBoolean();
        Thread committer = new Thread(() -> {
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.setAutoCommit(false);
                List<Pending> batch = new ArrayList<>();
                while (!stop.get() || !queue.isEmpty()) {
                    Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.clear();
                    batch.add(first);
                    queue.drainTo(batch, 499); // AccessLogWriter.MAX_BATCH = 500
                    try {
                        appendChained(c, batch.stream().map(Pending::detail).toList());
                        c.commit();
                        batch.forEach(p -> p.committed().complete(null));
                    } catch (SQLException e) {
                        c.rollback();
                        batch.forEach(p -> p.committed().completeExceptionally(e));
                    }
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        committer.start();
        run(pg, "group commit (1 writer)", writers, false, (c, detail) -> {
            Pending p = new Pending(detail, new CompletableFuture<>());
            try {
                queue.put(p);
                p.committed().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new SQLException(e);
            }
        });
        stop.set(true);
        committer.join(60_000);
    }

    /** What AccessLog.record does, in its own transaction. */
    private void lockPerEntry(Connection c, String detail) throws SQLException {
        appendChained(c, List.of(detail));
        c.commit();
    }

    private void appendChained(Connection c, List<String> details) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
        }
        long seq = 0;
        String prev = GENESIS;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seq, hash from access_log order by seq desc limit 1")) {
            if (rs.next()) {
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("insert into access_log (seq, at, username, event, target,"
                + " address, detail, prev_hash, hash, chain_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 2)")) {
            for (String detail : details) {
                seq++;
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String hash = seal(String.join("\u001f", prev, Long.toString(seq), at.toString(), "bench", "CASE_VIEW",
                        "case:KEN-RST-2026-000001", "127.0.0.1", detail));
                bind(insert, seq, at, detail, prev, hash);
                insert.addBatch();
                prev = hash;
            }
            insert.executeBatch();
        }
    }

    /** The same row, numbered by a sequence: no lock, no chain. */
    private void insertOnly(Connection c, String detail) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into access_log (seq, at, username, event, target,"
                + " address, detail, prev_hash, hash, chain_version) values (nextval('bench_seq'), ?, ?, ?, ?, ?, ?, ?, ?, 2)")) {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, "bench");
            insert.setString(3, "CASE_VIEW");
            insert.setString(4, "case:KEN-RST-2026-000001");
            insert.setString(5, "127.0.0.1");
            insert.setString(6, detail);
            insert.setString(7, GENESIS);
            insert.setString(8, GENESIS);
            insert.executeUpdate();
        }
        c.commit();
    }

    private static void bind(PreparedStatement insert, long seq, Instant at, String detail, String prev, String hash)
            throws SQLException {
        insert.setLong(1, seq);
        insert.setTimestamp(2, Timestamp.from(at));
        insert.setString(3, "bench");
        insert.setString(4, "CASE_VIEW");
        insert.setString(5, "case:KEN-RST-2026-000001");
        insert.setString(6, "127.0.0.1");
        insert.setString(7, detail);
        insert.setString(8, prev);
        insert.setString(9, hash);
    }

    private String seal(String canonical) {
        try {
            Mac mac = (Mac) prototype.clone();
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh access_log as migrations V2 and V21 make it. */
    private static void reset(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists access_log");
            s.execute("drop sequence if exists bench_seq");
            s.execute("create sequence bench_seq");
            s.execute("""
                    create table access_log (
                        seq bigint primary key, at timestamptz not null, username varchar(64), event varchar(32) not null,
                        target varchar(200), address varchar(64), detail varchar(500), prev_hash char(64) not null,
                        hash char(64) not null, chain_version smallint not null check (chain_version in (1, 2)))""");
        }
    }

    /** Prints one line; in chained modes also checks that the chain came out linear (seq 1..n, each linked). */
    private static void report(EmbeddedPostgres pg, String mode, int writers, long entries, long nanos,
                               List<Double> latencies) throws SQLException {
        Stats stats = Stats.of(new ArrayList<>(latencies));
        String chain;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*), coalesce(max(seq), 0),
                            count(*) filter (where seq > 1 and prev_hash <> (select hash from access_log p where p.seq = a.seq - 1))
                       from access_log a""")) {
            rs.next();
            long count = rs.getLong(1);
            chain = mode.startsWith("insert") ? "-" : (count == rs.getLong(2) && rs.getLong(3) == 0
                    ? "linear (" + count + ")" : "BROKEN: " + count + " rows, max " + rs.getLong(2) + ", " + rs.getLong(3) + " unlinked");
        }
        System.out.printf(Locale.ROOT, "%-25s %7d %11.0f %8.2f %8.2f   %s%n", mode, writers, entries / (nanos / 1e9),
                stats.p50(), stats.p95(), chain);
    }

    private static String setting(EmbeddedPostgres pg, String name) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
