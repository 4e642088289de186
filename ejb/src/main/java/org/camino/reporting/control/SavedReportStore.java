package org.camino.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Saved reports (table {@code saved_report}): every read and write names the
 * owner, so a user never reaches another's. The request is kept as JSON of
 * codes (the report's period, missions, breakdown and filters); edits carry
 * the row version they were made on.
 */
@ApplicationScoped
public class SavedReportStore {

    /** A saved report as stored; {@code request} is its JSON. */
    public record Row(long id, String owner, String name, String report, String request, long version,
                      java.time.Instant updatedAt) {
    }

    /** Outcome of an edit made on a row version. */
    public enum Edit { DONE, NOT_FOUND, STALE, NAME_TAKEN }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "select id, owner, name, report, request::text, row_version, updated_at"
            + " from saved_report";

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public List<Row> list(String owner) {
        return JdbcRows.query(dataSource, COLUMNS + " where owner = ? order by lower(name), id",
                s -> s.setString(1, owner), SavedReportStore::row);
    }

    public Optional<Row> find(String owner, long id) {
        return JdbcRows.query(dataSource, COLUMNS + " where owner = ? and id = ?", s -> {
            s.setString(1, owner);
            s.setLong(2, id);
        }, SavedReportStore::row).stream().findFirst();
    }

    /** True if the owner has a saved report of that name (whatever its case), other than {@code exceptId}. */
    public boolean nameTaken(String owner, String name, long exceptId) {
        return !JdbcRows.query(dataSource, "select 1 from saved_report where owner = ? and lower(name) = lower(?) and id <> ?",
                s -> {
                    s.setString(1, owner);
                    s.setString(2, name);
                    s.setLong(3, exceptId);
                }, rs -> 1).isEmpty();
    }

    /** The new row's id; empty if the owner has that name already (a concurrent save). */
    public Optional<Long> insert(String owner, String name, String report, String requestJson) {
        try {
            return JdbcRows.query(dataSource, "insert into saved_report (owner, name, report, request)"
                    + " values (?, ?, ?, ?::jsonb) returning id", s -> {
                s.setString(1, owner);
                s.setString(2, name);
                s.setString(3, report);
                s.setString(4, requestJson);
            }, rs -> rs.getLong(1)).stream().findFirst();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Edit rename(String owner, long id, long version, String name) {
        try {
            int changed = JdbcRows.update(dataSource, "update saved_report set name = ?, row_version = row_version + 1,"
                    + " updated_at = now() where owner = ? and id = ? and row_version = ?", s -> {
                s.setString(1, name);
                s.setString(2, owner);
                s.setLong(3, id);
                s.setLong(4, version);
            });
            return changed == 1 ? Edit.DONE : missingOrStale(owner, id);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Edit.NAME_TAKEN;
            }
            throw new IllegalStateException(e);
        }
    }

    public Edit delete(String owner, long id, long version) {
        try {
            int deleted = JdbcRows.update(dataSource, "delete from saved_report where owner = ? and id = ? and row_version = ?",
                    s -> {
                        s.setString(1, owner);
                        s.setLong(2, id);
                        s.setLong(3, version);
                    });
            return deleted == 1 ? Edit.DONE : missingOrStale(owner, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Edit missingOrStale(String owner, long id) {
        return find(owner, id).isPresent() ? Edit.STALE : Edit.NOT_FOUND;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getTimestamp(7).toInstant());
    }
}
