package org.camino.reporting.control;

import org.camino.platform.control.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * caseload-milestones on a real PostgreSQL with the real migrations, its histogram kept by V34's triggers through
 * inserts, a corrected step date, a corrected opening date and a deleted step: every median, by each dimension,
 * filtered or not, over several periods, and each mission's total, equals the median of the steps themselves computed
 * here (sorted, the mean of the two middle ones, halves away from zero by {@link BigDecimal}). Designed cells in 2025
 * pin the traps: odd and even counts, ties across the middle, halves rounded up and (below zero) down,
 * counter-trafficking steps of a mission where they may not be counted, a filter and a period that select nothing.
 */
class MilestoneMediansTest {

    private static final ReportDefinition REPORT = ReportDefinition.CASELOAD_MILESTONES;
    private static final List<String> MISSIONS = List.of("TZA", "UGA");
    /** Counter-trafficking steps are counted in UGA only. */
    private static final List<String> TRAFFICKING = List.of("UGA");
    private static final String[] TYPES = {"RST", "AVR", "MHA", "CTA"};
    private static final String[] STATUSES = {"ACTIVE", "ELIGIBLE", "FOLLOW_UP", "IN_PROCESSING"};
    private static final Period DESIGNED = Period.parse("2025", null, null);
    private static final Random RANDOM = new Random(20261208);

    /** A step of a case (not its first status), as the case stands at the end. */
    private record Step(long id, long caseId, String mission, String type, String status, LocalDate opened, LocalDate on) {
        long days() {
            return on.toEpochDay() - opened.toEpochDay();
        }

        String value(String dimension) {
            return dimension.equals("status") ? status : type;
        }
    }

    private static MigratedDatabase database;
    private static final List<Step> STEPS = new ArrayList<>();
    private static long nextCase = 1;
    private static long nextChange = 1;

