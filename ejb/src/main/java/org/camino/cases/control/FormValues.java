package org.camino.cases.control;

import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Small rules every form of the programme areas shares: blank is absent, codes once each, dates in order. */
public final class FormValues {

    private FormValues() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The codes of a multi-valued field, trimmed, without blanks or repeats, in the order given. */
    public static List<String> distinct(List<String> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            String code = blankToNull(value);
            if (code != null) {
                kept.add(code);
            }
        }
        return new ArrayList<>(kept);
    }

    public static void notFuture(String field, LocalDate date, List<FieldProblem> problems) {
        if (date != null && date.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem(field, "date.future"));
        }
    }

    /** {@code then} may not be before {@code first}; the problem is reported on {@code field} (the later one). */
    public static void order(String field, LocalDate first, LocalDate then, List<FieldProblem> problems) {
        if (first != null && then != null && then.isBefore(first)) {
            problems.add(new FieldProblem(field, "dates.order"));
        }
    }
}
