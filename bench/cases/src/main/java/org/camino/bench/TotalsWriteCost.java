package org.camino.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report totals' triggers (V34, V40) add to a write, measured on the filled database: the rows a registration
 * writes (a case, its first status change, a statistical record) and the rows a status change writes (the change,
 * the case's new status, a statistical record), each in a transaction of its own as the product commits them; and
 * one statistical record alone, over a random sample of the mission's records (their mix of case types and events).
 * Each with every trigger on, with V34's only (V40's distinct counts off) and with none (DISABLE TRIGGER USER), in
 * rotating blocks so that the machine's load weighs on each alike. What a block writes is deleted with the same
 * triggers, so the totals stay exact. Bounded: {@code rounds} × 3 blocks × {@code perBlock} of each.
 */
final class TotalsWriteCost {

    /**
     * Milliseconds per registration and per status change (of a resettlement case, whose records V40 counts):
     * every trigger on, V34's only (V40's distinct counts off), none.
     */
    record Cost(Stats registrationOn, Stats registrationV34, Stats registrationOff, Stats changeOn, Stats changeV34,
                Stats changeOff) {
    }

    /**
     * Milliseconds per statistical record written alone, over the sample: every trigger, V34's only, none, with their
     * means; {@code counted}: the share of the sample that V40 counts.
     */
    record Mix(Stats all, Stats v34, Stats none, double meanAll, double meanV34, double meanNone, double counted) {
    }

    /** Which triggers a block writes with. */
    private enum Triggers { ALL, V34_ONLY, NONE }

    private static final String[] DISTINCT_TRIGGERS = {"stat_distinct_insert", "stat_distinct_delete", "stat_distinct_update"};

    private static final long FIRST_ID = 9_000_000_000_000L;
    private static final String[] TABLES = {"case_file", "case_status_change", "stat_record"};

    private final Connection db;
    private long nextId = FIRST_ID;

    TotalsWriteCost(Connection db) {
        this.db = db;
    }

