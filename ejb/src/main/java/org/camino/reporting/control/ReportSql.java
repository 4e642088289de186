package org.camino.reporting.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the reports, built from {@link ReportDefinition}s and nothing
 * the caller typed: dimensions and filters are chosen among the report's own
 * (checked before), values are bound parameters (the medians' dates excepted: see
 * {@link #milestoneHistograms(ReportDefinition, String, List, Period)}).
 * <p>
 * A statistical report is one text with the store's table name in it:
 * {@code stat_record} on the mission, {@code cdr_record} at HQ, or for a count
 * of records the store's totals ({@code stat_total}; {@code cdr_stat_total} or
 * {@code cdr_stat_code_total}). Parameters:
 * missions (text[]), case type, first day of the first month, first day of
 * the last month, then one value per filter. The caseload: missions, missions
 * whose counter-trafficking cases may be counted (text[]), from, to, filters.
 */
public final class ReportSql {

    /** The value of a dimension that the record or case does not carry. */
    public static final String UNKNOWN = "UNKNOWN";

    /** Where statistical records are read. */
    public enum Store {
        /** The mission's own records, as sent to HQ, counted in {@code stat_total} (V34). */
        MISSION("stat_record", "stat_total", null),
        /**
         * HQ's store, every mission's, counted in {@code cdr_stat_total}, and by programme code only in
         * {@code cdr_stat_code_total} (V44).
         */
        HQ("cdr_record", "cdr_stat_total", "cdr_stat_code_total");

        private final String table;
        private final String totals;
        private final String codeTotals;

        Store(String table, String totals, String codeTotals) {
            this.table = table;
            this.totals = totals;
            this.codeTotals = codeTotals;
        }

        public String table() {
            return table;
        }
    }

    /** The columns of {@code cdr_stat_code_total} a report may break down, filter or test (besides its keys). */
    private static final List<String> CODE_TOTAL_COLUMNS = List.of(ReportDefinition.MONTH, "programme_code");

    /** The columns of a cell in {@code stat_distinct_total} (V40); null in a row: not distinguished there. */
    private static final List<String> DISTINCT_CELL_COLUMNS = List.of("status", "sex", "age_band", "nationality");

    private ReportSql() {
    }

    /**
     * The overdue count's rows ({@code c}), the period {@code p} before them: each case with a status change
     * whose status at the period's end (its latest change dated by then, by time then id) is an open one,
     * with that status, since when, and the days expected for it. A case's latest change is kept in
     * {@code case_status_now} (V34): when it is dated by the period's end it is the status then, and only the
     * waits longer than expected are read (an index range per case type and status: {@code offset 0} keeps the
     * lookup per workflow row, which the planner otherwise turned into a scan of every case, 0.24 s at 1M cases);
     * the cases changed after the period's end look their status then up in their history.
     */
    static final String OVERDUE_ROWS = "lateral (select n.case_id, n.mission_id, n.case_type, n.opened_on, n.closed_on,"
            + " n.to_status, n.since, w.expected_days from workflow_expected_days w cross join lateral (select n.case_id,"
            + " n.mission_id, n.case_type, n.opened_on, n.closed_on, n.to_status, n.since from case_status_now n"
            + " where n.case_type = w.case_type and n.to_status = w.status"
            + " and n.since <= p.t and n.since < least(p.t, current_date) - w.expected_days offset 0) n"
            + " union all select c.id, c.mission_id, c.case_type, c.opened_on, c.closed_on, l.to_status, l.since,"
            + " w.expected_days from case_status_now n join case_file c on c.id = n.case_id"
            + " cross join lateral (select l.to_status, l.changed_at::date as since from case_status_change l"
            + " where l.case_id = c.id and l.changed_at::date <= p.t order by l.changed_at desc, l.id desc limit 1) l"
            + " join workflow_expected_days w on w.case_type = c.case_type and w.status = l.to_status"
            + " where n.since > p.t) c";

    /** Counts by mission and {@code by} (null: one total per mission), filtered on {@code filters} (dimension ids). */
    static String statistics(Store store, ReportDefinition report, String by, List<String> filters) {
        return statistics(store, report, by, filters, false);
    }

    /**
     * As {@link #statistics(Store, ReportDefinition, String, List)}; with {@code totals} (and a {@code by}), each
     * mission's total comes from the same scan as the breakdown, as a row whose value is null.
     */
    static String statistics(Store store, ReportDefinition report, String by, List<String> filters, boolean totals) {
        if (readsDistinctTotals(store, report)) {
            return distinctUnits(report, by, filters);
        }
        // counts of records are sums over the store's totals (its records grouped by every coded column)
        boolean fromTotals = report.unit() == ReportDefinition.Unit.EVENTS;
        StringBuilder sql = new StringBuilder("select mission, ").append(value(report, by)).append(" as value, ")
                .append(fromTotals ? "sum(records)" : report.unit().statisticsCount()).append(" as counted from ")
                .append(fromTotals ? totalsTable(store, report, by, filters) : store.table())
                .append(" where mission = any(?) and case_type = ? and event_month between ? and ? and (")
                .append(report.condition()).append(')');
        appendFilters(sql, report, filters);
        return sql.append(groupBy(by, totals, fromTotals ? "sum(records)" : null)).toString();
    }

    /**
     * The totals a count of records reads: the store's totals by programme code only when the report's breakdown
     * and filters are the month or the code (a condition tests the event type and the code only: MissionFiguresTest
     * runs every report at HQ), else those by every coded column.
     */
    private static String totalsTable(Store store, ReportDefinition report, String by, List<String> filters) {
        List<String> used = new ArrayList<>(filters);
        if (by != null) {
            used.add(by);
        }
        boolean byCode = store.codeTotals != null && used.stream().map(report::column).allMatch(CODE_TOTAL_COLUMNS::contains);
        return byCode ? store.codeTotals : store.totals;
    }

    /** True if the report counts distinct cases or persons of the mission's records, read from {@code stat_distinct_total}. */
    static boolean readsDistinctTotals(Store store, ReportDefinition report) {
        return store == Store.MISSION && report.unit() != ReportDefinition.Unit.EVENTS;
    }

    /**
     * Distinct cases or persons by mission and {@code by} (null: one total per mission), from
     * {@code stat_distinct_total} (V40): the cell that distinguishes exactly the columns broken down and filtered
     * on, each unit counted in its first month of the period there (previous month in the cell none or before the
     * period); by or filtered on month, in every month it has.
     */
    private static String distinctUnits(ReportDefinition report, String by, List<String> filters) {
        List<String> used = new ArrayList<>(filters);
        if (by != null) {
            used.add(by);
        }
        List<String> columns = used.stream().map(report::column).toList();
        StringBuilder sql = new StringBuilder("select mission, ").append(value(report, by))
                .append(" as value, sum(units) as counted from stat_distinct_total, (select ?::varchar[] as missions,")
                .append(" ?::varchar as asked_type, ?::date as f, ?::date as t) p") // the usual parameters, named
                .append(" where mission = any(p.missions) and case_type = p.asked_type and event_month between p.f and p.t");
        for (String column : DISTINCT_CELL_COLUMNS) {
            sql.append(" and ").append(column).append(columns.contains(column) ? " is not null" : " is null");
        }
        for (String column : columns) {
            if (!column.equals(ReportDefinition.MONTH) && !DISTINCT_CELL_COLUMNS.contains(column)) {
                throw new IllegalStateException(report.id() + " counts by " + column + ", not kept in stat_distinct_total");
            }
        }
        if (!columns.contains(ReportDefinition.MONTH)) {
            sql.append(" and (previous_month is null or previous_month < p.f)");
        }
        appendFilters(sql, report, filters);
        return sql.append(" group by 1, 2 having sum(units) > 0 order by 1, 2").toString();
    }

    /**
     * Live cases by mission and {@code by}; counter-trafficking cases only in the missions of the second array.
     * Not the medians ({@link ReportDefinition.Unit#DAYS}): {@link #milestoneHistograms(ReportDefinition, String, List, Period)}.
     */
    static String caseload(ReportDefinition report, String by, List<String> filters) {
        return caseload(report, by, filters, false);
    }

    /** As {@link #caseload(ReportDefinition, String, List)}; with {@code totals}, each mission's total as a row whose value is null. */
    static String caseload(ReportDefinition report, String by, List<String> filters, boolean totals) {
        if (report.unit() == ReportDefinition.Unit.DAYS) {
            throw new IllegalArgumentException(report.id() + " is a median: see milestoneHistograms");
        }
        boolean summed = report.caseloadCount().startsWith("sum(");
        StringBuilder sql = new StringBuilder("with p as (select ?::date as f, ?::date as t) select m.code as mission, ")
                .append(value(report, by)).append(" as value, ").append(report.caseloadCount())
                .append(" as counted from p cross join ").append(report.caseloadRows())
                .append(" join mission m on m.id = c.mission_id")
                .append(report.perStaff() ? " left join app_user u on u.id = c.assigned_to" : "")
                .append(" where m.code = any(?) and (c.case_type <> '").append(ReportDefinition.TRAFFICKING)
                .append("' or m.code = any(?)) and (").append(report.condition()).append(')');
        appendFilters(sql, report, filters);
        return sql.append(groupBy(by, totals, summed ? report.caseloadCount() : null)).toString();
    }

    /**
     * The histograms of the workflow steps in the period, read from {@code case_milestone_total} (V34: steps per day
     * and days since the case opened): one row per mission and value of {@code by} (null: one per mission, value
     * ''), sorted, with the days (int[]) and how many steps took them (bigint[]), in no order. The medians are
     * found in Java ({@link MedianDays}), the missions' totals too: sorting the cells, grouping sets and two window
     * passes took most of the report's time (148 ms at 120,000 cases, 15,000 cells), a hash aggregate does not.
     * Parameters: missions, missions whose counter-trafficking cases may be counted (text[]), filters.
     */
    static String milestoneHistograms(ReportDefinition report, String by, List<String> filters, Period period) {
        if (report.unit() != ReportDefinition.Unit.DAYS) {
            throw new IllegalArgumentException(report.id() + " counts, it has no histogram");
        }
        // The missions turned into ids first, so that the histogram is read alone (no join: the planner then
        // estimates its cells and adds them up by hashing, not by sorting 20,000 rows). The period's dates are in
        // the text (ISO dates of a parsed Period, nothing typed): the driver prepares a statement on the server from
        // its 5th run, and a plan made for any dates expected a few cells and sorted them (40 ms against 22).
        // Grouped on the value's bytes ("C": equal under one collation is equal under the other); the few
        // histograms are sorted as the other reports are (the database's collation).
        StringBuilder sql = new StringBuilder("with p as (select date '").append(period.from()).append("' as f, date '")
                .append(period.to()).append("' as t,")
                .append(" array(select id from mission where code = any(?)) as missions,")
                .append(" array(select id from mission where code = any(?)) as trafficking_missions),")
                .append(" h as (select s.mission_id, ").append(value(report, by))
                .append(" collate \"C\" as value, s.days, sum(s.changes)::bigint as n from p cross join case_milestone_total s")
                .append(" where s.mission_id = any(p.missions) and (s.case_type <> '").append(ReportDefinition.TRAFFICKING)
                .append("' or s.mission_id = any(p.trafficking_missions)) and (").append(report.condition()).append(')');
        appendFilters(sql, report, filters);
        // the cells of a histogram summed over the rows the triggers added and removed (none below 0)
        return sql.append(" group by 1, 2, 3 having sum(s.changes) > 0)")
                .append(" select m.code as mission, h.value, array_agg(h.days) as days, array_agg(h.n) as steps")
                .append(" from h join mission m on m.id = h.mission_id group by m.id, h.value")
                .append(" order by m.code, h.value collate \"default\"")
                .toString();
    }

    private static void appendFilters(StringBuilder sql, ReportDefinition report, List<String> filters) {
        for (String filter : filters) {
            sql.append(" and coalesce(").append(report.column(filter)).append(", '").append(UNKNOWN).append("') = ?");
        }
    }

    /**
     * The breakdown; with totals, the missions' totals too, in one pass over the rows instead of a second query
     * (a report over a million cases scanned them twice). Distinct counts are computed over each mission's rows as
     * a separate query would.
     */
    private static String groupBy(String by, boolean totals, String summed) {
        // a sum over totals leaves out the cells whose rows were all removed since (a count has no such cell)
        String having = summed == null ? "" : " having " + summed + " > 0";
        if (!totals) {
            return " group by 1, 2" + having + " order by 1, 2";
        }
        if (by == null) {
            throw new IllegalArgumentException("totals go with a breakdown");
        }
        return " group by grouping sets ((1, 2), (1))" + having + " order by 1, 2";
    }

    private static String value(ReportDefinition report, String by) {
        return by == null ? "''" : "coalesce(" + report.column(by) + ", '" + UNKNOWN + "')";
    }
}
