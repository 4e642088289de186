package org.camino.reporting.control;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for the reporting stores: one statement on a connection of its own (the caller's transaction, if any). */
final class JdbcRows {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private JdbcRows() {
    }

    static <T> List<T> query(DataSource dataSource, String sql, Binder binder, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an insert, update or delete; the rows it changed. */
    static int update(DataSource dataSource, String sql, Binder binder) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        }
    }
}
