package org.camino.reporting.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mission reports counted over their source rows (cases, status changes, statistical records) by SQL written
 * here, not read from the totals the product keeps: what {@link ReportTotalsTest} holds the product's figures to.
 */
final class SourceCounts {

    private static final String OPEN_AT_END = "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t)";
    private static final String CASES = "case_file c left join app_user u on u.id = c.assigned_to";
    private static final String STEPS = "case_status_change s join case_file c on c.id = s.case_id";
    private static final String STATUS_AT_END = "case_file c join lateral (select l.to_status, l.changed_at::date as since"
            + " from case_status_change l where l.case_id = c.id and l.changed_at::date <= p.t"
            + " order by l.changed_at desc, l.id desc limit 1) s on true"
            + " join workflow_expected_days w on w.case_type = c.case_type and w.status = s.to_status";
    private static final String MEDIAN = "round((percentile_cont(0.5) within group (order by s.changed_at::date - c.opened_on))::numeric)";

    /** Caseload report → its rows, condition, aggregate, and each dimension's expression over those rows. */
    private record Source(String rows, String condition, String aggregate, Map<String, String> dimensions) {
    }

    private static final Map<ReportDefinition, Source> CASELOAD = Map.of(
            ReportDefinition.CASELOAD_OPEN, new Source(CASES, OPEN_AT_END, "count(*)",
                    Map.of("caseType", "c.case_type", "status", "c.status")),
            ReportDefinition.CASELOAD_ASSIGNED, new Source(CASES, OPEN_AT_END, "count(*)",
                    Map.of("assignee", "u.username", "caseType", "c.case_type", "status", "c.status")),
            ReportDefinition.CASELOAD_OPENED, new Source(CASES, "c.opened_on between p.f and p.t", "count(*)",
                    Map.of("caseType", "c.case_type", "month", "to_char(c.opened_on, 'YYYY-MM')", "status", "c.status")),
            ReportDefinition.CASELOAD_CLOSED, new Source(CASES, "c.closed_on between p.f and p.t", "count(*)",
                    Map.of("caseType", "c.case_type", "month", "to_char(c.closed_on, 'YYYY-MM')", "reason", "c.closure_reason")),
            ReportDefinition.CASELOAD_MILESTONES, new Source(STEPS,
                    "s.from_status is not null and s.changed_at::date between p.f and p.t", MEDIAN,
                    Map.of("status", "s.to_status", "caseType", "c.case_type")),
            ReportDefinition.CASELOAD_OVERDUE, new Source(STATUS_AT_END,
                    OPEN_AT_END + " and least(p.t, current_date) - s.since > w.expected_days", "count(*)",
                    Map.of("status", "s.to_status", "caseType", "c.case_type")));

    private SourceCounts() {
    }

    /** What each statistical report counts in its records: events, or distinct cases or persons. */
    private static final Map<ReportDefinition.Unit, String> STATISTICS_COUNT = Map.of(
            ReportDefinition.Unit.EVENTS, "count(*)", ReportDefinition.Unit.CASES, "count(distinct case_pseudonym)",
            ReportDefinition.Unit.PERSONS, "count(distinct person_pseudonym)");

    /**
     * mission|value → count (or median days) of the report by {@code by} (null: mission|"" → the mission's total),
     * counter-trafficking cases only in {@code trafficking}; a statistical report filtered on {@code filters}
     * (dimension → value).
     */
    static Map<String, Long> of(Connection connection, ReportDefinition report, String by, Map<String, String> filters,
                                List<String> missions, List<String> trafficking, Period period) throws SQLException {
        String sql;
        if (report.kind() == ReportDefinition.Kind.STATISTICS) {
            StringBuilder where = new StringBuilder();
            filters.forEach((dimension, value) -> where.append(" and coalesce(").append(report.column(dimension))
                    .append(", 'UNKNOWN') = '").append(value.replace("'", "''")).append('\''));
            sql = "select mission, " + (by == null ? "''" : "coalesce(" + report.column(by) + ", 'UNKNOWN')") + ", "
                    + STATISTICS_COUNT.get(report.unit()) + " from stat_record"
                    + " where mission = any(?) and event_month between ? and ? and case_type = '" + report.caseType()
                    + "' and (" + report.condition() + ")" + where + " group by 1, 2 having "
                    + STATISTICS_COUNT.get(report.unit()) + " > 0";
        } else {
            Source source = CASELOAD.get(report);
            sql = "with p as (select ?::date as f, ?::date as t) select m.code, coalesce(" + source.dimensions().get(by)
                    + ", 'UNKNOWN'), " + source.aggregate() + " from p cross join " + source.rows()
                    + " join mission m on m.id = c.mission_id where m.code = any(?) and (c.case_type <> 'CTA'"
                    + " or m.code = any(?)) and " + source.condition() + " group by 1, 2";
        }
        Map<String, Long> cells = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (report.kind() == ReportDefinition.Kind.STATISTICS) {
                s.setArray(1, connection.createArrayOf("varchar", missions.toArray()));
                s.setDate(2, Date.valueOf(period.firstMonth().atDay(1)));
                s.setDate(3, Date.valueOf(period.lastMonth().atDay(1)));
            } else {
                s.setDate(1, Date.valueOf(period.from()));
                s.setDate(2, Date.valueOf(period.to()));
                s.setArray(3, connection.createArrayOf("varchar", missions.toArray()));
                s.setArray(4, connection.createArrayOf("varchar", trafficking.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cells.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return cells;
    }

    /** The value of {@code dimension} in most of the report's records (a filter that selects something). */
    static String mostFrequent(Connection connection, ReportDefinition report, String dimension) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select coalesce(" + report.column(dimension)
                + ", 'UNKNOWN') from stat_record where case_type = ? and (" + report.condition() + ")"
                + " group by 1 order by count(*) desc, 1 limit 1")) {
            s.setString(1, report.caseType());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "NONE";
            }
        }
    }
}
