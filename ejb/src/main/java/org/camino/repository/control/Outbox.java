package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camino.platform.statistics.StatisticalRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

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
 */
@ApplicationScoped
public class Outbox {

    private static final String UPSERT = """
            insert into stat_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,
                                     person_pseudonym, sex, age_band, nationality, origin_country, destination_country,
                                     status, reason, programme_code, household_size_band)
            select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
             where not exists (select 1 from stat_tombstone t where t.case_pseudonym = ?)
            on conflict (record_id) do update set version = excluded.version, mission = excluded.mission,
                case_type = excluded.case_type, event_type = excluded.event_type, event_month = excluded.event_month,
                case_pseudonym = excluded.case_pseudonym, person_pseudonym = excluded.person_pseudonym,
                sex = excluded.sex, age_band = excluded.age_band, nationality = excluded.nationality,
                origin_country = excluded.origin_country, destination_country = excluded.destination_country,
                status = excluded.status, reason = excluded.reason, programme_code = excluded.programme_code,
                household_size_band = excluded.household_size_band, received_at = now()
             where stat_record.version < excluded.version""";

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
