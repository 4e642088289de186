package org.camino.reporting.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportSqlTest {

    @Test
    void missionAndHqRunTheSameTextOnTheirOwnTable() {
        for (ReportDefinition report : ReportDefinition.values()) {
            if (report.kind() != ReportDefinition.Kind.STATISTICS) {
                continue;
            }
            for (String by : report.dimensions()) {
                String mission = ReportSql.statistics(ReportSql.Store.MISSION, report, by, report.dimensions());
                String hq = ReportSql.statistics(ReportSql.Store.HQ, report, by, report.dimensions());
                if (report.unit() == ReportDefinition.Unit.EVENTS) {
                    // counts of records are sums of the store's totals: the mission's (V34), HQ's (V44), the same text
                    assertTrue(mission.contains("sum(records) as counted from stat_total "), mission);
                    // (by programme code only when the breakdown and filters allow: the test below)
                    assertEquals(mission.replace(" from stat_total ", " from cdr_stat_total "),
                            hq.replace(" from cdr_stat_code_total ", " from cdr_stat_total "), report + " by " + by);
                } else {
                    // the mission's distinct counts are sums of their totals (V40); HQ counts distinct in its store
                    assertTrue(mission.contains("sum(units) as counted from stat_distinct_total"), mission);
                    assertTrue(hq.contains(report.unit().statisticsCount() + " as counted from cdr_record "), hq);
                }
            }
        }
    }

    @Test
    void hqReadsItsTotalsByProgrammeCodeOnlyWhenTheBreakdownAndFiltersAreTheMonthOrTheCode() {
        assertTrue(ReportSql.statistics(ReportSql.Store.HQ, ReportDefinition.AVRR_RETURNS, "month", List.of())
                .contains(" from cdr_stat_code_total "));
        assertTrue(ReportSql.statistics(ReportSql.Store.HQ, ReportDefinition.AVRR_REINTEGRATION, "code", List.of("month"))
                .contains(" from cdr_stat_code_total "));
        assertTrue(ReportSql.statistics(ReportSql.Store.HQ, ReportDefinition.AVRR_RETURNS, "month", List.of("sex"))
                .contains(" from cdr_stat_total "));
        assertTrue(ReportSql.statistics(ReportSql.Store.HQ, ReportDefinition.AVRR_RETURNS, "nationality", List.of())
                .contains(" from cdr_stat_total "));
        assertTrue(ReportSql.statistics(ReportSql.Store.MISSION, ReportDefinition.AVRR_RETURNS, "month", List.of())
                .contains(" from stat_total "));
    }

    @Test
    void everyStatisticalReportCountsOneCaseTypeAndEveryCaseloadHidesTraffickingOutsideItsMissions() {
        for (ReportDefinition report : ReportDefinition.values()) {
            String sql = report.kind() == ReportDefinition.Kind.STATISTICS
                    ? ReportSql.statistics(ReportSql.Store.MISSION, report, null, List.of())
                    : report.unit() == ReportDefinition.Unit.DAYS ? ReportSql.milestoneHistograms(report, null, List.of(), Period.parse("2026", null, null))
                    : ReportSql.caseload(report, null, List.of());
            assertTrue(sql.contains("mission = any(?)") || sql.contains("m.code = any(?)")
                    || sql.contains("mission = any(p.missions)") && sql.contains("?::varchar[] as missions")
                    || sql.contains("s.mission_id = any(p.missions)")
                    && sql.contains("array(select id from mission where code = any(?)) as missions"), sql);
            if (report.kind() == ReportDefinition.Kind.STATISTICS) {
                assertTrue(report.caseType() != null && (sql.contains("case_type = ?")
                        || sql.contains("case_type = p.asked_type") && sql.contains("?::varchar as asked_type")), sql);
            } else {
                assertTrue(sql.contains("(c.case_type <> 'CTA' or m.code = any(?))")
                        || sql.contains("(s.case_type <> 'CTA' or s.mission_id = any(p.trafficking_missions))")
                        && sql.contains("array(select id from mission where code = any(?)) as trafficking_missions"), sql);
            }
        }
    }

    @Test
    void onlyTheReportsOwnDimensionsBecomeSql() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportSql.statistics(ReportSql.Store.MISSION, ReportDefinition.AVRR_RETURNS, "1; drop table x", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ReportSql.caseload(ReportDefinition.CASELOAD_OPEN, "caseType", List.of("sex")));
        String filtered = ReportSql.statistics(ReportSql.Store.MISSION, ReportDefinition.AVRR_RETURNS, "month", List.of("sex"));
        assertTrue(filtered.contains("coalesce(sex, 'UNKNOWN') = ?"), filtered);
        assertFalse(filtered.contains("FEMALE"));
    }

    @Test
    void reportIdsAreUniqueAndFound() {
        for (ReportDefinition report : ReportDefinition.values()) {
            assertEquals(report, ReportDefinition.byId(report.id()).orElseThrow());
            assertFalse(report.dimensions().isEmpty(), report.id());
        }
        assertTrue(ReportDefinition.byId("nope").isEmpty());
    }
}
