package org.camino.bench;

import java.util.Map;

/**
 * Each mission report as the plain GROUP BY one would write by hand, without the product: counts by mission and
 * the report's first dimension (its default breakdown), unknown values as UNKNOWN as the report shows them.
 * Written here from what docs/user reports say each report counts, not taken from ReportSql, so that the
 * benchmark also checks the product's figures. Parameters: missions (varchar[]), first day, last day.
 */
final class PlainReportSql {

    private PlainReportSql() {
    }

    /** id → case type, what is counted, the breakdown column, the aggregate. */
    private static final Map<String, String[]> STATISTICS = Map.of(
            "avrr-returns", new String[] {"AVR", "event_type = 'MOVEMENT' and programme_code in ('DEPARTED', 'ARRIVED')",
                    "to_char(event_month, 'YYYY-MM')", "count(*)"},
            "avrr-reintegration", new String[] {"AVR", "event_type = 'REINTEGRATION_ASSISTANCE'", "programme_code", "count(*)"},
            "avrr-monitoring", new String[] {"AVR", "event_type = 'MONITORING_VISIT'", "programme_code", "count(*)"},
            "resettlement-departures", new String[] {"RST",
                    "event_type = 'MOVEMENT' and programme_code in ('DEPARTED', 'ARRIVED')", "destination_country", "count(*)"},
            "resettlement-status", new String[] {"RST", "event_type in ('REGISTRATION', 'STATUS_CHANGE')", "status",
                    "count(distinct case_pseudonym)"},
            "health-assessments", new String[] {"MHA", "event_type = 'HEALTH_ASSESSMENT'", "programme_code", "count(*)"},
            "trafficking-victims", new String[] {"CTA", "event_type = 'REGISTRATION'", "sex", "count(distinct person_pseudonym)"},
            "trafficking-events", new String[] {"CTA", "event_type = 'TRAFFICKING_EVENT'", "programme_code", "count(*)"},
            "trafficking-support", new String[] {"CTA", "event_type = 'SUPPORT_ITEM'", "programme_code", "count(*)"});

    private static final String CASES = " from case_file c join mission m on m.id = c.mission_id,"
            + " (select ?::varchar[] as codes, ?::date as f, ?::date as t) p where m.code = any(p.codes) and ";

    private static final Map<String, String> CASELOAD = Map.of(
            "caseload-open", "select m.code, coalesce(c.case_type, 'UNKNOWN'), count(*)" + CASES
                    + "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t) group by 1, 2",
            "caseload-assigned", "select m.code, coalesce(u.username, 'UNKNOWN'), count(*)"
                    + CASES.replace(" join mission m", " left join app_user u on u.id = c.assigned_to join mission m")
                    + "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t) group by 1, 2",
            "caseload-opened", "select m.code, coalesce(c.case_type, 'UNKNOWN'), count(*)" + CASES
                    + "c.opened_on between p.f and p.t group by 1, 2",
            "caseload-closed", "select m.code, coalesce(c.case_type, 'UNKNOWN'), count(*)" + CASES
                    + "c.closed_on between p.f and p.t group by 1, 2",
            "caseload-milestones", "select m.code, coalesce(s.to_status, 'UNKNOWN'),"
                    + " round((percentile_cont(0.5) within group (order by s.changed_at::date - c.opened_on))::numeric)"
                    + CASES.replace("from case_file c", "from case_status_change s join case_file c on c.id = s.case_id")
                    + "s.from_status is not null and s.changed_at::date between p.f and p.t group by 1, 2",
            "caseload-overdue", "select m.code, coalesce(s.to_status, 'UNKNOWN'), count(*)"
                    + CASES.replace(" where m.code", ", lateral (select l.to_status, l.changed_at::date as since"
                    + " from case_status_change l where l.case_id = c.id and l.changed_at::date <= p.t"
                    + " order by l.changed_at desc, l.id desc limit 1) s, workflow_expected_days w"
                    + " where w.case_type = c.case_type and w.status = s.to_status and m.code")
                    + "c.opened_on <= p.t and (c.closed_on is null or c.closed_on > p.t)"
                    + " and least(p.t, current_date) - s.since > w.expected_days group by 1, 2");

    /** The report over the mission's own records or live cases. */
    static String forMission(String id) {
        if (CASELOAD.containsKey(id)) {
            return CASELOAD.get(id);
        }
        return statistics(id, "stat_record");
    }

    /** The report over HQ's store. */
    static String forHq(String id) {
        return statistics(id, "cdr_record");
    }

    private static String statistics(String id, String table) {
        String[] report = STATISTICS.get(id);
        if (report == null) {
            throw new IllegalStateException("No plain SQL for report " + id + ": add it to PlainReportSql");
        }
        return "select mission, coalesce(" + report[2] + ", 'UNKNOWN'), " + report[3] + " from " + table
                + " where mission = any(?) and event_month between ? and ? and case_type = '" + report[0] + "' and "
                + report[1] + " group by 1, 2";
    }
}
