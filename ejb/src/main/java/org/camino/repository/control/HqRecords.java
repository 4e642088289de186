package org.camino.repository.control;

import org.camino.platform.statistics.StatisticalRecord;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The HQ store, a whole batch at a time, on the ingest's connection (in its
 * transaction; the caller holds the ingest lock). The batch is staged in a
 * temporary table with one statement, then applied with a few set-based
 * statements, so a batch of 10,000 records costs a handful of round trips,
 * not several per record.
 * <p>
 * The rule, per record id: HQ keeps the highest version it has received. The
 * same version again, or an older one, changes nothing: that is what makes a
 * batch sent twice count once, and a late older version harmless. A tombstone
 * removes every record of its case and keeps them out for good, whatever the
 * order in which the case's records and its tombstone arrive.
 * <p>
 * {@code cdr_total} (records per mission, case type, event type and month)
 * moves with the store in the same statements: +1 for each record inserted,
 * -1 for each one deleted.
 */
final class HqRecords {

    /** The columns of a record in the store, in the order of the staging insert. */
    private static final String COLUMNS = "record_id, version, mission, case_type, event_type, event_month,"
            + " case_pseudonym, person_pseudonym, sex, age_band, nationality, origin_country, destination_country,"
            + " status, reason, programme_code, household_size_band";

    /** What {@code cdr_total} counts records by. */
    private static final String TOTAL_KEY = "mission, case_type, event_type, event_month";

    private final Connection connection;

    HqRecords(Connection connection) {
        this.connection = connection;
    }

    /** Applies checked records (months' partitions exist); returns how many changed the store. */
    int apply(List<StatisticalRecord> records) throws SQLException {
        stage(records);
        int applied = applyTombstones();
        applied += applyRecords();
        return applied;
    }

    /** The batch into {@code cdr_incoming}, a temporary table emptied at commit. */
    private void stage(List<StatisticalRecord> records) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create temporary table if not exists cdr_incoming (like cdr_record including defaults,"
                    + " tombstone boolean not null) on commit delete rows");
            s.execute("create temporary table if not exists cdr_winner (like cdr_record including defaults)"
                    + " on commit delete rows");
            s.execute("truncate cdr_incoming, cdr_winner");
        }
        int n = records.size();
        String[][] text = new String[15][n];
        Long[] versions = new Long[n];
        Boolean[] tombstones = new Boolean[n];
        for (int i = 0; i < n; i++) {
            StatisticalRecord r = records.get(i);
            versions[i] = r.version();
            tombstones[i] = r.tombstone();
            String[] values = {r.recordId(), r.mission(), r.caseType(), r.eventType().name(),
                    r.eventMonth().atDay(1).toString(), r.casePseudonym(), r.personPseudonym(), r.sex(), r.ageBand(),
                    r.nationality(), r.originCountry(), r.destinationCountry(), r.status(), r.reason(),
                    r.programmeCode()};
            for (int c = 0; c < values.length; c++) {
                text[c][i] = values[c];
            }
        }
        String[] bands = records.stream().map(StatisticalRecord::householdSizeBand).toArray(String[]::new);
        try (PreparedStatement s = connection.prepareStatement("insert into cdr_incoming (" + COLUMNS + ", tombstone)"
                + " select * from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::boolean[])")) {
            int p = 1;
            s.setArray(p++, text(text[0]));
            s.setArray(p++, connection.createArrayOf("bigint", versions));
            for (int c = 1; c < text.length; c++) {
                s.setArray(p++, text(text[c]));
            }
            s.setArray(p++, text(bands));
            s.setArray(p, connection.createArrayOf("boolean", tombstones));
            s.executeUpdate();
        }
    }

    /** New tombstones; the records of their cases go. Returns how many cases were newly removed. */
    private int applyTombstones() throws SQLException {
        int removed = count("with added as (insert into cdr_tombstone (case_pseudonym, mission, version)"
                + " select distinct on (case_pseudonym) case_pseudonym, mission, version from cdr_incoming"
                + " where tombstone order by case_pseudonym, version desc"
                + " on conflict (case_pseudonym) do nothing returning 1) select count(*) from added");
        if (removed > 0) {
            deleteCounted("delete from cdr_record r where r.case_pseudonym in"
                    + " (select case_pseudonym from cdr_incoming where tombstone)");
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("delete from cdr_record_key where case_pseudonym in"
                        + " (select case_pseudonym from cdr_incoming where tombstone)");
            }
        }
        return removed;
    }

    /**
     * The newest version of each record id of the batch, unless its case is removed, replaces what HQ holds
     * if HQ's is older (its row is deleted from the month it was in) and is inserted if HQ has none.
     * Returns how many records were inserted or replaced.
     */
    private int applyRecords() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("insert into cdr_winner (" + COLUMNS + ") select distinct on (i.record_id) "
                    + prefixed("i", COLUMNS) + " from cdr_incoming i where not i.tombstone and not exists"
                    + " (select 1 from cdr_tombstone t where t.case_pseudonym = i.case_pseudonym)"
                    + " order by i.record_id, i.version desc");
            s.execute("analyze cdr_winner"); // a temporary table has no statistics: without them the joins below scan HQ
        }
        deleteCounted("delete from cdr_record r using cdr_record_key k, cdr_winner w"
                + " where k.record_id = w.record_id and k.version < w.version"
                + " and r.record_id = k.record_id and r.event_month = k.event_month");
        return count("with keyed as (insert into cdr_record_key (record_id, mission, version, event_month, case_pseudonym)"
                + " select record_id, mission, version, event_month, case_pseudonym from cdr_winner"
                + " on conflict (record_id) do update set version = excluded.version, event_month = excluded.event_month"
                + " where cdr_record_key.version < excluded.version returning record_id),"
                + " inserted as (insert into cdr_record (" + COLUMNS + ") select " + prefixed("w", COLUMNS)
                + " from cdr_winner w join keyed using (record_id) returning " + TOTAL_KEY + "),"
                + " counted as (insert into cdr_total (" + TOTAL_KEY + ", records) select " + TOTAL_KEY + ", count(*)"
                + " from inserted group by " + TOTAL_KEY + " on conflict (" + TOTAL_KEY + ")"
                + " do update set records = cdr_total.records + excluded.records)"
                + " select count(*) from inserted");
    }

    /** Runs a {@code delete from cdr_record r ...} and takes what it removed off the totals, in one statement. */
    private void deleteCounted(String delete) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("with gone as (" + delete + " returning " + prefixed("r", TOTAL_KEY) + ")"
                    + " update cdr_total t set records = t.records - g.n from (select " + TOTAL_KEY + ", count(*) as n"
                    + " from gone group by " + TOTAL_KEY + ") g where (t.mission, t.case_type, t.event_type, t.event_month)"
                    + " = (g.mission, g.case_type, g.event_type, g.event_month)");
        }
    }


    private Array text(String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private int count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** "a.x, a.y" from "x, y". */
    private static String prefixed(String alias, String columns) {
        return alias + "." + columns.replace(", ", ", " + alias + ".");
    }
}
