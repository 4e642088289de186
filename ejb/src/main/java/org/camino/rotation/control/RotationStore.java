package org.camino.rotation.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The key-rotation job's SQL: rows of the encrypted tables read in primary-key
 * order and written back with compare-and-set UPDATEs, and the job's own
 * progress. Plain JDBC because the tables are only known at run time; table
 * and column names come from the entities and the catalogue, never from input.
 * Joins the caller's transaction (a chunk's, for the job).
 */
@Stateless
public class RotationStore {

    /** A table's place in a run: the rows to do, fixed when the run starts. */
    public record TableStart(String table, int ordinal, long rowsTotal, String[] upperKey) {
    }

    public record Progress(String table, int ordinal, long rowsTotal, String[] upperKey, String[] lastKey, long rowsDone,
                           long valuesRotated, long indexesRecomputed, long valuesUnreadable) {
    }

    public record Run(long jobInstanceId, long executionId, String startedBy, Instant startedAt, String targetKeyId) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    public TableShape shape(EncryptedTable table) {
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        query("""
                select a.attname, format_type(a.atttypid, a.atttypmod)
                  from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                 where i.indrelid = to_regclass(?) and i.indisprimary
                 order by array_position(i.indkey::int2[], a.attnum)""", List.of(table.name()), rs -> {
            String column = rs.getString(1);
            if (!IDENTIFIER.matcher(column).matches()) {
                throw new IllegalStateException("Primary key column " + column + " of " + table.name() + " is not a plain name");
            }
            columns.add(column);
            types.add(rs.getString(2));
        });
        if (columns.isEmpty()) {
            throw new IllegalStateException("Table " + table.name() + " does not exist or has no primary key");
        }
        return new TableShape(table, new PrimaryKey(columns, types));
    }

    /** The key of the table's last row, or null if it is empty. */
    public String[] lastKey(TableShape shape) {
        PrimaryKey pk = shape.primaryKey();
        List<String[]> keys = new ArrayList<>();
        query("select " + String.join(", ", pk.columns()) + " from " + shape.name() + " order by "
                + String.join(" desc, ", pk.columns()) + " desc limit 1", List.of(), rs -> keys.add(key(rs, pk)));
        return keys.isEmpty() ? null : keys.get(0);
    }

