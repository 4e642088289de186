package org.camino.imports.control;

import org.camino.cases.boundary.MovementForm;
import org.camino.cases.boundary.NewCase;
import org.camino.cases.boundary.PersonForm;
import org.camino.platform.errors.InvalidFileException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a sheet's rows into registration forms, as a user would have typed
 * them into the wizard: each cell by its column's kind (ISO dates, years,
 * yes/no, codes, lists of codes separated by {@code ;}). A cell that is not
 * of its kind is a problem of that row and column; the form's own checks come
 * after ({@link ImportChecks}).
 */
public final class RowForms {

    /** A row's registration; {@code readable} false when a cell could not be read (it is then empty in the form). */
    public record RowForm(int row, NewCase form, boolean readable) {
    }

    public record Problem(int row, String column, String messageKey) {
    }

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "oui", "o", "sí", "si", "x");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "non");

    private final Map<String, Integer> index = new HashMap<>();

    /** Checks the header: no unknown, repeated or missing required column (refused as a whole file). */
    public RowForms(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            if (Columns.named(name).isEmpty()) {
                throw new InvalidFileException("import.file.unknownColumn", 1, name, name);
            }
            if (index.put(name, i) != null) {
                throw new InvalidFileException("import.file.repeatedColumn", 1, name, name);
            }
        }
        for (Columns.Column column : Columns.ALL) {
            if (column.required() && !index.containsKey(column.name())) {
                throw new InvalidFileException("import.file.missingColumn", 1, column.name(), column.name());
            }
        }
    }

    /** The row as a registration of that type in that mission; cells that cannot be read go to {@code problems}. */
    public RowForm form(Sheet.Row row, String type, String mission, List<Problem> problems) {
        Reading reading = new Reading(row, problems);
        PersonForm principal = new PersonForm(reading.text("givenName"), reading.text("familyName"),
                reading.date("dateOfBirth"), reading.year("birthYear"), reading.yes("birthDateEstimated"),
                reading.text("sex"), reading.text("nationality"), reading.text("documentType"),
                reading.text("documentNumber"), reading.text("documentCountry"), reading.text("phone"),
                reading.text("email"), reading.text("address"), reading.codes("vulnerabilities"));
        MovementForm movement = null;
        if (Columns.ALL.stream().anyMatch(c -> c.name().startsWith("movement.") && reading.text(c.name()) != null)) {
            movement = new MovementForm(reading.text("movement.originCountry"), reading.text("movement.originPlace"),
                    reading.text("movement.transitCountry"), reading.text("movement.destinationCountry"),
                    reading.text("movement.destinationPlace"), reading.date("movement.plannedDeparture"),
                    reading.date("movement.actualDeparture"), reading.date("movement.plannedArrival"),
                    reading.date("movement.actualArrival"), reading.text("movement.transportMeans"),
                    reading.text("movement.escort"), reading.text("movement.status"));
        }
        NewCase form = new NewCase(type, mission, principal, List.of(), movement, reading.text("consentPurpose"),
                reading.date("consentDate"), true);
        return new RowForm(row.number(), form, !reading.failed);
    }

    /** One row's cells by column name; a cell not of its kind is recorded once and read as empty. */
    private final class Reading {
        private final Sheet.Row row;
        private final List<Problem> problems;
        private final Set<String> reported = new HashSet<>();
        boolean failed;

        Reading(Sheet.Row row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(String column) {
            Integer i = index.get(column);
            String value = i == null ? "" : row.cell(i);
            return value.isEmpty() ? null : value;
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return problem(column, "import.value.date");
            }
        }

        Integer year(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return problem(column, "import.value.year");
            }
        }

        boolean yes(String column) {
            String value = text(column);
            if (value == null || NO.contains(value.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (YES.contains(value.toLowerCase(Locale.ROOT))) {
                return true;
            }
            problem(column, "import.value.boolean");
            return false;
        }

        List<String> codes(String column) {
            String value = text(column);
            return value == null ? List.of() : Arrays.stream(value.split("[;,]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }

        private <T> T problem(String column, String key) {
            if (reported.add(column)) {
                problems.add(new Problem(row.number(), column, key));
            }
            failed = true;
            return null;
        }
    }

    /** The rows' forms, in file order; the problems of unreadable cells reported. */
    public List<RowForm> forms(Sheet sheet, String type, String mission, List<Problem> problems) {
        List<RowForm> forms = new ArrayList<>(sheet.rows().size());
        for (Sheet.Row row : sheet.rows()) {
            forms.add(form(row, type, mission, problems));
        }
        return forms;
    }
}
