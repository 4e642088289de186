package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The mission side's tables: the outbox, the push schedule (one row, claimed
 * atomically so that one server pushes at a time) and the log of attempts.
 * Each method is a short transaction of its own: nothing is held open while a
 * batch travels to HQ.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claim holds without renewal; a server killed mid-push frees it after this long. */
    static final int CLAIM_SECONDS = 60;
    /** Backoff after failures: 2, 4, 8 ... seconds, at most this many. */
    static final int MAX_BACKOFF_SECONDS = 300;

    public record Row(long seq, String mission, String payload) {
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    /** Takes the push for this server if nobody holds it and it is due (or {@code force}: "send now"). */
    public boolean claim(boolean force) {
        return update("update cdr_push_state set claimed_until = now() + make_interval(secs => " + CLAIM_SECONDS + ")"
                + " where id = 1 and (claimed_until is null or claimed_until < now())"
                + (force ? "" : " and next_attempt_at <= now()")) == 1;
    }

    /** Extends the claim of the server that holds it (after each batch, so that a long catch-up keeps it). */
    public void renew() {
        update("update cdr_push_state set claimed_until = now() + make_interval(secs => " + CLAIM_SECONDS + ") where id = 1");
    }

    public void release() {
        update("update cdr_push_state set claimed_until = null where id = 1");
    }

    public void succeeded() {
        update("update cdr_push_state set failures = 0, next_attempt_at = now(), last_success_at = now() where id = 1");
    }

    /** Records the error and puts the next attempt off: 2^failures seconds, at most {@value #MAX_BACKOFF_SECONDS}. */
    public void failed(String error) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update cdr_push_state set failures = failures + 1,"
                     + " next_attempt_at = now() + make_interval(secs => least(" + MAX_BACKOFF_SECONDS
                     + ", power(2, least(failures + 1, 16))::int)), last_error = ?, last_error_at = now() where id = 1")) {
            s.setString(1, truncate(error));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The oldest unsent records, in the order they were written. */
    public List<Row> unsent(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select seq, mission, payload from cdr_outbox where sent_at is null order by seq limit ?")) {
            s.setInt(1, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The oldest unsent records of one mission after the given sequence number (a batch file). */
    public List<Row> unsent(String mission, long afterSeq, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select seq, mission, payload from cdr_outbox"
                     + " where sent_at is null and mission = ? and seq > ? order by seq limit ?")) {
            s.setString(1, mission);
            s.setLong(2, afterSeq);
            s.setInt(3, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HQ acknowledged the batch: its records are sent. */
    public void markSent(List<Long> seqs, UUID batchId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "update cdr_outbox set sent_at = now(), batch_id = ? where seq = any(?) and sent_at is null")) {
            Array array = c.createArrayOf("bigint", seqs.toArray());
            s.setObject(1, batchId);
            s.setArray(2, array);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void attempt(UUID batchId, int records, String outcome, String detail) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into cdr_push_attempt (id, batch_id, records, outcome, detail)"
                     + " values (nextval('cdr_push_attempt_seq'), ?, ?, ?, ?)")) {
            s.setObject(1, batchId);
            s.setInt(2, records);
            s.setString(3, outcome);
            s.setString(4, truncate(detail));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