    public long countUpTo(TableShape shape, String[] upperKey) {
        PrimaryKey pk = shape.primaryKey();
        long[] count = new long[1];
        query("select count(*) from " + shape.name() + " where " + pk.tuple() + " <= " + pk.parameters(),
                List.of((Object[]) upperKey), rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /**
     * Up to {@code limit} rows after {@code afterKey} (null: from the start) and
     * up to {@code upToKey} (null: no bound), in key order; with {@code notUnderKeyPrefix},
     * only rows with a ciphertext that does not start with it.
     */
    public List<RowSnapshot> page(TableShape shape, String[] afterKey, String[] upToKey, int limit, String notUnderKeyPrefix) {
        PrimaryKey pk = shape.primaryKey();
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (afterKey != null) {
            conditions.add(pk.tuple() + " > " + pk.parameters());
            parameters.addAll(List.of((Object[]) afterKey));
        }
        if (upToKey != null) {
            conditions.add(pk.tuple() + " <= " + pk.parameters());
            parameters.addAll(List.of((Object[]) upToKey));
        }
        if (notUnderKeyPrefix != null) {
            conditions.add(shape.table().columns().stream()
                    .map(c -> "(" + c.column() + " is not null and not starts_with(" + c.column() + ", ?))")
                    .collect(Collectors.joining(" or ", "(", ")")));
            shape.table().columns().forEach(c -> parameters.add(notUnderKeyPrefix));
        }
        parameters.add(limit);
        String sql = select(shape) + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + String.join(", ", pk.columns()) + " limit ?";
        List<RowSnapshot> rows = new ArrayList<>();
        query(sql, parameters, rs -> rows.add(snapshot(shape, rs)));
        return rows;
    }

    /** The row as it is now, or null if it was deleted. */
    public RowSnapshot row(TableShape shape, String[] key) {
        PrimaryKey pk = shape.primaryKey();
        List<RowSnapshot> rows = new ArrayList<>();
        query(select(shape) + " where " + pk.tuple() + " = " + pk.parameters(), List.of((Object[]) key),
                rs -> rows.add(snapshot(shape, rs)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Writes the new values only if the row still holds every value that was
     * read (ciphertexts, and the clear columns indexes depend on): a user who saved
     * the row meanwhile wins, and the caller reads it again. Returns the rows changed, 0 or 1.
     */
    public int compareAndSet(RowSnapshot row, Map<String, Object> newValues) {
        TableShape shape = row.shape();
        PrimaryKey pk = shape.primaryKey();
        List<Object> parameters = new ArrayList<>(newValues.values());
        parameters.addAll(List.of((Object[]) row.key()));
        StringBuilder sql = new StringBuilder("update ").append(shape.name()).append(" set ")
                .append(newValues.keySet().stream().map(column -> column + " = ?").collect(Collectors.joining(", ")))
                .append(" where ").append(pk.tuple()).append(" = ").append(pk.parameters());
        for (String column : shape.comparedColumns()) {
            sql.append(" and ").append(column).append(" is not distinct from ?");
            parameters.add(row.values().get(column));
        }
        return update(sql.toString(), parameters);
    }

    /** Ciphertexts of the table not under the key with this prefix ({@code v1:k2:}). */
    public long ciphertextsNotUnder(EncryptedTable table, String keyPrefix) {
        String sum = table.columns().stream()
                .map(c -> "count(*) filter (where " + c.column() + " is not null and not starts_with(" + c.column() + ", ?))")
                .collect(Collectors.joining(" + "));
        long[] count = new long[1];
        List<Object> parameters = new ArrayList<>();
        table.columns().forEach(c -> parameters.add(keyPrefix));
        query("select " + sum + " from " + table.name(), parameters, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    // --- columns that held clear text before they were encrypted (V16)

    /** Labels of formerly clear columns whose values are not all encrypted yet. */
    public List<String> clearTextLabelsPending() {
        List<String> labels = new ArrayList<>();
        query("select label from clear_text_column where encrypted_at is null order by label", List.of(),
                rs -> labels.add(rs.getString(1)));
        return labels;
    }

    /** Clear values left in these columns of the table (values not in Camino's ciphertext format). */
    public long clearValues(EncryptedTable table, List<String> columns) {
        String sum = columns.stream()
                .map(c -> "count(*) filter (where " + c + " is not null and not starts_with(" + c + ", 'v1:'))")
                .collect(Collectors.joining(" + "));
        long[] count = new long[1];
        query("select " + sum + " from " + table.name(), List.of(), rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    public void markEncrypted(String label, long valuesEncrypted) {
        update("update clear_text_column set encrypted_at = now(), values_encrypted = ? where label = ?",
                List.of(valuesEncrypted, label));
    }

    // --- progress of a run

    /** Records the tables of a run, all in one transaction; false if it already has them (a restarted count step). */
    public boolean startProgress(long jobInstanceId, List<TableStart> tables) {
        if (!progress(jobInstanceId).isEmpty()) {
            return false;
        }
        for (TableStart table : tables) {
            withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("""
                        insert into key_rotation_progress (job_instance_id, table_name, ordinal, rows_total, upper_key)
                        values (?, ?, ?, ?, ?)""")) {
                    statement.setLong(1, jobInstanceId);
                    statement.setString(2, table.table());
                    statement.setInt(3, table.ordinal());
                    statement.setLong(4, table.rowsTotal());
                    statement.setArray(5, table.upperKey() == null ? null : connection.createArrayOf("text", table.upperKey()));
                    return statement.executeUpdate();
                }
            });
        }
        return true;
    }

    public List<Progress> progress(long jobInstanceId) {
        List<Progress> progress = new ArrayList<>();
        query("""
                select table_name, ordinal, rows_total, upper_key, last_key, rows_done, values_rotated,
                       indexes_recomputed, values_unreadable
                  from key_rotation_progress where job_instance_id = ? order by ordinal""", List.of(jobInstanceId),
                rs -> progress.add(new Progress(rs.getString(1), rs.getInt(2), rs.getLong(3), textArray(rs.getArray(4)),
                        textArray(rs.getArray(5)), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9))));
        return progress;
    }

    /** Adds a chunk's counts and moves the resume point; in the chunk's transaction, so both commit or neither. */
    public void advance(long jobInstanceId, String table, Tally tally, String[] lastKey) {
        withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    update key_rotation_progress
                       set rows_done = rows_done + ?, values_rotated = values_rotated + ?,
                           indexes_recomputed = indexes_recomputed + ?, values_unreadable = values_unreadable + ?,
                           last_key = ?
                     where job_instance_id = ? and table_name = ?""")) {
                statement.setLong(1, tally.rows());
                statement.setLong(2, tally.valuesRotated());
                statement.setLong(3, tally.indexesRecomputed());
                statement.setLong(4, tally.valuesUnreadable());
                statement.setArray(5, connection.createArrayOf("text", lastKey));
                statement.setLong(6, jobInstanceId);
                statement.setString(7, table);
                requireOne(statement.executeUpdate(), table);
            }
            return beat(connection, jobInstanceId);
        });
    }

    /** Values the sweep re-encrypted after the main pass; rows are not counted again. */
    public void addSwept(long jobInstanceId, String table, Tally tally) {
        update("""
                update key_rotation_progress set values_rotated = values_rotated + ?, indexes_recomputed = indexes_recomputed + ?
                 where job_instance_id = ? and table_name = ?""",
                List.of(tally.valuesRotated(), tally.indexesRecomputed(), jobInstanceId, table));
        withConnection(connection -> beat(connection, jobInstanceId));
    }

    /** Moves the run's heartbeat: it is running (on some server of the cluster). */
    private static int beat(Connection connection, long jobInstanceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update key_rotation_run set heartbeat_at = now() where job_instance_id = ?")) {
            statement.setLong(1, jobInstanceId);
            return statement.executeUpdate();
        }
    }

    /** True when the run's heartbeat moved within {@code lease}: a server (this one or another) is running it. */
    public boolean beatWithin(long jobInstanceId, Duration lease) {
        List<Boolean> beating = new ArrayList<>();
        query("select heartbeat_at > now() - make_interval(secs => ?) from key_rotation_run where job_instance_id = ?",
                List.of(lease.toSeconds(), jobInstanceId), rs -> beating.add(rs.getBoolean(1)));
        return beating.stream().findFirst().orElse(false);
    }

    // --- runs

    public void recordRun(Run run) {
        update("""
                insert into key_rotation_run (job_instance_id, execution_id, started_by, started_at, target_key_id, heartbeat_at)
                values (?, ?, ?, ?, ?, now())""",
                List.of(run.jobInstanceId(), run.executionId(), run.startedBy(), Timestamp.from(run.startedAt()), run.targetKeyId()));
    }

    public void recordRestart(long jobInstanceId, long executionId) {
        update("update key_rotation_run set execution_id = ?, heartbeat_at = now() where job_instance_id = ?", List.of(executionId, jobInstanceId));
    }

    public Optional<Run> latestRun() {
        List<Run> runs = new ArrayList<>();
        query("""
                select job_instance_id, execution_id, started_by, started_at, target_key_id
                  from key_rotation_run order by started_at desc, job_instance_id desc limit 1""", List.of(),
                rs -> runs.add(new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5))));
        return runs.stream().findFirst();
    }

    // --- plumbing

    private static String select(TableShape shape) {
        List<String> columns = new ArrayList<>(shape.primaryKey().columns());
        columns.add(shape.table().uuidColumn() + "::text");
        columns.addAll(shape.comparedColumns());
        return "select " + String.join(", ", columns) + " from " + shape.name();
    }

    private static RowSnapshot snapshot(TableShape shape, ResultSet rs) throws SQLException {
        PrimaryKey pk = shape.primaryKey();
        String[] key = key(rs, pk);
        String uuid = rs.getString(pk.size() + 1);
        Map<String, Object> values = new LinkedHashMap<>();
        int index = pk.size() + 2;
        for (String column : shape.comparedColumns()) {
            values.put(column, rs.getObject(index++));
        }
        return new RowSnapshot(shape, key, uuid, values);
    }

    private static String[] key(ResultSet rs, PrimaryKey pk) throws SQLException {
        String[] key = new String[pk.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = rs.getString(i + 1);
        }
        return key;
    }

    private static String[] textArray(Array array) throws SQLException {
        return array == null ? null : (String[]) array.getArray();
    }

    private static int requireOne(int updated, String table) {
        if (updated != 1) {
            throw new IllegalStateException("No progress row for table " + table + " in this run");
        }
        return updated;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private interface ConnectionWork {
        int run(Connection connection) throws SQLException;
    }

    private void query(String sql, List<?> parameters, RowHandler handler) {
        withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        handler.handle(rs);
                    }
                }
            }
            return 0;
        });
    }

    private int update(String sql, List<?> parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    private int withConnection(ConnectionWork work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Key rotation: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.OTHER); // PostgreSQL infers the column's type
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
