package org.camino.repository.control;

import org.camino.platform.statistics.StatisticalRecord;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The HQ store, one record at a time, on the ingest's connection (the caller
 * holds the ingest lock). {@link #decide} is the whole rule; the rest is SQL.
 */
final class HqRecords {

    enum Decision { INSERT, REPLACE, IGNORE }

    private final Connection connection;
    private final PreparedStatement insert;

    HqRecords(Connection connection) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement("insert into cdr_record (record_id, version, mission, case_type,"
                + " event_type, event_month, case_pseudonym, person_pseudonym, sex, age_band, nationality, origin_country,"
                + " destination_country, status, reason, programme_code, household_size_band)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * What to do with a record of version {@code incoming}: HQ holds
     * {@code current} (null: none) and the case may be tombstoned. The same
     * version again, or an older one, changes nothing: that is what makes a
     * batch sent twice count once, and a late older version harmless.
     */
    static Decision decide(Long current, boolean caseTombstoned, long incoming) {
        if (caseTombstoned) {
            return Decision.IGNORE;
        }
        if (current == null) {
            return Decision.INSERT;
        }
        return incoming > current ? Decision.REPLACE : Decision.IGNORE;
    }

    /** Applies a record; true if the store changed. */
    boolean upsert(StatisticalRecord record) throws SQLException {
        Long current = null;
        Date currentMonth = null;
        try (PreparedStatement s = connection.prepareStatement(
                "select version, event_month from cdr_record_key where record_id = ?")) {
            s.setString(1, record.recordId());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    current = rs.getLong(1);
                    currentMonth = rs.getDate(2);
                }
            }
        }
        Decision decision = decide(current, tombstoned(record.casePseudonym()), record.version());
        if (decision == Decision.IGNORE) {
            return false;
        }
        Date month = Date.valueOf(record.eventMonth().atDay(1));
        if (decision == Decision.REPLACE) {
            flush();
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from cdr_record where record_id = ? and event_month = ?");
                 PreparedStatement key = connection.prepareStatement(
                         "update cdr_record_key set version = ?, event_month = ? where record_id = ?")) {
                delete.setString(1, record.recordId());
                delete.setDate(2, currentMonth);
                delete.executeUpdate();
                key.setLong(1, record.version());
                key.setDate(2, month);
                key.setString(3, record.recordId());
                key.executeUpdate();
            }
        } else {
            try (PreparedStatement key = connection.prepareStatement("insert into cdr_record_key"
                    + " (record_id, mission, version, event_month, case_pseudonym) values (?, ?, ?, ?, ?)")) {
                key.setString(1, record.recordId());
                key.setString(2, record.mission());
                key.setLong(3, record.version());
                key.setDate(4, month);
                key.setString(5, record.casePseudonym());
                key.executeUpdate();
            }
        }
        int i = 1;
        insert.setString(i++, record.recordId());
        insert.setLong(i++, record.version());
        insert.setString(i++, record.mission());
        insert.setString(i++, record.caseType());
        insert.setString(i++, record.eventType().name());
        insert.setDate(i++, month);
        insert.setString(i++, record.casePseudonym());
        for (String value : new String[] {record.personPseudonym(), record.sex(), record.ageBand(), record.nationality(),
                record.originCountry(), record.destinationCountry(), record.status(), record.reason(),
                record.programmeCode(), record.householdSizeBand()}) {
            if (value == null) {
                insert.setNull(i++, Types.VARCHAR);
            } else {
                insert.setString(i++, value);
            }
        }
        insert.addBatch();
        return true;
    }

    /** Removes every record of the case and keeps them out; true if the store changed. */
    boolean tombstone(StatisticalRecord record) throws SQLException {
        flush();
        try (PreparedStatement s = connection.prepareStatement("insert into cdr_tombstone (case_pseudonym, mission, version)"
                + " values (?, ?, ?) on conflict (case_pseudonym) do nothing")) {
            s.setString(1, record.casePseudonym());
            s.setString(2, record.mission());
            s.setLong(3, record.version());
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement records = connection.prepareStatement("delete from cdr_record where case_pseudonym = ?");
             PreparedStatement keys = connection.prepareStatement("delete from cdr_record_key where case_pseudonym = ?")) {
            records.setString(1, record.casePseudonym());
            records.executeUpdate();
            keys.setString(1, record.casePseudonym());
            keys.executeUpdate();
        }
        return true;
    }

    void flush() throws SQLException {
        insert.executeBatch();
    }

    private boolean tombstoned(String casePseudonym) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select 1 from cdr_tombstone where case_pseudonym = ?")) {
            s.setString(1, casePseudonym);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
