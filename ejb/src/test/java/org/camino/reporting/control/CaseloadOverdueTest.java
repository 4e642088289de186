package org.camino.reporting.control;

import org.camino.cases.control.Workflows;
import org.camino.cases.entity.CaseType;
import org.camino.platform.control.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * "Cases past their expected next step" on a real PostgreSQL: random cases walk
 * their real workflow with random gaps; the test works out, case by case, the
 * status each was in at the period's end and since when, and counts those that
 * had outstayed the days the migration expects for that status.
 */
class CaseloadOverdueTest {

    private static final Random RANDOM = new Random(20261207);
    private static MigratedDatabase database;

    /** One case: where, what, when opened and closed, and its status changes in order. */
    private record Walk(String mission, CaseType type, LocalDate opened, LocalDate closed, List<String> statuses,
                        List<LocalDate> dates) {
    }

    @BeforeAll
    static void start() throws Exception {
        database = MigratedDatabase.start("camino-overdue-test");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void countsOpenCasesWhoseStatusAtThePeriodsEndOutlastedItsExpectedDays() throws Exception {
        List<Walk> walks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            CaseType type = CaseType.values()[RANDOM.nextInt(CaseType.values().length)];
            Workflows.Workflow workflow = Workflows.of(type);
            LocalDate opened = LocalDate.of(2025, 1, 1).plusDays(RANDOM.nextInt(540));
            List<String> statuses = new ArrayList<>(List.of(workflow.initial()));
            List<LocalDate> dates = new ArrayList<>(List.of(opened));
            for (int step = RANDOM.nextInt(4); step > 0; step--) {
                List<Workflows.Transition> next = workflow.from(statuses.get(statuses.size() - 1)).stream()
                        .filter(t -> !workflow.isClosed(t.to())).toList();
                if (next.isEmpty()) {
                    break;
                }
                statuses.add(next.get(RANDOM.nextInt(next.size())).to());
                dates.add(dates.get(dates.size() - 1).plusDays(1 + RANDOM.nextInt(200)));
            }
            LocalDate closed = RANDOM.nextInt(4) == 0 ? dates.get(dates.size() - 1).plusDays(1 + RANDOM.nextInt(100)) : null;
            walks.add(new Walk(i % 3 == 0 ? "TZA" : "UGA", type, opened, closed, statuses, dates));
        }
        store(walks);
        ReportQueries queries = new ReportQueries();
        queries.dataSource = database.dataSource();
        Map<String, Integer> expectedDays = expectedDays();

        for (Period period : List.of(Period.parse("2025-12", null, null), Period.parse(null, "2026-01-01", "2026-03-31"))) {
            // a counter-trafficking officer of UGA only: TZA's counter-trafficking cases are not counted
            Map<String, Long> overdue = new TreeMap<>();
            Map<String, Long> overdueReturns = new TreeMap<>();
            LocalDate end = period.to();
            for (Walk walk : walks) {
                boolean open = !walk.opened().isAfter(end) && (walk.closed() == null || walk.closed().isAfter(end));
                if (!open || walk.type() == CaseType.CTA && walk.mission().equals("TZA")) {
                    continue;
                }
                int last = 0;
                for (int k = 0; k < walk.dates().size(); k++) {
                    if (!walk.dates().get(k).isAfter(end)) {
                        last = k;
                    }
                }
                String status = walk.statuses().get(last);
                long lasted = ChronoUnit.DAYS.between(walk.dates().get(last), end);
                if (lasted > expectedDays.get(walk.type() + "|" + status)) {
                    overdue.merge(walk.mission() + "|" + status, 1L, Long::sum);
                    if (walk.type() == CaseType.AVR) {
                        overdueReturns.merge(walk.mission() + "|" + status, 1L, Long::sum);
                    }
                }
            }
            assertFalse(overdue.isEmpty(), "the walks leave some cases overdue at " + end);
            assertEquals(overdue, cells(queries.counts(ReportDefinition.CASELOAD_OVERDUE, ReportSql.Store.MISSION, "status",
                    Map.of(), List.of("TZA", "UGA"), List.of("UGA"), period)), "overdue on " + end);
            assertEquals(overdueReturns, cells(queries.counts(ReportDefinition.CASELOAD_OVERDUE, ReportSql.Store.MISSION,
                    "status", Map.of("caseType", "AVR"), List.of("TZA", "UGA"), List.of("UGA"), period)),
                    "overdue return cases on " + end);
        }
    }

    @Test
    void everyOpenStatusOfEveryWorkflowHasItsExpectedDaysAndNothingElseHas() throws Exception {
        Map<String, Integer> days = expectedDays();
        List<String> open = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            Workflows.Workflow workflow = Workflows.of(type);
            workflow.states().stream().filter(state -> !workflow.isClosed(state)).forEach(state -> open.add(type + "|" + state));
        }
        assertEquals(new TreeMap<>(days).keySet(), new TreeSet<>(open));
    }

    private static void store(List<Walk> walks) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into mission (id, code, name, country) values (101, 'UGA', 'Uganda', 'UGA'),"
                    + " (102, 'TZA', 'Tanzania', 'TZA')");
            s.execute("set session_replication_role = replica"); // no household or person rows: foreign keys off
            int change = 1;
            for (int i = 0; i < walks.size(); i++) {
                Walk walk = walks.get(i);
                String current = walk.closed() == null ? walk.statuses().get(walk.statuses().size() - 1) : Workflows.CLOSED;
                s.execute("insert into case_file (id, uuid, number, mission_id, case_type, status, household_id, principal_id,"
                        + " opened_on, closed_on, created_at, updated_at) values (" + (i + 1) + ", gen_random_uuid(), 'N" + i
                        + "', " + (walk.mission().equals("UGA") ? 101 : 102) + ", '" + walk.type() + "', '" + current
                        + "', 1, 1, '" + walk.opened() + "', " + (walk.closed() == null ? "null" : "'" + walk.closed() + "'")
                        + ", now(), now())");
                String from = null;
                for (int k = 0; k < walk.statuses().size(); k++) {
                    s.execute("insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                            + " values (" + change++ + ", gen_random_uuid(), " + (i + 1) + ", "
                            + (from == null ? "null" : "'" + from + "'") + ", '" + walk.statuses().get(k) + "', '"
                            + walk.dates().get(k) + " 09:30:00', 'cw')");
                    from = walk.statuses().get(k);
                }
                if (walk.closed() != null) {
                    s.execute("insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                            + " values (" + change++ + ", gen_random_uuid(), " + (i + 1) + ", '" + from + "', 'CLOSED', '"
                            + walk.closed() + " 09:30:00', 'cw')");
                }
            }
        }
    }

    private static Map<String, Integer> expectedDays() throws Exception {
        Map<String, Integer> days = new HashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select case_type, status, expected_days from workflow_expected_days")) {
            while (rs.next()) {
                days.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
            }
        }
        return days;
    }

    private static Map<String, Long> cells(List<ReportQueries.Count> counts) {
        Map<String, Long> cells = new TreeMap<>();
        counts.forEach(c -> cells.put(c.mission() + "|" + c.value(), c.count()));
        return cells;
    }
}