    Cost measure(String mission, int rounds, int perBlock) throws SQLException {
        long template = template(mission);
        Triggers[] modes = Triggers.values();
        List<List<Double>> registrations = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> changes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            for (int block = 0; block < modes.length; block++) {
                Triggers mode = modes[(round + block) % modes.length]; // each mode first in turn
                triggers(mode);
                List<Long> made = new ArrayList<>();
                for (int i = 0; i < perBlock; i++) {
                    long t = System.nanoTime();
                    made.add(register(template));
                    registrations.get(mode.ordinal()).add((System.nanoTime() - t) / 1e6);
                }
                for (long id : made) {
                    long t = System.nanoTime();
                    changeStatus(id);
                    changes.get(mode.ordinal()).add((System.nanoTime() - t) / 1e6);
                }
                delete(made);
            }
        }
        triggers(Triggers.ALL);
        return new Cost(Stats.of(registrations.get(0)), Stats.of(registrations.get(1)), Stats.of(registrations.get(2)),
                Stats.of(changes.get(0)), Stats.of(changes.get(1)), Stats.of(changes.get(2)));
    }

    /**
     * Copies of a random sample of the mission's records (new record ids, same case and person, the current month),
     * each inserted in its own transaction, timed, then deleted; the same sample in every block.
     */
    Mix recordMix(String mission, int rounds, int perBlock) throws SQLException {
        List<String> sample = new ArrayList<>();
        int counted = 0;
        try (PreparedStatement s = db.prepareStatement("select record_id, (case_type = 'RST' and event_type in"
                + " ('REGISTRATION', 'STATUS_CHANGE')) or (case_type = 'CTA' and event_type = 'REGISTRATION'"
                + " and person_pseudonym is not null) from stat_record where mission = ? order by random() limit ?")) {
            s.setString(1, mission);
            s.setInt(2, perBlock);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sample.add(rs.getString(1));
                    counted += rs.getBoolean(2) ? 1 : 0;
                }
            }
        }
        Triggers[] modes = Triggers.values();
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String[] copies = new String[sample.size()];
        for (int round = 0; round < rounds; round++) {
            for (int block = 0; block < modes.length; block++) {
                Triggers mode = modes[(round + block) % modes.length];
                triggers(mode);
                try (PreparedStatement copy = db.prepareStatement("insert into stat_record (record_id, version, mission,"
                        + " case_type, event_type, event_month, case_pseudonym, person_pseudonym, sex, age_band, nationality,"
                        + " origin_country, destination_country, status, reason, programme_code, household_size_band)"
                        + " select ?, version, mission, case_type, event_type, date_trunc('month', now())::date,"
                        + " case_pseudonym, person_pseudonym, sex, age_band, nationality, origin_country, destination_country,"
                        + " status, reason, programme_code, household_size_band from stat_record where record_id = ?")) {
                    for (int i = 0; i < sample.size(); i++) {
                        copies[i] = String.format("bench-mix-%019d", nextId++);
                        copy.setString(1, copies[i]);
                        copy.setString(2, sample.get(i));
                        long t = System.nanoTime();
                        copy.executeUpdate();
                        times.get(mode.ordinal()).add((System.nanoTime() - t) / 1e6);
                    }
                }
                try (PreparedStatement delete = db.prepareStatement("delete from stat_record where record_id = any(?)")) {
                    delete.setArray(1, db.createArrayOf("bpchar", copies));
                    delete.executeUpdate();
                }
            }
        }
        triggers(Triggers.ALL);
        return new Mix(Stats.of(times.get(0)), Stats.of(times.get(1)), Stats.of(times.get(2)), mean(times.get(0)),
                mean(times.get(1)), mean(times.get(2)), sample.isEmpty() ? 0 : counted / (double) sample.size());
    }

    private static double mean(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private long template(String mission) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select c.id from case_file c join mission m"
                + " on m.id = c.mission_id where m.code = '" + mission + "' and c.closed_on is null and c.case_type = 'RST'"
                + " order by c.id limit 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void triggers(Triggers mode) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : TABLES) {
                s.execute("alter table " + table + (mode == Triggers.NONE ? " disable" : " enable") + " trigger user");
            }
            if (mode == Triggers.V34_ONLY) {
                for (String trigger : DISTINCT_TRIGGERS) {
                    s.execute("alter table stat_record disable trigger " + trigger);
                }
            }
        }
    }

    /**
     * A registration's rows: the case (copied from the template, a resettlement case, whose records the distinct
     * counts of V40 count too), its first status change, one record.
     */
    private long register(long template) throws SQLException {
        long id = nextId++;
        db.setAutoCommit(false);
        try {
            update("insert into case_file (id, uuid, number, mission_id, case_type, status, household_id, principal_id,"
                    + " assigned_to, opened_on, created_at, updated_at, version) select ?, gen_random_uuid(), 'BENCH-' || ?,"
                    + " mission_id, case_type, status, household_id, principal_id, assigned_to, current_date, now(), now(), 0"
                    + " from case_file where id = ?", id, id, template);
            update("insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                    + " select ?, gen_random_uuid(), ?, null, status, now(), 'bench' from case_file where id = ?", id, id, id);
            record(id, id, "REGISTRATION");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return id;
    }

    /** A status change's rows: the change, the case's new status, one record. */
    private void changeStatus(long id) throws SQLException {
        db.setAutoCommit(false);
        try {
            update("insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                    + " select ? + 1000000, gen_random_uuid(), id, status, 'BENCH_STEP', now(), 'bench' from case_file"
                    + " where id = ?", id, id);
            update("update case_file set status = 'BENCH_STEP', updated_at = now(), version = version + 1 where id = ?", id);
            record(id + 1_000_000, id, "STATUS_CHANGE");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void record(long recordKey, long caseId, String eventType) throws SQLException {
        update("insert into stat_record (record_id, version, mission, case_type, event_type, event_month, case_pseudonym,"
                + " status, sex, age_band) select md5('bench' || ?), 1, m.code, c.case_type, ?, date_trunc('month', now())::date,"
                + " md5('bench-case' || c.id), c.status, 'FEMALE', 'Y25T34' from case_file c join mission m on m.id = c.mission_id"
                + " where c.id = ?", recordKey, eventType, caseId);
    }

    private void delete(List<Long> ids) throws SQLException {
        Long[] boxed = ids.toArray(Long[]::new);
        try (PreparedStatement records = db.prepareStatement("delete from stat_record where case_pseudonym"
                + " = any(select md5('bench-case' || unnest(?::bigint[])))");
             PreparedStatement changes = db.prepareStatement("delete from case_status_change where case_id = any(?)");
             PreparedStatement cases = db.prepareStatement("delete from case_file where id = any(?)")) {
            for (PreparedStatement s : List.of(records, changes, cases)) {
                s.setArray(1, db.createArrayOf("bigint", boxed));
                s.executeUpdate();
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
