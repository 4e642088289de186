package org.camino.repository.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** View queries of {@link CdrOverview}: feeds per mission, totals, the batches received. */
@ApplicationScoped
public class HqQueries {

    /** Per mission: the last batch received, records held, rejected or refused batches and the last error. */
    public record MissionFeed(String mission, Instant lastBatchAt, long records, long acceptedBatches,
                              long rejectedBatches, String lastError, Instant lastErrorAt) {
    }

    public record Total(String mission, String caseType, String eventType, String month, long records) {
    }

    /** {@code source}: PUSH, or FILE (a signed batch file an administrator imported). */
    public record Batch(String batchId, String node, List<String> missions, Instant receivedAt, String outcome,
                        int records, int applied, int ignored, String error, String source) {
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public List<MissionFeed> feeds() {
        String sql = """
                with b as (select unnest(missions) as mission, received_at, outcome, error from cdr_batch),
                     f as (select mission, max(received_at) filter (where outcome = 'ACCEPTED') as last_at,
                                  count(*) filter (where outcome = 'ACCEPTED') as accepted,
                                  count(*) filter (where outcome <> 'ACCEPTED') as rejected,
                                  max(received_at) filter (where outcome <> 'ACCEPTED') as error_at
                             from b group by mission),
                     r as (select mission, sum(records) as records from cdr_total group by mission)
                select coalesce(f.mission, r.mission), f.last_at, coalesce(r.records, 0), coalesce(f.accepted, 0),
                       coalesce(f.rejected, 0),
                       (select error from b where b.mission = f.mission and b.outcome <> 'ACCEPTED'
                         order by received_at desc limit 1), f.error_at
                  from f full join r on r.mission = f.mission
                 order by 1""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<MissionFeed> feeds = new ArrayList<>();
            while (rs.next()) {
                feeds.add(new MissionFeed(rs.getString(1), instant(rs.getTimestamp(2)), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6), instant(rs.getTimestamp(7))));
            }
            return feeds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records by mission, case type, event type and month; {@code mission} null for all. */
    public List<Total> totals(String mission) {
        // the running totals the ingest keeps (cdr_total), not a count of every record
        String sql = "select mission, case_type, event_type, to_char(event_month, 'YYYY-MM'), records from cdr_total"
                + " where records > 0" + (mission == null ? "" : " and mission = ?") + " order by 1, 2, 3, 4";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (mission != null) {
                s.setString(1, mission);
            }
            List<Total> totals = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    totals.add(new Total(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Batch> batches(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select b.batch_id, n.name, b.missions, b.received_at, b.outcome,"
                     + " b.records, b.applied, b.ignored, b.error, b.source from cdr_batch b left join cdr_node n on n.id = b.node_id"
                     + " order by b.received_at desc, b.id desc limit ?")) {
            s.setInt(1, limit);
            List<Batch> batches = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    batches.add(new Batch(rs.getString(1), rs.getString(2),
                            Arrays.asList((String[]) rs.getArray(3).getArray()), instant(rs.getTimestamp(4)),
                            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                            rs.getString(10)));
                }
            }
            return batches;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
