package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camino.platform.statistics.StatisticalRecord;
import org.camino.platform.statistics.StatisticalRecords;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every announced statistical record into the outbox, in the
 * transaction of the case change that announced it (a synchronous observer):
 * no change without its record, no record without its change. The record's
 * version is the outbox sequence number, added when it is sent.
 * <p>
 * In the same transaction it keeps the mission's own copy of its records
 * ({@code stat_record}, which mission reports count) at the version the
 * outbox just gave: a higher version replaces a lower one, a tombstone removes
 * every record of its case and keeps them out, as HQ does with what it
 * receives.
 * <p>
 * The only writer of {@code stat_record}: {@link #record} (one record, as a
 * case changes) and {@link #recordAll} (a chunk of the initial load or
 * rebuild, one statement per table), both below.
 */
@ApplicationScoped
public class Outbox {

    private static final String COLUMNS = """
            record_id, version, mission, case_type, event_type, event_month, case_pseudonym, person_pseudonym, sex,
            age_band, nationality, origin_country, destination_country, status, reason, programme_code,
            household_size_band""";

    /** A higher version replaces a lower one; a lower or equal one changes nothing. */
    private static final String ON_CONFLICT = """
            on conflict (record_id) do update set version = excluded.version, mission = excluded.mission,
                case_type = excluded.case_type, event_type = excluded.event_type, event_month = excluded.event_month,
                case_pseudonym = excluded.case_pseudonym, person_pseudonym = excluded.person_pseudonym,
                sex = excluded.sex, age_band = excluded.age_band, nationality = excluded.nationality,
                origin_country = excluded.origin_country, destination_country = excluded.destination_country,
                status = excluded.status, reason = excluded.reason, programme_code = excluded.programme_code,
                household_size_band = excluded.household_size_band, received_at = now()
             where stat_record.version < excluded.version""";

    private static final String UPSERT = "insert into stat_record (" + COLUMNS + ")"
            + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
            + " where not exists (select 1 from stat_tombstone t where t.case_pseudonym = ?) " + ON_CONFLICT;

    /** The same as {@link #UPSERT} for many records: one array per column. */
    private static final String UPSERT_ALL = "insert into stat_record (" + COLUMNS + ")"
            + " select u.* from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[]) as u(" + COLUMNS + ")"
            + " where not exists (select 1 from stat_tombstone t where t.case_pseudonym = u.case_pseudonym::char(32)) "
            + ON_CONFLICT;

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    void record(@Observes StatisticalRecord record) {
        try (Connection connection = dataSource.getConnection()) {
            long version;
            try (PreparedStatement insert = connection.prepareStatement("insert into cdr_outbox (seq, mission, record_id,"
                    + " payload) values (nextval('cdr_outbox_seq'), ?, ?, ?) returning seq")) {
                insert.setString(1, record.mission());
                insert.setString(2, record.recordId());
                insert.setString(3, record.withVersion(0).toJson().toString());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                }
            }
            if (record.tombstone()) {
                tombstone(connection, record, version);
            } else {
                upsert(connection, record, version);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The statistical record could not be written to the outbox", e);
        }
    }

    /**
     * Many records at once (a chunk of the initial load or rebuild): the same
     * as {@link #record} for each, in list order, with one statement per table
     * instead of two per record: the versions in one query, the outbox rows in
     * one insert, the mission's copy in one upsert (of each record id, the
     * latest version in the list).
     */
    void recordAll(@Observes StatisticalRecords batch) {
        List<StatisticalRecord> records = batch.records();
        if (records.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            long[] versions = nextVersions(connection, records.size());
            insertOutboxRows(connection, records, versions);
            Map<String, StatisticalRecord> latest = new LinkedHashMap<>();
            for (int i = 0; i < records.size(); i++) {
                StatisticalRecord record = records.get(i).withVersion(versions[i]);
                if (record.tombstone()) {
                    tombstone(connection, record, record.version());
                } else {
                    latest.put(record.recordId(), record);
                }
            }
            upsertAll(connection, List.copyOf(latest.values()));
        } catch (SQLException e) {
            throw new IllegalStateException("The statistical records could not be written to the outbox", e);
        }
    }

