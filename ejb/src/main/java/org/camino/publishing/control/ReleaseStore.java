package org.camino.publishing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.camino.platform.errors.ConflictException;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The releases and their tables in the database. Inside a caller's
 * transaction the connection takes part in it; the builder, which runs
 * outside any, writes its progress in short transactions of its own. A
 * published release cannot be changed here or by anyone: the database refuses
 * (V19 triggers).
 */
@ApplicationScoped
public class ReleaseStore {

    private static final String COLUMNS = """
            r.id, r.series, r.version, r.title, r.methodology, r.period_from, r.period_to, r.missions, r.status,
            c.version as corrects_version,
            (select min(n.version) from publication_release n
              where n.series = r.series and n.version > r.version and n.status = 'PUBLISHED') as superseded_by,
            r.drafted_by, r.drafted_at, r.build_step, r.build_done, r.build_total, r.built_at, r.build_error,
            r.records_counted, r.audit_passed, r.reviewed_by, r.reviewed_at, r.review_note, r.published_at,
            r.row_version, r.request::text
            from publication_release r left join publication_release c on c.id = r.corrects_id""";

    /** A stored table: its title and the table with true values, published values and statuses. */
    public record StoredTable(String title, ProtectedTable table) {
    }

    /** What a new draft holds. */
    public record NewRelease(String series, String title, String methodology, YearMonth from, YearMonth to,
                             List<String> missions, List<TableRequest> tables, boolean ctExtract, String draftedBy) {
    }

    /** The counter-trafficking microdata extract of a release: CSV, JSON with its loss report, rows released and suppressed. */
    public record StoredExtract(String csv, String json, int released, int suppressed) {
    }

    /** How long a builder may go without news before its build counts as interrupted. */
    private static final String LEASE = "interval '2 minutes'";

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    /** A new version of the series, building; it corrects the latest published version if there is one. */
    public long create(NewRelease release) {
        try (Connection c = dataSource.getConnection()) {
            // one draft at a time per series number: the unique (series, version) refuses a concurrent twin
            try (PreparedStatement s = c.prepareStatement("""
                    insert into publication_release (series, version, title, methodology, period_from, period_to,
                        missions, request, status, corrects_id, drafted_by)
                    select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?::jsonb, 'BUILDING',
                           (select id from publication_release where series = ? and status = 'PUBLISHED'
                             order by version desc limit 1), ?
                      from publication_release where series = ?
                    returning id""")) {
                s.setString(1, release.series());
                s.setString(2, release.title());
                s.setString(3, release.methodology());
                s.setDate(4, Date.valueOf(release.from().atDay(1)));
                s.setDate(5, Date.valueOf(release.to().atDay(1)));
                s.setArray(6, c.createArrayOf("varchar", release.missions().toArray()));
                s.setString(7, ReleaseJson.request(release.tables(), release.ctExtract()));
                s.setString(8, release.series());
                s.setString(9, release.draftedBy());
                s.setString(10, release.series());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new ConflictException("Release series " + release.series(), null);
            }
            throw new IllegalStateException(e);
        }
    }

    public Optional<ReleaseRecord> find(long id) {
        return query("select " + COLUMNS + " where r.id = ?", s -> s.setLong(1, id)).stream().findFirst();
    }

    /** Every release, newest first (analysts and publishers). */
    public List<ReleaseRecord> all() {
        return query("select " + COLUMNS + " order by r.drafted_at desc, r.id desc", s -> { });
    }

    /** The published releases, newest first: what anyone may see. */
    public List<ReleaseRecord> published() {
        return query("select " + COLUMNS + " where r.status = 'PUBLISHED' order by r.published_at desc, r.id desc", s -> { });
    }

    public Optional<ReleaseRecord> published(String series, int version) {
        return query("select " + COLUMNS + " where r.status = 'PUBLISHED' and r.series = ? and r.version = ?", s -> {
            s.setString(1, series);
            s.setInt(2, version);
        }).stream().findFirst();
    }

    /** Releases being built whose builder stopped giving news (a crash, a stop): their lease ran out. */
    public List<Long> interrupted() {
        return query("select " + COLUMNS + " where r.status = 'BUILDING' and r.build_heartbeat < now() - "
                + LEASE + " order by r.id", s -> { }).stream().map(ReleaseRecord::id).toList();
    }

    /**
     * Takes the lease of a release to build it: true for a release never started or whose lease ran out;
     * false if another builder holds it (on this server or another), which then finishes it.
     */
    public boolean claim(long id) {
        return update("update publication_release set build_heartbeat = now() where id = ? and status = 'BUILDING'"
                + " and (build_heartbeat is null or build_heartbeat < now() - " + LEASE + ")", s -> s.setLong(1, id)) == 1;
    }

