package org.camino.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.reporting.control.ReportScope;
import org.camino.reporting.control.SavedReportStore;
import org.camino.security.control.AccessControl;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;
import org.camino.security.control.SignedIn;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A user's saved reports: a report request under a name, seen, run, renamed
 * and deleted by its owner only (another user's is not found). Running one
 * runs its request as {@link Reports#run} does, with the permissions the owner
 * holds now: a mission they no longer report on is refused, never counted.
 */
@Stateless
@Guarded
public class SavedReports {

    static final int NAME_MAX = 80;
    private static final String NAME = "name";

    @Inject
    SavedReportStore store;

    @Inject
    Reports reports;

    @Inject
    ReportScope scope;

    @Inject
    AccessControl accessControl;

    /** The caller's saved reports, by name. */
    @ScopedAccess("whoever may run reports (report:run on a mission, or cdr:read at HQ); their own only")
    public List<SavedReport> list(String language) {
        scope.ofCaller();
        ReportTexts texts = ReportTexts.of(language);
        return store.list(owner()).stream().map(row -> view(row, texts)).toList();
    }

    /**
     * Saves a request under a name. The request is checked as running it checks it (malformed values
     * named, a report or mission the caller may not run refused); the name as {@link #checkedName} says.
     */
    @ScopedAccess("as Reports.run, for the request saved")
    public SavedReport save(SavedReportForm form, String language) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String name = checkedName(form.name(), problems);
        ReportView view = null;
        try {
            view = reports.run(form.request(language));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        InvalidInputException.throwIfAny(problems);
        if (store.nameTaken(owner(), name, 0)) {
            throw InvalidInputException.of(NAME, "report.saved.nameTaken");
        }
        List<String> missions = form.missions().stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        String request = json(form, missions, view.by(), view.filters());
        long id = store.insert(owner(), name, view.report(), request)
                .orElseThrow(() -> InvalidInputException.of(NAME, "report.saved.nameTaken"));
        return view(store.find(owner(), id).orElseThrow(), ReportTexts.of(language));
    }

    /** Renames one of the caller's saved reports, on the version they read (stale: conflict). */
    @SignedIn("the caller's own saved report only (the owner is in every statement)")
    public SavedReport rename(long id, Long version, String newName, String language) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String name = checkedName(newName, problems);
        if (version == null) {
            problems.add(new InvalidInputException.FieldProblem("version", "version.required"));
        }
        InvalidInputException.throwIfAny(problems);
        if (store.nameTaken(owner(), name, id) && store.find(owner(), id).isPresent()) {
            throw InvalidInputException.of(NAME, "report.saved.nameTaken");
        }
        settled(store.rename(owner(), id, version, name));
        return view(store.find(owner(), id).orElseThrow(), ReportTexts.of(language));
    }

    /** Deletes one of the caller's saved reports, on the version they read (stale: conflict). */
    @SignedIn("the caller's own saved report only (the owner is in every statement)")
    public void delete(long id, Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "version.required");
        }
        settled(store.delete(owner(), id, version));
    }

    /** Runs one of the caller's saved reports with the permissions they hold now. */
    @ScopedAccess("as Reports.run, for the saved request")
    public ReportView run(long id, String language) {
        SavedReportStore.Row row = store.find(owner(), id).orElseThrow(() -> new NotFoundException("Saved report"));
        SavedReport saved = view(row, ReportTexts.of(language));
        return reports.run(new ReportRequest(saved.report(), saved.period(), saved.from(), saved.to(), saved.missions(),
                saved.by(), saved.filters(), language));
    }

    /** The caller's saved report, as saved (to fill the report form with it). */
    @SignedIn("the caller's own saved report only (the owner is in every statement)")
    public SavedReport get(long id, String language) {
        return view(store.find(owner(), id).orElseThrow(() -> new NotFoundException("Saved report")), ReportTexts.of(language));
    }

    /** A name is a short label: trimmed, 1 to 80 characters, no control or format (bidi) characters. */
    static String checkedName(String name, List<InvalidInputException.FieldProblem> problems) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem(NAME, "report.saved.nameRequired"));
        } else if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
            problems.add(new InvalidInputException.FieldProblem(NAME, "report.saved.nameTooLong"));
        } else if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)) {
            problems.add(new InvalidInputException.FieldProblem(NAME, "report.saved.nameInvalid"));
        }
        return trimmed;
    }

    private static void settled(SavedReportStore.Edit edit) {
        switch (edit) {
            case NOT_FOUND -> throw new NotFoundException("Saved report");
            case STALE -> throw new ConflictException("The saved report", null);
            case NAME_TAKEN -> throw InvalidInputException.of(NAME, "report.saved.nameTaken");
            case DONE -> { }
        }
    }

    private String owner() {
        return accessControl.caller().username();
    }

    private static String json(SavedReportForm form, List<String> missions, String by, Map<String, String> filters) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        putIfPresent(json, "period", form.period());
        putIfPresent(json, "from", form.from());
        putIfPresent(json, "to", form.to());
        putIfPresent(json, "by", by);
        json.add("missions", Json.createArrayBuilder(missions));
        JsonObjectBuilder filterJson = Json.createObjectBuilder();
        new TreeMap<>(filters).forEach(filterJson::add);
        return json.add("filters", filterJson).build().toString();
    }

    private static void putIfPresent(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.add(key, value.trim());
        }
    }

    private static SavedReport view(SavedReportStore.Row row, ReportTexts texts) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(row.request()))) {
            request = reader.readObject();
        }
        Map<String, String> filters = new TreeMap<>();
        request.getJsonObject("filters").forEach((k, v) -> filters.put(k, ((JsonString) v).getString()));
        List<String> missions = request.getJsonArray("missions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        return new SavedReport(row.id(), row.name(), row.report(), texts.title(row.report()),
                request.getString("period", null), request.getString("from", null), request.getString("to", null),
                missions, request.getString("by", null), filters, row.version(), row.updatedAt());
    }
}
