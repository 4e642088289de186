package org.camino.repository.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** View queries of {@link OutboxMonitor}: the push schedule, the backlog per mission, the latest attempts. */
@ApplicationScoped
public class OutboxQueries {

    public record Attempt(UUID batchId, Instant at, int records, String outcome, String detail) implements Serializable {
    }

    public record PushState(Instant nextAttemptAt, int failures, Instant lastSuccessAt, String lastError,
                            Instant lastErrorAt, boolean pushing) implements Serializable {
    }

    public record Backlog(String mission, long unsent, Instant oldestUnsentAt, long sent, Instant lastSentAt) implements Serializable {
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public PushState state() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select next_attempt_at, failures, last_success_at, last_error,"
                     + " last_error_at, coalesce(claimed_until > now(), false) from cdr_push_state where id = 1");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return new PushState(instant(rs.getTimestamp(1)), rs.getInt(2), instant(rs.getTimestamp(3)), rs.getString(4),
                    instant(rs.getTimestamp(5)), rs.getBoolean(6));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unsent and sent records per mission of the list, one row for each mission listed. */
    public List<Backlog> backlog(List<String> missions) {
        try (Connection c = dataSource.getConnection();
             // every listed mission has its row, a mission with nothing recorded yet too (0 waiting, 0 sent)
             PreparedStatement s = c.prepareStatement("select m.code, count(o.mission) filter (where o.sent_at is null),"
                     + " min(o.created_at) filter (where o.sent_at is null), count(o.mission) filter (where o.sent_at is not null),"
                     + " max(o.sent_at) from unnest(?::varchar[]) as m(code) left join cdr_outbox o on o.mission = m.code"
                     + " group by m.code order by m.code")) {
            s.setArray(1, c.createArrayOf("varchar", missions.toArray()));
            List<Backlog> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Backlog(rs.getString(1), rs.getLong(2), instant(rs.getTimestamp(3)), rs.getLong(4),
                            instant(rs.getTimestamp(5))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Attempt> recentAttempts(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select batch_id, at, records, outcome, detail from cdr_push_attempt order by at desc, id desc limit ?")) {
            s.setInt(1, limit);
            List<Attempt> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Attempt(rs.getObject(1, UUID.class), instant(rs.getTimestamp(2)), rs.getInt(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
