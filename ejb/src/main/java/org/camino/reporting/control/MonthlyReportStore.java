package org.camino.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The stored monthly reports (table {@code monthly_report}): one row per
 * mission, month and file format. The files of a month are written by one
 * statement that keeps whatever is there already, so two servers producing
 * the same month at once store it once, and a crash stores all or nothing.
 */
@ApplicationScoped
public class MonthlyReportStore {

    /** A file to store: {@code format} is pdf or xlsx. */
    public record NewFile(String format, String filename, String contentType, byte[] content) {
    }

    /** A stored file, without its bytes. */
    public record Entry(long id, String mission, YearMonth month, String format, String filename, String contentType,
                        long size, Instant producedAt) {
    }

    private static final String ENTRY_COLUMNS = "id, mission, month, format, filename, content_type,"
            + " octet_length(content), produced_at from monthly_report";

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public MonthlyReportStore() {
    }

    /** On a plain data source (tests). */
    public MonthlyReportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The active missions, by code. */
    public List<String> activeMissions() {
        return query("select code from mission where active order by code", s -> { }, rs -> rs.getString(1));
    }

    /** True if every one of {@code formats} of the mission's month is stored. */
    public boolean produced(String mission, YearMonth month, int formats) {
        return query("select count(*) from monthly_report where mission = ? and month = ?", s -> {
            s.setString(1, mission);
            s.setDate(2, Date.valueOf(month.atDay(1)));
        }, rs -> rs.getInt(1)).get(0) >= formats;
    }

    /**
     * Stores the month's files, all in one statement; a file of that mission, month and format already
     * stored (another server's) is kept. Returns how many files this call stored.
     */
    public int store(String mission, YearMonth month, List<NewFile> files) {
        String values = String.join(", ", files.stream().map(f -> "(?, ?, ?, ?, ?, ?)").toList());
        try {
            return JdbcRows.update(dataSource, "insert into monthly_report (mission, month, format, filename, content_type,"
                    + " content) values " + values + " on conflict (mission, month, format) do nothing", s -> {
                int i = 1;
                for (NewFile file : files) {
                    s.setString(i++, mission);
                    s.setDate(i++, Date.valueOf(month.atDay(1)));
                    s.setString(i++, file.format());
                    s.setString(i++, file.filename());
                    s.setString(i++, file.contentType());
                    s.setBytes(i++, file.content());
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored files of these missions, newest month first. */
    public List<Entry> list(List<String> missions) {
        return query("select " + ENTRY_COLUMNS + " where mission = any (?) order by month desc, mission, format",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", missions.toArray())), MonthlyReportStore::entry);
    }

    public Optional<Entry> entry(long id) {
        return query("select " + ENTRY_COLUMNS + " where id = ?", s -> s.setLong(1, id), MonthlyReportStore::entry)
                .stream().findFirst();
    }

    public byte[] content(long id) {
        return query("select content from monthly_report where id = ?", s -> s.setLong(1, id), rs -> rs.getBytes(1))
                .get(0);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant());
    }

    private <T> List<T> query(String sql, JdbcRows.Binder binder, JdbcRows.Reader<T> reader) {
        return JdbcRows.query(dataSource, sql, binder, reader);
    }
}
