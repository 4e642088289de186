package org.camino.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report totals' triggers (V34) add to a write, measured on the filled database: the rows a registration
 * writes (a case, its first status change, a statistical record) and the rows a status change writes (the change,
 * the case's new status, a statistical record), each in a transaction of its own as the product commits them,
 * with the triggers on and off (DISABLE TRIGGER USER) in alternating blocks so that the machine's load weighs on
 * both alike. What a block writes with the triggers off is deleted with them off, so the totals stay exact.
 * Bounded: {@code rounds} × 2 blocks × {@code perBlock} of each.
 */
final class TotalsWriteCost {

    /** Median milliseconds per registration and per status change, triggers on and off. */
    record Cost(Stats registrationOn, Stats registrationOff, Stats changeOn, Stats changeOff) {
    }

    private static final long FIRST_ID = 9_000_000_000_000L;
    private static final String[] TABLES = {"case_file", "case_status_change", "stat_record"};

    private final Connection db;
    private long nextId = FIRST_ID;

    TotalsWriteCost(Connection db) {
        this.db = db;
    }

    Cost measure(String mission, int rounds, int perBlock) throws SQLException {
        long template = template(mission);
        List<Double> regOn = new ArrayList<>();
        List<Double> regOff = new ArrayList<>();
        List<Double> changeOn = new ArrayList<>();
        List<Double> changeOff = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean on : new boolean[] {round % 2 == 0, round % 2 != 0}) {
                triggers(on);
                List<Long> made = new ArrayList<>();
                for (int i = 0; i < perBlock; i++) {
                    long t = System.nanoTime();
                    made.add(register(template));
                    (on ? regOn : regOff).add((System.nanoTime() - t) / 1e6);
                }
                for (long id : made) {
                    long t = System.nanoTime();
                    changeStatus(id);
                    (on ? changeOn : changeOff).add((System.nanoTime() - t) / 1e6);
                }
                delete(made);
            }
        }
        triggers(true);
        return new Cost(Stats.of(regOn), Stats.of(regOff), Stats.of(changeOn), Stats.of(changeOff));
    }

    private long template(String mission) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select c.id from case_file c join mission m"
                + " on m.id = c.mission_id where m.code = '" + mission + "' and c.closed_on is null order by c.id limit 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void triggers(boolean on) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : TABLES) {
                s.execute("alter table " + table + (on ? " enable" : " disable") + " trigger user");
            }
        }
    }

    /** A registration's rows: the case (copied from the template), its first status change, one record. */
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
