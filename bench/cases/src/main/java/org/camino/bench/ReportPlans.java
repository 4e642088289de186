package org.camino.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the reports whose time is not explained by the rows they read: the SQL texts
 * below are those {@code org.camino.reporting.control.ReportSql} builds for caseload-milestones
 * (by status: the steps' histograms, whose medians and the missions' totals are found in Java) and caseload-overdue
 * (by status), run with the benchmark's parameters.
 * A copy, since the benchmark does not link the product's classes: if ReportSql changes, so must these (the
 * product writes caseload-milestones' dates in the text; here they are bound, which EXPLAIN plans alike).
 */
final class ReportPlans {

    static final String MILESTONES = "with p as (select ?::date as f, ?::date as t, array(select id from mission"
            + " where code = any(?)) as missions, array(select id from mission where code = any(?)) as trafficking_missions),"
            + " h as (select s.mission_id, coalesce(s.to_status, 'UNKNOWN') collate \"C\" as value, s.days,"
            + " sum(s.changes)::bigint as n from p cross join case_milestone_total s where s.mission_id = any(p.missions)"
            + " and (s.case_type <> 'CTA' or s.mission_id = any(p.trafficking_missions)) and (s.changed_on between p.f and p.t)"
            + " group by 1, 2, 3 having sum(s.changes) > 0) select m.code as mission, h.value, array_agg(h.days) as days,"
            + " array_agg(h.n) as steps from h join mission m on m.id = h.mission_id group by m.id, h.value"
            + " order by m.code, h.value collate \"default\"";

    static final String OVERDUE = "with p as (select ?::date as f, ?::date as t) select m.code as mission,"
            + " coalesce(c.to_status, 'UNKNOWN') as value, count(*) as counted from p cross join lateral (select n.case_id,"
            + " n.mission_id, n.case_type, n.opened_on, n.closed_on, n.to_status, n.since, w.expected_days from"
            + " workflow_expected_days w join case_status_now n on n.case_type = w.case_type and n.to_status = w.status"
            + " where n.since <= p.t and n.since < least(p.t, current_date) - w.expected_days union all select c.id,"
            + " c.mission_id, c.case_type, c.opened_on, c.closed_on, l.to_status, l.since, w.expected_days from"
            + " case_status_now n join case_file c on c.id = n.case_id cross join lateral (select l.to_status,"
            + " l.changed_at::date as since from case_status_change l where l.case_id = c.id and l.changed_at::date <= p.t"
            + " order by l.changed_at desc, l.id desc limit 1) l join workflow_expected_days w on w.case_type = c.case_type"
            + " and w.status = l.to_status where n.since > p.t) c join mission m on m.id = c.mission_id where m.code = any(?)"
            + " and (c.case_type <> 'CTA' or m.code = any(?)) and (c.opened_on <= p.t and (c.closed_on is null or"
            + " c.closed_on > p.t) and least(p.t, current_date) - c.since > c.expected_days) group by 1, 2 order by 1, 2";

    private ReportPlans() {
    }

    /** The plan's lines, as PostgreSQL prints them. */
    static List<String> explain(Connection db, String sql, String mission, LocalDate from, LocalDate to) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("explain (analyze, buffers) " + sql)) {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
            s.setArray(3, db.createArrayOf("varchar", new Object[] {mission}));
            s.setArray(4, db.createArrayOf("varchar", new Object[] {mission}));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return lines;
    }
}
