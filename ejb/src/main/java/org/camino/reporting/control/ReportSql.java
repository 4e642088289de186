package org.camino.reporting.control;

import java.util.List;

/**
 * The SQL of the reports, built from {@link ReportDefinition}s and nothing
 * the caller typed: dimensions and filters are chosen among the report's own
 * (checked before), values are bound parameters.
 * <p>
 * A statistical report is one text with the store's table name in it:
 * {@code stat_record} on the mission, {@code cdr_record} at HQ. Parameters:
 * missions (text[]), case type, first day of the first month, first day of
 * the last month, then one value per filter. The caseload: missions, missions
 * whose counter-trafficking cases may be counted (text[]), from, to, filters.
 */
public final class ReportSql {

    /** The value of a dimension that the record or case does not carry. */
    public static final String UNKNOWN = "UNKNOWN";

    /** Where statistical records are read. */
    public enum Store {
        /** The mission's own records, as sent to HQ. */
        MISSION("stat_record"),
        /** HQ's store, every mission's. */
        HQ("cdr_record");

        private final String table;

        Store(String table) {
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    private ReportSql() {
    }

    /** Counts by mission and {@code by} (null: one total per mission), filtered on {@code filters} (dimension ids). */
    static String statistics(Store store, ReportDefinition report, String by, List<String> filters) {
        return statistics(store, report, by, filters, false);
    }

    /**
     * As {@link #statistics(Store, ReportDefinition, String, List)}; with {@code totals} (and a {@code by}), each
     * mission's total comes from the same scan as the breakdown, as a row whose value is null.
     */
    static String statistics(Store store, ReportDefinition report, String by, List<String> filters, boolean totals) {
        StringBuilder sql = new StringBuilder("select mission, ").append(value(report, by)).append(" as value, ")
                .append(report.unit().statisticsCount()).append(" as counted from ").append(store.table())
                .append(" where mission = any(?) and case_type = ? and event_month between ? and ? and (")
                .append(report.condition()).append(')');
        for (String filter : filters) {
            sql.append(" and coalesce(").append(report.column(filter)).append(", '").append(UNKNOWN).append("') = ?");
        }
        return sql.append(groupBy(by, totals)).toString();
    }

    /** Live cases by mission and {@code by}; counter-trafficking cases only in the missions of the second array. */
    static String caseload(ReportDefinition report, String by, List<String> filters) {
        return caseload(report, by, filters, false);
    }

    /** As {@link #caseload(ReportDefinition, String, List)}; with {@code totals}, each mission's total as a row whose value is null. */
    static String caseload(ReportDefinition report, String by, List<String> filters, boolean totals) {
        StringBuilder sql = new StringBuilder("with p as (select ?::date as f, ?::date as t) select m.code as mission, ")
                .append(value(report, by)).append(" as value, ").append(report.unit().caseloadAggregate())
                .append(" as counted from p cross join ").append(report.caseloadRows())
                .append(" join mission m on m.id = c.mission_id left join app_user u on u.id = c.assigned_to")
                .append(" where m.code = any(?) and (c.case_type <> '").append(ReportDefinition.TRAFFICKING)
                .append("' or m.code = any(?)) and (").append(report.condition()).append(')');
        for (String filter : filters) {
            sql.append(" and coalesce(").append(report.column(filter)).append(", '").append(UNKNOWN).append("') = ?");
        }
        return sql.append(groupBy(by, totals)).toString();
    }

    /**
     * The breakdown; with totals, the missions' totals too, in one pass over the rows instead of a second query
     * (a report over a million cases scanned them twice). Distinct counts and medians are computed over each
     * mission's rows as a separate query would.
     */
    private static String groupBy(String by, boolean totals) {
        if (!totals) {
            return " group by 1, 2 order by 1, 2";
        }
        if (by == null) {
            throw new IllegalArgumentException("totals go with a breakdown");
        }
        return " group by grouping sets ((1, 2), (1)) order by 1, 2";
    }

    private static String value(ReportDefinition report, String by) {
        return by == null ? "''" : "coalesce(" + report.column(by) + ", '" + UNKNOWN + "')";
    }
}
