package org.camino.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.camino.crypto.LogSeal;

import javax.sql.DataSource;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of the access log on this server. Callers hand over an
 * entry and wait until it is committed; the writer takes every entry waiting
 * and appends them in one transaction of its own (group commit): one lock,
 * one read of the head and one WAL flush for the lot, where each entry used
 * to take all three (docs/reliability.md: about 230 entries/s at most with
 * fsync on, whatever the number of callers). The transaction is the writer's,
 * never the caller's, so an entry survives a caller that rolls back (a denied
 * call). The advisory lock stays, taken once per batch: with several servers
 * on one database the chain remains one line. Created at the first entry,
 * not at start-up: without an access-log key the start-up fails, and a
 * start-up bean that failed would leave every caller of the log waiting.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLogWriter {

    /** A batch never grows past this (one transaction, one JDBC batch). */
    static final int MAX_BATCH = 500;
    private static final long CHAIN_LOCK = 0x43414D494E4FL; // "CAMINO": one writer of the chain at a time
    private static final long WAIT_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class.getName());

    /** An entry as the caller gives it; seq, time and hashes are the writer's. */
    record Pending(String username, String event, String target, String address, String detail,
                   CompletableFuture<Long> committed) {
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    LogSeal seal;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    @PostConstruct
    void start() {
        running = true;
        writer = threads.newThread(this::writeUntilStopped);
        writer.setName("access-log-writer");
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false; // the writer empties the queue before it ends
        try {
            writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appends one entry and returns its seq once it is committed. */
    public long append(String username, String event, String target, String address, String detail) {
        if (!running) {
            throw new IllegalStateException("The access log is stopped (server shutting down)");
        }
        Pending entry = new Pending(username, event, AccessLogChain.truncate(target, 200),
                AccessLogChain.truncate(address, 64), AccessLogChain.truncate(detail, 500), new CompletableFuture<>());
        queue.add(entry);
        try {
            return entry.committed().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The access-log entry was not written: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The access-log entry was not written within " + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the access-log entry was written");
        }
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The access-log writer failed", e);
                batch.forEach(p -> p.committed().completeExceptionally(e));
            }
        }
        queue.forEach(p -> p.committed().completeExceptionally(new IllegalStateException("server shutting down")));
    }

    /** The batch in one transaction; if that fails, each entry alone, so that one bad entry fails only its caller. */
    private void write(List<Pending> batch) {
        try {
            List<Long> seqs = commit(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).committed().complete(seqs.get(i));
            }
        } catch (SQLException batchFailure) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(batchFailure);
                return;
            }
            for (Pending entry : batch) {
                try {
                    entry.committed().complete(commit(List.of(entry)).get(0));
                } catch (SQLException e) {
                    entry.committed().completeExceptionally(e);
                }
            }
        }
    }

    private List<Long> commit(List<Pending> entries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> seqs = append(c, entries);
                c.commit();
                return seqs;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Long> append(Connection c, List<Pending> entries) throws SQLException {
        long seq = 0;
        String prev = AccessLogChain.GENESIS;
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
            try (ResultSet rs = s.executeQuery("select seq, hash from access_log order by seq desc limit 1")) {
                if (rs.next()) {
                    seq = rs.getLong(1);
                    prev = rs.getString(2);
                }
            }
        }
        List<Long> seqs = new ArrayList<>(entries.size());
        try (PreparedStatement insert = c.prepareStatement("insert into access_log (seq, at, username, event, target,"
                + " address, detail, prev_hash, hash, chain_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pending e : entries) {
                seq++;
                // microseconds: what PostgreSQL stores, so that the hash can be recomputed from the row
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String hash = AccessLogChain.seal(seal, prev, seq, at, e.username(), e.event(), e.target(), e.address(),
                        e.detail());
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, e.username());
                insert.setString(4, e.event());
                insert.setString(5, e.target());
                insert.setString(6, e.address());
                insert.setString(7, e.detail());
                insert.setString(8, prev);
                insert.setString(9, hash);
                insert.setInt(10, AccessLogChain.KEYED);
                insert.addBatch();
                seqs.add(seq);
                prev = hash;
            }
            insert.executeBatch();
        }
        return seqs;
    }
}
