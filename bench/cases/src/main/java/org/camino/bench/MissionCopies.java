package org.camino.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The fastest honest fill of a mission found so far (docs/benchmarks.md, "Mission reports"): the mission's cases
 * made by the product's synthetic generator are copied in SQL with new ids, uuids, pseudonyms and numbers (the
 * sequence part moved up by the copy times its counter's last number, so that they look like any case number, and
 * the counters moved past them), same codes and dates, until the mission holds the cases asked for. Cases, status
 * changes and statistical records are copied; persons and households are shared with the original, programme parts
 * and closure notes left out.
 */
final class MissionCopies {

    /** Ids of the copies: seed id + copy × this (the sequences hand out ids far below it). */
    private static final long COPY_ID_STEP = 1_000_000_000L;

    private MissionCopies() {
    }

    /**
     * Copies of the mission's {@code seed} cases, one copy per transaction, the last one partial, until it holds
     * {@code cases} or {@code stillInBudget} says no; returns the number of copies made.
     */
    static int fill(Connection db, String mission, long seed, long cases, java.util.function.BooleanSupplier stillInBudget)
            throws SQLException {
        execute(db, "create table bench_seed_case as select c.id, row_number() over (order by c.id) as n from case_file c"
                + " join mission m on m.id = c.mission_id where m.code = '" + mission + "'");
        execute(db, "create table bench_seed_pseudonym as select case_pseudonym, row_number() over (order by case_pseudonym)"
                + " as n from (select distinct case_pseudonym from stat_record where mission = '" + mission + "') p");
        execute(db, "create index on bench_seed_pseudonym (case_pseudonym)");
        long pseudonyms = scalar(db, "select count(*) from bench_seed_pseudonym");
        int copies = 0;
        for (long copy = 1; seed * copy < cases && stillInBudget.getAsBoolean(); copy++) {
            long part = Math.min(seed, cases - seed * copy);
            long partPseudonyms = part == seed ? pseudonyms : part * pseudonyms / seed;
            String shift = " + " + copy * COPY_ID_STEP;
            execute(db, "insert into case_file (id, uuid, number, mission_id, case_type, status, pending_status, household_id,"
                    + " principal_id, assigned_to, opened_on, closed_on, closure_reason, consent_purpose, consent_date,"
                    + " consent_withdrawn_on, created_at, updated_at, updated_by, version)"
                    + " select c.id" + shift + ", gen_random_uuid(), left(c.number, length(c.number) - 6)"
                    + " || lpad((right(c.number, 6)::bigint + " + copy + " * k.last_seq)::text, 6, '0'), c.mission_id, c.case_type,"
                    + " status, pending_status, household_id, principal_id, assigned_to, opened_on, closed_on, closure_reason,"
                    + " consent_purpose, consent_date, consent_withdrawn_on, created_at, updated_at, updated_by, c.version"
                    + " from case_file c join bench_seed_case b on b.id = c.id join case_counter k on k.mission_id = c.mission_id"
                    + " and k.case_type = c.case_type and k.year = left(right(c.number, 11), 4)::int where b.n <= " + part);
            execute(db, "insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by,"
                    + " approved_by) select s.id" + shift + ", gen_random_uuid(), s.case_id" + shift + ", from_status,"
                    + " to_status, changed_at, changed_by, approved_by from case_status_change s"
                    + " join bench_seed_case b on b.id = s.case_id where b.n <= " + part);
            execute(db, "insert into stat_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,"
                    + " person_pseudonym, sex, age_band, nationality, origin_country, destination_country, status, reason,"
                    + " programme_code, household_size_band) select md5(r.record_id || ':" + copy + "'), version, mission,"
                    + " case_type, event_type, event_month, md5(r.case_pseudonym || ':" + copy + "'),"
                    + " md5(r.person_pseudonym || ':" + copy + "'), sex, age_band, nationality, origin_country,"
                    + " destination_country, status, reason, programme_code, household_size_band from stat_record r"
                    + " join bench_seed_pseudonym p on p.case_pseudonym = r.case_pseudonym where p.n <= " + partPseudonyms);
            copies++;
        }
        // registrations after the fill take numbers after the copies'
        execute(db, "update case_counter set last_seq = last_seq * " + (copies + 1) + " where mission_id = (select id from mission"
                + " where code = '" + mission + "')");
        execute(db, "drop table bench_seed_case");
        execute(db, "drop table bench_seed_pseudonym");
        return copies;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
