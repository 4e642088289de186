package org.camino.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.boundary.CaseQueries;
import org.camino.cases.boundary.CaseValidation;
import org.camino.cases.boundary.CaseViews.PossibleDuplicate;
import org.camino.cases.boundary.PersonForm;
import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every row of a sheet with the registration's own checks
 * ({@link CaseValidation}: the form's constraints, codes, dates), and looks
 * for likely duplicates with the registration's duplicate warning
 * ({@link CaseQueries#possibleDuplicates}: same document, or same name and
 * birth year, among the cases the caller may read), and among the file's own
 * earlier rows (same document number, or same name and birth year).
 */
@ApplicationScoped
public class ImportChecks {

    public record Checked(int rows, List<RowForms.RowForm> forms, List<RowForms.Problem> problems,
                          List<Duplicate> duplicates) {
    }

    /** A row whose person may already be known: in Camino ({@code matches}) or in earlier rows of the file. */
    public record Duplicate(int row, List<PossibleDuplicate> matches, List<Integer> sameAsRows) {
    }

    @Inject
    CaseValidation validation;

    @Inject
    CaseQueries queries;

    public Checked check(Sheet sheet, String type, String mission, boolean lookForDuplicates) {
        RowForms reader = new RowForms(sheet.header());
        List<RowForms.Problem> problems = new ArrayList<>();
        List<RowForms.RowForm> forms = new ArrayList<>(sheet.rows().size());
        for (RowForms.RowForm row : reader.forms(sheet, type, mission, problems)) {
            List<FieldProblem> found = new ArrayList<>();
            validation.constraints("row", row.form(), found);
            validation.registration(row.form(), found);
            if (found.isEmpty() && row.readable()) {
                forms.add(row);
            }
            found.stream().map(p -> new RowForms.Problem(row.row(), Columns.ofField(p.field().replaceFirst("^row\\.", "")),
                    p.messageKey())).distinct().forEach(problems::add);
        }
        problems.sort(Comparator.comparingInt(RowForms.Problem::row).thenComparing(p -> columnOrder(p.column())));
        List<Duplicate> duplicates = lookForDuplicates && problems.isEmpty() ? duplicates(forms) : List.of();
        return new Checked(sheet.rows().size(), forms, problems, duplicates);
    }

    private List<Duplicate> duplicates(List<RowForms.RowForm> forms) {
        Map<String, Integer> seen = new HashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (RowForms.RowForm row : forms) {
            PersonForm person = row.form().principal();
            List<Integer> earlier = new ArrayList<>();
            for (String key : keys(person)) {
                Integer first = seen.putIfAbsent(key, row.row());
                if (first != null && !earlier.contains(first)) {
                    earlier.add(first);
                }
            }
            List<PossibleDuplicate> matches = queries.possibleDuplicates(person);
            if (!matches.isEmpty() || !earlier.isEmpty()) {
                duplicates.add(new Duplicate(row.row(), matches, earlier));
            }
        }
        return duplicates;
    }

    /** The document number, and the name with the birth year, each normalised (accents, case, spaces ignored). */
    private static List<String> keys(PersonForm person) {
        List<String> keys = new ArrayList<>(2);
        if (person.documentNumber() != null) {
            keys.add("d:" + normal(person.documentNumber()));
        }
        Integer year = person.birthYear() != null ? person.birthYear()
                : person.dateOfBirth() == null ? null : person.dateOfBirth().getYear();
        if (year != null) {
            keys.add("n:" + normal(person.givenName() + " " + (person.familyName() == null ? "" : person.familyName()))
                    + ":" + year);
        }
        return keys;
    }

    private static String normal(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\\s\\-]+", "").toLowerCase(Locale.ROOT);
    }

    private static int columnOrder(String column) {
        for (int i = 0; i < Columns.ALL.size(); i++) {
            if (Columns.ALL.get(i).name().equals(column)) {
                return i;
            }
        }
        return Columns.ALL.size();
    }
}
