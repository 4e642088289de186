package org.camino.reporting.control;

import org.camino.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    @Test
    void aMonthAQuarterAndAYearCoverTheirDays() {
        assertEquals(new Period("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)), Period.parse("2026-02", null, null));
        assertEquals(new Period("2024-Q1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)), Period.parse("2024-Q1", "", " "));
        assertEquals(new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), Period.parse(" 2026-Q4 ", null, null));
        assertEquals(new Period("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), Period.parse("2025", null, null));
    }

    @Test
    void fromToCountsTheMonthsTheyTouch() {
        Period period = Period.parse(null, "2026-01-15", "2026-03-02");
        assertEquals(LocalDate.of(2026, 1, 15), period.from());
        assertEquals(YearMonth.of(2026, 1), period.firstMonth());
        assertEquals(YearMonth.of(2026, 3), period.lastMonth());
        assertEquals("2026-01-15..2026-03-02", period.label());
    }

    @Test
    void malformedPeriodsNameTheirField() {
        assertField("period", () -> Period.parse("2026-13", null, null));
        assertField("period", () -> Period.parse("2026-Q5", null, null));
        assertField("period", () -> Period.parse("last month", null, null));
        assertField("period", () -> Period.parse("2026", "2026-01-01", null));
        assertField("from", () -> Period.parse(null, null, "2026-01-01"));
        assertField("from", () -> Period.parse(null, "2026-02-30", "2026-03-01"));
        assertField("to", () -> Period.parse(null, "2026-01-01", null));
        assertField("to", () -> Period.parse(null, "2026-03-01", "2026-02-01"));
        assertField("to", () -> Period.parse(null, "1900-01-01", "2026-02-01"));
    }

    private static void assertField(String field, Runnable parse) {
        InvalidInputException e = assertThrows(InvalidInputException.class, parse::run);
        assertEquals(field, e.problems().get(0).field());
    }
}