    /** {@code count} outbox sequence numbers, ascending. */
    private static long[] nextVersions(Connection connection, int count) throws SQLException {
        long[] versions = new long[count];
        try (PreparedStatement s = connection.prepareStatement(
                "select nextval('cdr_outbox_seq') from generate_series(1, ?)")) {
            s.setInt(1, count);
            try (ResultSet rs = s.executeQuery()) {
                for (int i = 0; i < count; i++) {
                    rs.next();
                    versions[i] = rs.getLong(1);
                }
            }
        }
        Arrays.sort(versions);
        return versions;
    }

    private static void insertOutboxRows(Connection connection, List<StatisticalRecord> records, long[] versions)
            throws SQLException {
        int n = records.size();
        Long[] seqs = new Long[n];
        String[] missions = new String[n];
        String[] recordIds = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            StatisticalRecord record = records.get(i);
            seqs[i] = versions[i];
            missions[i] = record.mission();
            recordIds[i] = record.recordId();
            payloads[i] = record.withVersion(0).toJson().toString();
        }
        try (PreparedStatement s = connection.prepareStatement("insert into cdr_outbox (seq, mission, record_id, payload)"
                + " select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[])")) {
            s.setArray(1, connection.createArrayOf("bigint", seqs));
            s.setArray(2, connection.createArrayOf("text", missions));
            s.setArray(3, connection.createArrayOf("text", recordIds));
            s.setArray(4, connection.createArrayOf("text", payloads));
            s.executeUpdate();
        }
    }

    /** Records with their versions, at most one per record id. */
    private static void upsertAll(Connection connection, List<StatisticalRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        int n = records.size();
        String[][] columns = new String[17][n];
        Long[] versions = new Long[n];
        for (int i = 0; i < n; i++) {
            StatisticalRecord r = records.get(i);
            versions[i] = r.version();
            String[] values = {r.recordId(), null, r.mission(), r.caseType(), r.eventType().name(),
                    r.eventMonth().atDay(1).toString(), r.casePseudonym(), r.personPseudonym(), r.sex(), r.ageBand(),
                    r.nationality(), r.originCountry(), r.destinationCountry(), r.status(), r.reason(),
                    r.programmeCode(), r.householdSizeBand()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        try (PreparedStatement s = connection.prepareStatement(UPSERT_ALL)) {
            for (int c = 0; c < columns.length; c++) {
                s.setArray(c + 1, c == 1 ? connection.createArrayOf("bigint", versions)
                        : connection.createArrayOf("text", columns[c]));
            }
            s.executeUpdate();
        }
    }

    private static void upsert(Connection connection, StatisticalRecord record, long version) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
            int i = 1;
            s.setString(i++, record.recordId());
            s.setLong(i++, version);
            s.setString(i++, record.mission());
            s.setString(i++, record.caseType());
            s.setString(i++, record.eventType().name());
            s.setDate(i++, Date.valueOf(record.eventMonth().atDay(1)));
            s.setString(i++, record.casePseudonym());
            for (String value : new String[] {record.personPseudonym(), record.sex(), record.ageBand(),
                    record.nationality(), record.originCountry(), record.destinationCountry(), record.status(),
                    record.reason(), record.programmeCode(), record.householdSizeBand()}) {
                if (value == null) {
                    s.setNull(i++, Types.VARCHAR);
                } else {
                    s.setString(i++, value);
                }
            }
            s.setString(i, record.casePseudonym());
            s.executeUpdate();
        }
    }

    private static void tombstone(Connection connection, StatisticalRecord record, long version) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement("insert into stat_tombstone (case_pseudonym, mission,"
                + " version) values (?, ?, ?) on conflict (case_pseudonym) do nothing");
             PreparedStatement delete = connection.prepareStatement("delete from stat_record where case_pseudonym = ?")) {
            mark.setString(1, record.casePseudonym());
            mark.setString(2, record.mission());
            mark.setLong(3, version);
            mark.executeUpdate();
            delete.setString(1, record.casePseudonym());
            delete.executeUpdate();
        }
    }
}
