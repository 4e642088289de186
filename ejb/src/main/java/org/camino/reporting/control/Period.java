package org.camino.reporting.control;

import org.camino.platform.errors.InvalidInputException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a report covers, both inclusive: a month ({@code 2026-11}), a
 * quarter ({@code 2026-Q4}), a year ({@code 2026}) or from–to dates.
 * Statistical records carry a month, so they are counted over the months
 * {@link #firstMonth()} to {@link #lastMonth()}; the caseload counts days.
 *
 * @param label how the period was asked for ({@code 2026-Q4}, {@code 2026-01-01..2026-03-31})
 */
public record Period(String label, LocalDate from, LocalDate to) {

    /** The longest from–to span accepted, in years (a runaway range is a typing error, not a report). */
    static final int MAX_YEARS = 50;

    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /**
     * The period asked for: {@code period} if given (month, quarter or year),
     * otherwise {@code from} and {@code to} (ISO dates, both required). A
     * malformed value is refused naming its field ({@code period},
     * {@code from}, {@code to}).
     */
    public static Period parse(String period, String from, String to) {
        if (period != null && !period.isBlank()) {
            if (from != null && !from.isBlank() || to != null && !to.isBlank()) {
                throw InvalidInputException.of("period", "report.period.either");
            }
            return named(period.trim());
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        InvalidInputException.throwIfAny(problems);
        if (end.isBefore(start)) {
            throw InvalidInputException.of("to", "report.period.order");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw InvalidInputException.of("to", "report.period.tooLong");
        }
        return new Period(start + ".." + end, start, end);
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private static Period named(String text) {
        Matcher quarter = QUARTER.matcher(text);
        try {
            if (quarter.matches()) {
                int year = Integer.parseInt(quarter.group(1));
                int q = Integer.parseInt(quarter.group(2));
                YearMonth first = YearMonth.of(year, 3 * q - 2);
                return new Period(text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if (MONTH.matcher(text).matches()) {
                YearMonth month = YearMonth.parse(text);
                return new Period(text, month.atDay(1), month.atEndOfMonth());
            }
            if (YEAR.matcher(text).matches()) {
                Year year = Year.parse(text);
                return new Period(text, year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
        } catch (DateTimeException e) {
            throw InvalidInputException.of("period", "report.period.invalid");
        }
        throw InvalidInputException.of("period", "report.period.invalid");
    }

    /** A required ISO date; a problem naming the field if it is missing or malformed. */
    private static LocalDate date(String field, String text, List<InvalidInputException.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem(field, "report.period.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            problems.add(new InvalidInputException.FieldProblem(field, "date.invalid"));
            return null;
        }
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}
