package org.camino.cases.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.camino.cases.entity.CaseType;
import org.camino.crypto.Pseudonyms;
import org.camino.platform.statistics.StatisticalEventType;
import org.camino.platform.statistics.StatisticalRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statistical record of a chunk of cases, derived set-based for the
 * initial load and rebuild: the cases with their principal and household
 * size in one query, their status changes and movements in one query each,
 * each programme area's parts in one query per table ({@link StatisticalParts}),
 * whatever the number of cases. The records are built by the same code as
 * when each event happened ({@link CaseStatistics}), so they are the same
 * records: same ids, variables and pseudonyms. Clear coded columns only,
 * never an encrypted one.
 */
@ApplicationScoped
public class StatisticalDerivation {

    private static final String CASES = """
            select c.id, m.code, c.case_type, c.opened_on, c.closure_reason, c.principal_id, p.sex, p.birth_year,
                   p.nationality, (select count(*) from household_member h where h.household_id = c.household_id)
              from case_file c join mission m on m.id = c.mission_id join person p on p.id = c.principal_id
             where c.id = any(?)
             order by c.id""";

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    @Inject
    Instance<StatisticalParts> programmeAreas;

    /** The records of the cases that exist among {@code caseIds}, case by case in id order. */
    List<StatisticalRecord> derive(List<Long> caseIds, Pseudonyms pseudonyms) {
        try (Connection connection = dataSource.getConnection()) {
            Chunk chunk = new Chunk(connection, pseudonyms);
            chunk.readCases(caseIds);
            // the initial status is part of the registration: only changes from a status are records
            chunk.eachRow(null, "select case_id, id, to_status, changed_at from case_status_change"
                    + " where case_id = any(?) and from_status is not null order by id", row -> {
                        StatisticalCase c = chunk.cases.get(row.getLong(1));
                        chunk.add(c, CaseStatistics.statusChange(c, row.getLong(2), row.getString(3),
                                row.getObject(4, OffsetDateTime.class).toInstant(), pseudonyms));
                    });
            chunk.eachRow(null, "select case_id, id, actual_departure, planned_departure, status, origin_country,"
                    + " destination_country from movement where case_id = any(?) order by id", row -> {
                        StatisticalCase c = chunk.cases.get(row.getLong(1));
                        chunk.add(c, CaseStatistics.movement(c, row.getLong(2), Chunk.date(row, 3), Chunk.date(row, 4),
                                row.getString(5), row.getString(6), row.getString(7), pseudonyms));
                    });
            for (StatisticalParts area : programmeAreas) {
                area.deriveAll(chunk);
            }
            return chunk.records();
        } catch (SQLException e) {
            throw new IllegalStateException("The statistical records of the cases could not be read", e);
        }
    }

    /** A chunk of cases being derived: its cases, and the records derived so far, by case. */
    public static final class Chunk {

        /** Takes one row of a query; may throw as JDBC does. */
        @FunctionalInterface
        public interface RowHandler {
            void accept(ResultSet row) throws SQLException;
        }

        private final Connection connection;
        private final Pseudonyms pseudonyms;
        private final Map<Long, StatisticalCase> cases = new LinkedHashMap<>();
        private final Map<Long, List<StatisticalRecord>> records = new HashMap<>();

        Chunk(Connection connection, Pseudonyms pseudonyms) {
            this.connection = connection;
            this.pseudonyms = pseudonyms;
        }

        private void readCases(List<Long> caseIds) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(CASES)) {
                s.setArray(1, connection.createArrayOf("bigint", caseIds.toArray()));
                try (ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        String mission = row.getString(2);
                        long id = row.getLong(1);
                        long principal = row.getLong(6);
                        Integer birthYear = row.getObject(8, Integer.class);
                        StatisticalCase c = new StatisticalCase(id, mission, CaseType.valueOf(row.getString(3)),
                                date(row, 4), row.getString(5), pseudonyms.of(mission, "case", id), true,
                                pseudonyms.of(mission, "person", principal), row.getString(7), birthYear,
                                row.getString(9), row.getInt(10));
                        cases.put(id, c);
                        add(c, CaseStatistics.registration(c, pseudonyms));
                    }
                }
            }
        }

        /**
         * Runs {@code sql}, whose one parameter ({@code case_id = any(?)}) gets the ids of the chunk's cases of
         * {@code type} (all cases: null), and hands each row to {@code handler}; no query if there are none.
         */
        public void eachRow(CaseType type, String sql, RowHandler handler) {
            Long[] ids = cases.values().stream().filter(c -> type == null || c.caseType() == type)
                    .map(StatisticalCase::id).toArray(Long[]::new);
            if (ids.length == 0) {
                return;
            }
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        handler.accept(row);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The statistical records of the cases could not be read", e);
            }
        }

        /** The record of a programme part of case {@code caseId}, as {@link CaseStatistics#part} announces it. */
        public void part(long caseId, StatisticalEventType type, String kind, long rowId, LocalDate on,
                         String programmeCode, String country) {
            StatisticalCase c = cases.get(caseId);
            add(c, CaseStatistics.part(c, type, kind, rowId, on, programmeCode, country, pseudonyms));
        }

        /** A date column, or null. */
        public static LocalDate date(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }

        private void add(StatisticalCase c, StatisticalRecord record) {
            records.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(record);
        }

        /** Case by case in id order; within a case, as derived. */
        private List<StatisticalRecord> records() {
            List<StatisticalRecord> all = new ArrayList<>();
            for (Long id : cases.keySet()) {
                all.addAll(records.getOrDefault(id, List.of()));
            }
            return all;
        }
    }
}
