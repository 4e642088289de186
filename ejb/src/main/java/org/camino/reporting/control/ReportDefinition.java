package org.camino.reporting.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports: what each counts (events, cases or persons), in which records
 * or case rows, and the dimensions it can be broken down and filtered by
 * (dimension id → SQL expression over coded columns only).
 * <p>
 * Statistical reports ({@link Kind#STATISTICS}) count statistical records of
 * one case type whose event month falls in the period; the caseload reports
 * ({@link Kind#CASELOAD}) count live cases.
 */
public enum ReportDefinition {

    /** Returns: movements of AVRR cases that departed (or arrived), by month of departure. */
    AVRR_RETURNS("avrr-returns", Kind.STATISTICS, "AVR", Unit.EVENTS,
            "event_type = 'MOVEMENT' and programme_code in ('DEPARTED', 'ARRIVED')",
            dims("month", Stat.MONTH, "originCountry", "origin_country", "destinationCountry", "destination_country",
                    "sex", "sex", "ageBand", "age_band", "nationality", "nationality")),
    /** Reintegration assistance items, by type (month planned or delivered). */
    AVRR_REINTEGRATION("avrr-reintegration", Kind.STATISTICS, "AVR", Unit.EVENTS,
            "event_type = 'REINTEGRATION_ASSISTANCE'",
            dims("code", "programme_code", "month", Stat.MONTH, "sex", "sex", "ageBand", "age_band")),
    /** Reintegration monitoring visits, by visit (3, 6, 12 months). */
    AVRR_MONITORING("avrr-monitoring", Kind.STATISTICS, "AVR", Unit.EVENTS, "event_type = 'MONITORING_VISIT'",
            dims("code", "programme_code", "month", Stat.MONTH)),
    /** Resettlement departures: movements that departed (or arrived), by month of departure. */
    RESETTLEMENT_DEPARTURES("resettlement-departures", Kind.STATISTICS, "RST", Unit.EVENTS,
            "event_type = 'MOVEMENT' and programme_code in ('DEPARTED', 'ARRIVED')",
            dims("destinationCountry", "destination_country", "householdSize", "household_size_band",
                    "month", Stat.MONTH, "nationality", "nationality", "sex", "sex", "ageBand", "age_band")),
    /** Resettlement cases that reached each status in the period (registration reaches the first one). */
    RESETTLEMENT_STATUS("resettlement-status", Kind.STATISTICS, "RST", Unit.CASES,
            "event_type in ('REGISTRATION', 'STATUS_CHANGE')",
            dims("status", "status", "month", Stat.MONTH)),
    /** Migration health assessments, by outcome and receiving country (programme). */
    HEALTH_ASSESSMENTS("health-assessments", Kind.STATISTICS, "MHA", Unit.EVENTS, "event_type = 'HEALTH_ASSESSMENT'",
            dims("code", "programme_code", "destinationCountry", "destination_country", "month", Stat.MONTH,
                    "sex", "sex", "ageBand", "age_band")),
    /** Victims registered for assistance (principals of counter-trafficking cases). */
    TRAFFICKING_VICTIMS("trafficking-victims", Kind.STATISTICS, "CTA", Unit.PERSONS, "event_type = 'REGISTRATION'",
            dims("sex", "sex", "ageBand", "age_band", "nationality", "nationality", "month", Stat.MONTH)),
    /** Trafficking events (recruitment, transit, exploitation) by type and country. */
    TRAFFICKING_EVENTS("trafficking-events", Kind.STATISTICS, "CTA", Unit.EVENTS, "event_type = 'TRAFFICKING_EVENT'",
            dims("code", "programme_code", "destinationCountry", "destination_country", "month", Stat.MONTH)),
    /** Support plan items by type. */
    TRAFFICKING_SUPPORT("trafficking-support", Kind.STATISTICS, "CTA", Unit.EVENTS, "event_type = 'SUPPORT_ITEM'",
            dims("code", "programme_code", "month", Stat.MONTH)),
    /** Cases open at the end of the period (opened by then, not closed by then), by type and current status. */
    CASELOAD_OPEN("caseload-open", Kind.CASELOAD, null, Unit.CASES,
            "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t)",
            dims("caseType", "c.case_type", "status", "c.status")),
    /** Cases open at the end of the period by whom they are assigned to (mission managers only). */
    CASELOAD_ASSIGNED("caseload-assigned", Kind.CASELOAD, null, Unit.CASES,
            "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t)",
            dims("assignee", "u.username", "caseType", "c.case_type", "status", "c.status")),
    /** Cases opened in the period. */
    CASELOAD_OPENED("caseload-opened", Kind.CASELOAD, null, Unit.CASES, "c.opened_on between p.f and p.t",
            dims("caseType", "c.case_type", "month", "to_char(c.opened_on, 'YYYY-MM')", "status", "c.status")),
    /** Median days from a case's opening to each workflow status it reached in the period (the first status excluded). */
    CASELOAD_MILESTONES("caseload-milestones", Kind.CASELOAD, null, Unit.DAYS,
            "s.changed_on between p.f and p.t",
            dims("status", "s.to_status", "caseType", "s.case_type")),
    /**
     * Open cases at the end of the period whose status then had lasted longer than the days expected for it
     * ({@code workflow_expected_days}), by type and that status. A period not over yet is looked at today:
     * a case is not late before it is. Rows: {@link ReportSql#OVERDUE_ROWS}.
     */
    CASELOAD_OVERDUE("caseload-overdue", Kind.CASELOAD, null, Unit.CASES,
            "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t)"
                    + " and least(p.t, current_date) - c.since > c.expected_days",
            dims("status", "c.to_status", "caseType", "c.case_type")),
    /** Cases closed in the period, by closure reason. */
    CASELOAD_CLOSED("caseload-closed", Kind.CASELOAD, null, Unit.CASES, "c.closed_on between p.f and p.t",
            dims("caseType", "c.case_type", "month", "to_char(c.closed_on, 'YYYY-MM')", "reason", "c.closure_reason"));

    public enum Kind { STATISTICS, CASELOAD }

    /** What one counted unit is. */
    public enum Unit {
        EVENTS("count(*)", "count(*)"), CASES("count(distinct case_pseudonym)", "count(*)"),
        PERSONS("count(distinct person_pseudonym)", null),
        /** Not a count: the median number of days (whole days, halves away from zero), so no sum across missions. */
        DAYS(null, "median");

        private final String statisticsCount;
        private final String caseloadAggregate;

        Unit(String statisticsCount, String caseloadAggregate) {
            this.statisticsCount = statisticsCount;
            this.caseloadAggregate = caseloadAggregate;
        }

        String statisticsCount() {
            return statisticsCount;
        }

        String caseloadAggregate() {
            return caseloadAggregate;
        }

        /** True if the figures are counts, which add up across missions. */
        public boolean adds() {
            return this != DAYS;
        }
    }

    /** The counter-trafficking case type: its reports need the counter-trafficking permission. */
    public static final String TRAFFICKING = "CTA";

    /** The month of a statistical record, as a dimension. */
    static final String MONTH = "to_char(event_month, 'YYYY-MM')";

    private static final class Stat {
        static final String MONTH = ReportDefinition.MONTH;
    }

    private final String id;
    private final Kind kind;
    private final String caseType;
    private final Unit unit;
    private final String condition;
    private final Map<String, String> dimensions;

    ReportDefinition(String id, Kind kind, String caseType, Unit unit, String condition, Map<String, String> dimensions) {
        this.id = id;
        this.kind = kind;
        this.caseType = caseType;
        this.unit = unit;
        this.condition = condition;
        this.dimensions = dimensions;
    }

    public static Optional<ReportDefinition> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The case type the report counts; null for the caseload (every type the caller may see). */
    public String caseType() {
        return caseType;
    }

    public Unit unit() {
        return unit;
    }

    /** True if the report shows counter-trafficking figures only (and so needs the CT permission). */
    public boolean trafficking() {
        return TRAFFICKING.equals(caseType);
    }

    /** True if the report names staff (who cases are assigned to): for those who assign cases only. */
    public boolean perStaff() {
        return this == CASELOAD_ASSIGNED;
    }

    /** Dimension ids in display order; the first is the default breakdown. */
    public List<String> dimensions() {
        return List.copyOf(dimensions.keySet());
    }

    String condition() {
        return condition;
    }

    /**
     * The rows a caseload count reads and how they are counted: the cases as grouped in {@code case_total} (V34,
     * every column these reports use, so summing gives the count of cases), or for the overdue count each
     * open case with its status at the period's end ({@link ReportSql#OVERDUE_ROWS}). The medians are read
     * from their histogram ({@link ReportSql}).
     */
    String caseloadRows() {
        return this == CASELOAD_OVERDUE ? ReportSql.OVERDUE_ROWS : "case_total c";
    }

    String caseloadCount() {
        return this == CASELOAD_OVERDUE ? "count(*)" : "sum(c.cases)";
    }

    String column(String dimension) {
        String column = dimensions.get(dimension);
        if (column == null) {
            throw new IllegalArgumentException(id + " has no dimension " + dimension);
        }
        return column;
    }

    private static Map<String, String> dims(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