    @BeforeAll
    static void fill() throws Exception {
        database = MigratedDatabase.start("camino-medians-test");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // no household or person rows: foreign keys off
            s.execute("insert into mission (id, code, name, country) values (101, 'UGA', 'Uganda', 'UGA'),"
                    + " (102, 'TZA', 'Tanzania', 'TZA')");
            // designed, in 2025: UGA RST ACTIVE 3 5 5 5 100 (odd, ties: 5); UGA RST ELIGIBLE 10 11 (10.5: 11);
            // UGA AVR ELIGIBLE -1 -2 (opened after its steps, -1.5: -2); UGA CTA FOLLOW_UP 7;
            // TZA MHA ACTIVE 2 4 4 9 (a tie across the middle: 4); TZA MHA FOLLOW_UP 1 2 8 20 (5);
            // TZA CTA ACTIVE 1000 1001 (not counted: no counter-trafficking in TZA)
            LocalDate jan = LocalDate.of(2025, 1, 1);
            caseWith(c, "UGA", "RST", jan, "ACTIVE", 3, 5, 100);
            caseWith(c, "UGA", "RST", jan.plusDays(40), "ACTIVE", 5, 5);
            caseWith(c, "UGA", "RST", jan.plusDays(3), "ELIGIBLE", 10);
            caseWith(c, "UGA", "RST", jan.plusDays(90), "ELIGIBLE", 11);
            caseWith(c, "UGA", "AVR", jan.plusDays(60), "ELIGIBLE", -1, -2);
            caseWith(c, "UGA", "CTA", jan.plusDays(20), "FOLLOW_UP", 7);
            caseWith(c, "TZA", "MHA", jan.plusDays(5), "ACTIVE", 2, 4);
            caseWith(c, "TZA", "MHA", jan.plusDays(6), "ACTIVE", 4, 9);
            caseWith(c, "TZA", "MHA", jan.plusDays(7), "FOLLOW_UP", 1, 2, 8, 20);
            caseWith(c, "TZA", "CTA", LocalDate.of(2022, 6, 1), "ACTIVE", 1000, 1001); // in February 2025
            // at random, before 2025: cases opened from 2023 to mid-2024, steps within 180 days
            for (int i = 0; i < 150; i++) {
                LocalDate opened = LocalDate.of(2023, 1, 1).plusDays(RANDOM.nextInt(540));
                long[] days = LongStream.range(0, RANDOM.nextInt(4)).map(k -> RANDOM.nextInt(181)).toArray();
                caseWith(c, RANDOM.nextBoolean() ? "UGA" : "TZA", TYPES[RANDOM.nextInt(4)], opened,
                        STATUSES[RANDOM.nextInt(4)], days);
            }
            // corrections: the histogram gets rows of removed steps (negative) beside the added ones
            Step moved = randomStep();
            LocalDate movedTo = moved.opened().plusDays(RANDOM.nextInt(120));
            update(c, "update case_status_change set changed_at = ?::date + time '15:00' where id = ?", movedTo.toString(), moved.id());
            STEPS.set(STEPS.indexOf(moved), new Step(moved.id(), moved.caseId(), moved.mission(), moved.type(), moved.status(),
                    moved.opened(), movedTo));
            Step reopened = randomStep();
            LocalDate openedOn = reopened.opened().minusDays(30);
            update(c, "update case_file set opened_on = ?::date where id = ?", openedOn.toString(), reopened.caseId());
            STEPS.replaceAll(st -> st.caseId() != reopened.caseId() ? st
                    : new Step(st.id(), st.caseId(), st.mission(), st.type(), st.status(), openedOn, st.on()));
            Step deleted = randomStep();
            update(c, "delete from case_status_change where id = ?", deleted.id());
            STEPS.remove(deleted);
            assertTrue(count(c, "select count(*) from case_milestone_total where changes < 0") > 0, "removals are rows of their own");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void designedCellsGiveTheirMedians() {
        ReportQueries queries = new ReportQueries(database.dataSource());
        ReportQueries.Figures byStatus = queries.figures(REPORT, ReportSql.Store.MISSION, "status", Map.of(), MISSIONS,
                TRAFFICKING, DESIGNED);
        assertEquals(List.of(new ReportQueries.Count("TZA", "ACTIVE", 4), new ReportQueries.Count("TZA", "FOLLOW_UP", 5),
                new ReportQueries.Count("UGA", "ACTIVE", 5), new ReportQueries.Count("UGA", "ELIGIBLE", 5),
                new ReportQueries.Count("UGA", "FOLLOW_UP", 7)), byStatus.rows());
        // TZA 1 2 2 4 4 8 9 20 (its CT steps would make it 6); UGA -2 -1 3 5 5 5 7 10 11 100
        assertEquals(List.of(new ReportQueries.Count("TZA", "", 4), new ReportQueries.Count("UGA", "", 5)), byStatus.totals());

        ReportQueries.Figures eligible = queries.figures(REPORT, ReportSql.Store.MISSION, "caseType",
                Map.of("status", "ELIGIBLE"), MISSIONS, TRAFFICKING, DESIGNED);
        assertEquals(List.of(new ReportQueries.Count("UGA", "AVR", -2), new ReportQueries.Count("UGA", "RST", 11)),
                eligible.rows(), "halves away from zero, both sides of it");
        assertEquals(List.of(new ReportQueries.Count("UGA", "", 5)), eligible.totals(), "-2 -1 10 11");

        ReportQueries.Figures nothing = queries.figures(REPORT, ReportSql.Store.MISSION, "status", Map.of("caseType", "NONE"),
                MISSIONS, TRAFFICKING, DESIGNED);
        assertEquals(new ReportQueries.Figures(List.of(), List.of()), nothing);
        assertEquals(new ReportQueries.Figures(List.of(), List.of()), queries.figures(REPORT, ReportSql.Store.MISSION,
                "status", Map.of(), MISSIONS, TRAFFICKING, Period.parse("2022", null, null)), "a period without steps");
    }

    @Test
    void everyBreakdownFilterAndTotalIsTheMedianOfTheStepsThemselves() throws SQLException {
        ReportQueries queries = new ReportQueries(database.dataSource());
        int compared = 0;
        for (Period period : List.of(DESIGNED, Period.parse(null, "2023-01-01", "2026-12-31"),
                Period.parse("2024-Q2", null, null), Period.parse(null, "2023-09-14", "2024-03-02"))) {
            for (String by : REPORT.dimensions()) {
                String other = by.equals("status") ? "caseType" : "status";
                List<Map<String, String>> filters = new ArrayList<>(List.of(Map.of()));
                Arrays.stream(other.equals("status") ? STATUSES : TYPES).forEach(v -> filters.add(Map.of(other, v)));
                for (Map<String, String> filter : filters) {
                    String what = "by " + by + " where " + filter + " over " + period.label();
                    ReportQueries.Figures figures = queries.figures(REPORT, ReportSql.Store.MISSION, by, filter, MISSIONS,
                            TRAFFICKING, period);
                    Map<String, Long> expected = expected(by, filter, period);
                    assertEquals(expected, cells(figures.rows()), what);
                    assertEquals(List.copyOf(expected.keySet()), figures.rows().stream().map(r -> r.mission() + "|" + r.value())
                            .toList(), "sorted by mission and value, " + what);
                    assertEquals(expected(null, filter, period), cells(figures.totals()), "totals " + what);
                    assertEquals(figures.rows(), queries.counts(REPORT, ReportSql.Store.MISSION, by, filter, MISSIONS,
                            TRAFFICKING, period), "the breakdown alone, " + what);
                    assertEquals(figures.totals(), queries.counts(REPORT, ReportSql.Store.MISSION, null, filter, MISSIONS,
                            TRAFFICKING, period), "the totals alone, " + what);
                    if (filter.isEmpty()) {
                        try (Connection c = database.dataSource().getConnection()) {
                            assertEquals(SourceCounts.of(c, REPORT, by, filter, MISSIONS, TRAFFICKING, period), expected,
                                    "percentile_cont over the status changes, " + what);
                        }
                    }
                    compared += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(compared > 30, "comparisons with figures: " + compared);
    }

    @Test
    void theMedianOfAnyHistogramIsThatOfItsStepsInOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            int cells = 1 + random.nextInt(12);
            int[] days = new int[cells];
            long[] steps = new long[cells];
            List<Long> each = new ArrayList<>();
            for (int i = 0; i < cells; i++) {
                days[i] = random.nextInt(40) - 10; // repeated days, some below zero, in no order
                steps[i] = 1 + random.nextInt(random.nextBoolean() ? 2 : 6);
                for (int k = 0; k < steps[i]; k++) {
                    each.add((long) days[i]);
                }
            }
            assertEquals(median(each), MedianDays.median(days, steps), Arrays.toString(days) + " " + Arrays.toString(steps));
        }
    }

    // --- the independent computation: the steps filtered, grouped and their medians taken one by one

    /** mission|value (by null: mission|"") → median days of the steps the report counts. */
    private static Map<String, Long> expected(String by, Map<String, String> filters, Period period) {
        Map<String, List<Long>> days = new TreeMap<>();
        for (Step step : STEPS) {
            boolean counted = !step.on().isBefore(period.from()) && !step.on().isAfter(period.to())
                    && (!step.type().equals(ReportDefinition.TRAFFICKING) || TRAFFICKING.contains(step.mission()))
                    && filters.entrySet().stream().allMatch(f -> step.value(f.getKey()).equals(f.getValue()));
            if (counted) {
                days.computeIfAbsent(step.mission() + "|" + (by == null ? "" : step.value(by)), k -> new ArrayList<>())
                        .add(step.days());
            }
        }
        Map<String, Long> medians = new TreeMap<>();
        days.forEach((cell, values) -> medians.put(cell, median(values)));
        return medians;
    }

    /** Sorted, the mean of the values at ⌊(n−1)/2⌋ and ⌊n/2⌋, a half rounded away from zero (HALF_UP). */
    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal mean = BigDecimal.valueOf(sorted.get((n - 1) / 2) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return mean.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Map<String, Long> cells(List<ReportQueries.Count> counts) {
        Map<String, Long> cells = new TreeMap<>();
        counts.forEach(count -> cells.put(count.mission() + "|" + count.value(), count.count()));
        return cells;
    }

    // --- the data

    /** A case opened on {@code opened}, its first status (never counted), then a step to {@code status} after each of {@code days}. */
    private static void caseWith(Connection c, String mission, String type, LocalDate opened, String status, long... days)
            throws SQLException {
        long caseId = nextCase++;
        update(c, "insert into case_file (id, uuid, number, mission_id, case_type, status, household_id, principal_id,"
                + " opened_on, created_at, updated_at) values (?, gen_random_uuid(), ?, ?, ?, ?, 1, 1, ?::date, now(), now())",
                caseId, "N" + caseId, mission.equals("UGA") ? 101L : 102L, type, status, opened.toString());
        update(c, "insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                + " values (?, gen_random_uuid(), ?, null, 'OPEN', ?::date + time '09:00', 'cw')", nextChange++, caseId,
                opened.toString());
        for (long d : days) {
            LocalDate on = opened.plusDays(d);
            update(c, "insert into case_status_change (id, uuid, case_id, from_status, to_status, changed_at, changed_by)"
                    + " values (?, gen_random_uuid(), ?, 'OPEN', ?, ?::date + time '10:00', 'cw')", nextChange, caseId,
                    status, on.toString());
            STEPS.add(new Step(nextChange++, caseId, mission, type, status, opened, on));
        }
    }

    /** One of the random steps (before 2025), not a designed one. */
    private static Step randomStep() {
        List<Step> before = STEPS.stream().filter(s -> s.on().getYear() < 2025 && s.opened().getYear() < 2025).toList();
        return before.get(RANDOM.nextInt(before.size()));
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
