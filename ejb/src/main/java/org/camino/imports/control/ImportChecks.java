package org.camino.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.cases.boundary.CaseQueries;
import org.camino.cases.boundary.CaseValidation;
import org.camino.cases.boundary.CaseViews.PossibleDuplicate;
import org.camino.cases.boundary.PersonForm;
import org.camino.cases.control.CaseScope;
import org.camino.platform.errors.InvalidInputException.FieldProblem;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every row of a sheet with the registration's own checks
 * ({@link CaseValidation}: the form's constraints, codes, dates), and looks
 * for likely duplicates with the registration's duplicate warning
 * ({@link CaseQueries#possibleDuplicates}: same document, or same name and
 * birth year, among the cases the caller may read), {@value #LOOKUP_CHUNK}
 * rows at a time, and among the file's own earlier rows (same document
 * number, or same name and birth year).
 */
@ApplicationScoped
public class ImportChecks {

    public record Checked(int rows, List<RowForms.RowForm> forms, List<RowForms.Problem> problems,
                          List<Duplicate> duplicates) {
    }

    /** A row whose person may already be known: in Camino ({@code matches}) or in earlier rows of the file. */
    public record Duplicate(int row, List<PossibleDuplicate> matches, List<Integer> sameAsRows) {
    }

    /** Rows whose persons are looked up together. */
    static final int LOOKUP_CHUNK = 1_000;

    @Inject
    CaseValidation validation;

    @Inject
    CaseQueries queries;

    @Inject
    CaseScope caseScope;

    @Inject
    RecentLookups recent;

    /**
     * Checks every row, then, if none has a problem, looks for likely duplicates: the lookups remembered under
     * {@code lookup} if they are still true ({@link RecentLookups}), else made again and remembered.
     */
    public Checked check(Sheet sheet, String type, String mission, RecentLookups.Key lookup) {
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
        List<Duplicate> duplicates = problems.isEmpty() ? duplicates(forms, lookup) : List.of();
        return new Checked(sheet.rows().size(), forms, problems, duplicates);
    }

    private List<Duplicate> duplicates(List<RowForms.RowForm> forms, RecentLookups.Key lookup) {
        CaseScope.Scope scope = caseScope.of("read");
        Optional<List<Duplicate>> remembered = recent.reuse(lookup, scope);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        long snapshotXmin = recent.snapshotXmin();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int first = 0; first < forms.size(); first += LOOKUP_CHUNK) {
            List<RowForms.RowForm> chunk = forms.subList(first, Math.min(forms.size(), first + LOOKUP_CHUNK));
            List<List<PossibleDuplicate>> matches = queries.possibleDuplicates(
                    chunk.stream().map(r -> r.form().principal()).toList());
            for (int i = 0; i < chunk.size(); i++) {
                RowForms.RowForm row = chunk.get(i);
                List<Integer> earlier = new ArrayList<>();
                for (String key : keys(row.form().principal())) {
                    Integer firstRow = seen.putIfAbsent(key, row.row());
                    if (firstRow != null && !earlier.contains(firstRow)) {
                        earlier.add(firstRow);
                    }
                }
                if (!matches.get(i).isEmpty() || !earlier.isEmpty()) {
                    duplicates.add(new Duplicate(row.row(), matches.get(i), earlier));
                }
            }
        }
        recent.remember(lookup, scope, snapshotXmin, duplicates);
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
