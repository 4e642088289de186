package org.camino.cases.control;

import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormValuesTest {

    @Test
    void multiValuedCodesAreTrimmedOnceEachInOrder() {
        assertEquals(List.of("B", "A"), FormValues.distinct(Arrays.asList(" B", "A", "B ", "", null, "  ")));
        assertEquals(List.of(), FormValues.distinct(null));
    }

    @Test
    void blankIsAbsent() {
        assertNull(FormValues.blankToNull("   "));
        assertNull(FormValues.blankToNull(null));
        assertEquals("KEN", FormValues.blankToNull(" KEN "));
    }

    @Test
    void datesInOrderAndNotInTheFuture() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now();
        FormValues.order("endDate", today, today, problems);
        FormValues.order("endDate", today, null, problems);
        FormValues.notFuture("startDate", today, problems);
        assertEquals(List.of(), problems);
        FormValues.order("endDate", today, today.minusDays(1), problems);
        FormValues.notFuture("startDate", today.plusDays(1), problems);
        assertEquals(List.of(new FieldProblem("endDate", "dates.order"), new FieldProblem("startDate", "date.future")), problems);
    }
}