    public List<StoredTable> tables(long releaseId) {
        List<StoredTable> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select definition::text, cells::text from publication_table where release_id = ? order by position")) {
            s.setLong(1, releaseId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(new StoredTable(ReleaseJson.title(rs.getString(1)),
                            ReleaseJson.table(rs.getString(1), rs.getString(2))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** Every table published so far of these populations: what the audit of a new release must take into account. */
    public List<ProtectedTable> publishedTables(List<String> populations) {
        List<ProtectedTable> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select t.definition::text, t.cells::text from publication_table t
                  join publication_release r on r.id = t.release_id
                 where r.status = 'PUBLISHED' and t.definition ->> 'population' = any(?)
                 order by r.id, t.position""")) {
            s.setArray(1, c.createArrayOf("varchar", populations.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables.add(ReleaseJson.table(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /** Renews the builder's lease while it works without news to give (a long audit). */
    public void heartbeat(long id) {
        update("update publication_release set build_heartbeat = now() where id = ? and status = 'BUILDING'",
                s -> s.setLong(1, id));
    }

    /** Progress of a build, in a transaction of its own (the builder runs outside any). */
    public void progress(long id, String step, long done, long total) {
        update("update publication_release set build_step = ?, build_done = ?, build_total = ?, build_heartbeat = now()"
                        + " where id = ? and status = 'BUILDING'",
                s -> {
                    s.setString(1, step);
                    s.setLong(2, done);
                    s.setLong(3, total);
                    s.setLong(4, id);
                });
    }

    /**
     * The built tables and the audit, all at once: the release becomes a draft
     * with every table or stays building with none (a crash in between leaves it
     * to be built again, never half saved). False if it is no longer building.
     */
    public boolean built(long id, List<StoredTable> tables, StoredExtract extract, AuditReport audit, long records) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement s = c.prepareStatement("""
                        update publication_release set status = 'DRAFT', built_at = now(), audit_passed = ?,
                               audit = ?::jsonb, records_counted = ?, build_step = 'DONE', build_done = build_total,
                               row_version = row_version + 1
                         where id = ? and status = 'BUILDING'""")) {
                    s.setBoolean(1, audit.passed());
                    s.setString(2, ReleaseJson.audit(audit));
                    s.setLong(3, records);
                    s.setLong(4, id);
                    updated = s.executeUpdate();
                }
                if (updated == 1) {
                    try (PreparedStatement s = c.prepareStatement("""
                            insert into publication_table (release_id, position, table_id, definition, cells)
                            values (?, ?, ?, ?::jsonb, ?::jsonb)""")) {
                        for (int i = 0; i < tables.size(); i++) {
                            ProtectedTable table = tables.get(i).table();
                            s.setLong(1, id);
                            s.setInt(2, i);
                            s.setString(3, table.spec().id());
                            s.setString(4, ReleaseJson.definition(table, tables.get(i).title()));
                            s.setString(5, ReleaseJson.cells(table));
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                    if (extract != null) {
                        try (PreparedStatement s = c.prepareStatement("""
                                insert into publication_extract (release_id, csv, json, released, suppressed)
                                values (?, ?, ?::jsonb, ?, ?)""")) {
                            s.setLong(1, id);
                            s.setString(2, extract.csv());
                            s.setString(3, extract.json());
                            s.setInt(4, extract.released());
                            s.setInt(5, extract.suppressed());
                            s.executeUpdate();
                        }
                    }
                }
                c.commit();
                return updated == 1;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void failed(long id, String error) {
        update("update publication_release set status = 'FAILED', build_error = ?, row_version = row_version + 1"
                + " where id = ? and status = 'BUILDING'", s -> {
            s.setString(1, error.length() > 2000 ? error.substring(0, 2000) : error);
            s.setLong(2, id);
        });
    }

    /** Moves a draft on (published, rejected, discarded) if nobody moved it since {@code rowVersion}. */
    public void decide(long id, long rowVersion, String status, String reviewer, String note) {
        int updated = update("""
                update publication_release set status = ?, reviewed_by = ?, reviewed_at = now(), review_note = ?,
                       published_at = case when ? = 'PUBLISHED' then now() end, row_version = row_version + 1
                 where id = ? and row_version = ? and status = 'DRAFT'""", s -> {
            s.setString(1, status);
            s.setString(2, reviewer);
            if (note == null) {
                s.setNull(3, Types.VARCHAR);
            } else {
                s.setString(3, note);
            }
            s.setString(4, status);
            s.setLong(5, id);
            s.setLong(6, rowVersion);
        });
        if (updated != 1) {
            throw new ConflictException("Release", null);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReleaseRecord> query(String sql, Binder binder) {
        List<ReleaseRecord> releases = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    releases.add(new ReleaseRecord(rs.getLong("id"), rs.getString("series"), rs.getInt("version"),
                            rs.getString("title"), rs.getString("methodology"), month(rs.getDate("period_from")),
                            month(rs.getDate("period_to")), strings(rs.getArray("missions")), rs.getString("status"),
                            (Integer) rs.getObject("corrects_version"), (Integer) rs.getObject("superseded_by"),
                            rs.getString("drafted_by"), instant(rs.getTimestamp("drafted_at")),
                            rs.getString("build_step"), rs.getLong("build_done"), rs.getLong("build_total"),
                            instant(rs.getTimestamp("built_at")), rs.getString("build_error"),
                            (Long) rs.getObject("records_counted"), (Boolean) rs.getObject("audit_passed"),
                            rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")),
                            rs.getString("review_note"), instant(rs.getTimestamp("published_at")),
                            rs.getLong("row_version"), rs.getString("request")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return releases;
    }

    public Optional<StoredExtract> extract(long releaseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select csv, json::text, released, suppressed from publication_extract where release_id = ?")) {
            s.setLong(1, releaseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new StoredExtract(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit report kept with a release. */
    public Optional<AuditReport> audit(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select audit::text from publication_release where id = ? and audit is not null")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(ReleaseJson.audit(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection for the builder's counting (outside any transaction). */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static YearMonth month(Date date) {
        return YearMonth.from(date.toLocalDate());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
