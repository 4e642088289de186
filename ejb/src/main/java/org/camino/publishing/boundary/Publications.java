package org.camino.publishing.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.RefusedException;
import org.camino.publishing.control.Population;
import org.camino.publishing.control.ReleaseDrafted;
import org.camino.publishing.control.ReleaseRecord;
import org.camino.publishing.control.ReleaseStore;
import org.camino.publishing.control.StandardTables;
import org.camino.publishing.control.TableRequest;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Releases of anonymised statistics, at HQ: an analyst ({@code publication:draft})
 * drafts a release, which is built in the background (counts, protection,
 * audit); a publisher ({@code publication:publish}) who did not draft it
 * publishes it if its audit passed, or rejects it ({@code publication:review})
 * with a reason. Every step is in the access log. A published release never
 * changes; a new draft of its series is its correction.
 */
@Stateless
@Guarded
public class Publications {

    private static final Pattern SERIES = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern TABLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern MISSION = Pattern.compile("[A-Z]{3}(-[A-Z]{3})?");
    private static final int MAX_TABLES = 20;
    private static final int MAX_THRESHOLD = 100;
    private static final int MAX_METHODOLOGY = 20_000;
    private static final int MAX_MONTHS = 120;

    @Inject
    ReleaseStore store;

    @Inject
    Event<ReleaseDrafted> drafted;

    @Inject
    ReleaseViews views;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Inject
    Settings settings;

    @Requires("publication:read")
    public PublicationCatalogue catalogue(String language) {
        hqOnly();
        PublishingTexts texts = PublishingTexts.of(language);
        List<PublicationCatalogue.PopulationEntry> populations = new ArrayList<>();
        for (Population p : Population.values()) {
            populations.add(new PublicationCatalogue.PopulationEntry(p.id(), texts.text("population." + p.id() + ".title"),
                    p.caseType(), p.threshold(), p.dimensions().stream().map(d -> new PublicationCatalogue.DimensionEntry(
                    d.id(), texts.dimension(d.id()), d.codeList(), d.sensitive())).toList()));
        }
        List<PublicationCatalogue.StandardTable> tables = StandardTables.all().stream()
                .map(t -> new PublicationCatalogue.StandardTable(t.id(), texts.text(t.title()), t.population().id(),
                        t.dimensions(), t.threshold(), t.roundingBase())).toList();
        return new PublicationCatalogue(populations, tables, TableRequest.ROUNDING_BASES, TableRequest.MAX_DIMENSIONS);
    }

    @Requires("publication:read")
    public List<ReleaseView> releases(String language) {
        hqOnly();
        return store.all().stream().map(r -> views.staff(r, language, false, accessControl.caller().username())).toList();
    }

    @Requires("publication:read")
    public ReleaseView release(long id, String language) {
        hqOnly();
        ReleaseRecord release = store.find(id).orElseThrow(() -> new NotFoundException("Release"));
        return views.staff(release, language, true, accessControl.caller().username());
    }

    /** Drafts a release: checked field by field, then built in the background (see the release's progress). */
    @Requires("publication:draft")
    public ReleaseView draft(DraftRequest request, String language) {
        hqOnly();
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String series = request.series() == null ? "" : request.series().trim();
        if (!SERIES.matcher(series).matches()) {
            problems.add(new FieldProblem("series", "publication.series.invalid"));
        }
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new FieldProblem("title", "publication.title.invalid"));
        }
        String methodology = request.methodology() == null ? "" : request.methodology().trim();
        if (methodology.isEmpty() || methodology.length() > MAX_METHODOLOGY) {
            problems.add(new FieldProblem("methodology", "publication.methodology.invalid"));
        }
        YearMonth from = month(request.from(), "from", problems);
        YearMonth to = month(request.to(), "to", problems);
        if (from != null && to != null && (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)
                || to.isAfter(YearMonth.now()))) {
            problems.add(new FieldProblem("to", "publication.period.invalid"));
        }
        List<String> missions = new ArrayList<>();
        for (String mission : request.missions()) {
            String code = mission == null ? "" : mission.trim().toUpperCase(Locale.ROOT);
            if (!MISSION.matcher(code).matches()) {
                problems.add(new FieldProblem("missions", "publication.mission.invalid"));
            } else if (!missions.contains(code)) {
                missions.add(code);
            }
        }
        List<TableRequest> tables = tables(request.tables(), problems);
        if (request.tables().isEmpty() && !Boolean.TRUE.equals(request.ctExtract())) {
            problems.add(new FieldProblem("tables", "publication.tables.count"));
        }
        InvalidInputException.throwIfAny(problems);
        String analyst = accessControl.caller().username();
        boolean ctExtract = Boolean.TRUE.equals(request.ctExtract());
        long id = store.create(new ReleaseStore.NewRelease(series, title, methodology, from, to, missions, tables,
                ctExtract, analyst));
        ReleaseRecord created = store.find(id).orElseThrow();
        accessLog.record(AccessLog.Event.RELEASE_DRAFTED, analyst, "release:" + series + "/v" + created.version(),
                "period=" + from + ".." + to + " missions=" + (missions.isEmpty() ? "all" : missions)
                        + " tables=" + tables.stream().map(TableRequest::id).toList() + (ctExtract ? " ct-extract" : ""));
        drafted.fire(new ReleaseDrafted(id));
        return views.staff(created, language, false, analyst);
    }

    /** Publishes a draft whose audit passed; only someone who did not draft it. */
    @Requires("publication:publish")
    public ReleaseView publish(long id, long rowVersion, String language) {
        ReleaseRecord release = decidable(id);
        String publisher = accessControl.caller().username();
        if (publisher.equals(release.draftedBy())) {
            throw new RefusedException("publication.publish.ownDraft", "A release is published by someone who did not draft it");
        }
        if (!Boolean.TRUE.equals(release.auditPassed())) {
            throw new RefusedException("publication.publish.auditFailed", "The audit of this release did not pass");
        }
        store.decide(id, rowVersion, ReleaseRecord.PUBLISHED, publisher, null);
        accessLog.record(AccessLog.Event.RELEASE_PUBLISHED, publisher, target(release), "drafted by " + release.draftedBy());
        return release(id, language);
    }

    /** Sends a draft back with the reason (the analyst drafts again). */
    @Requires("publication:review")
    public ReleaseView reject(long id, long rowVersion, String reason, String language) {
        ReleaseRecord release = decidable(id);
        String note = reason == null ? "" : reason.trim();
        if (note.isEmpty() || note.length() > 2000) {
            throw InvalidInputException.of("reason", "publication.reason.invalid");
        }
        String reviewer = accessControl.caller().username();
        store.decide(id, rowVersion, ReleaseRecord.REJECTED, reviewer, note);
        accessLog.record(AccessLog.Event.RELEASE_REJECTED, reviewer, target(release), note);
        return release(id, language);
    }

    /** The analyst drops a draft they do not want reviewed. */
    @Requires("publication:draft")
    public ReleaseView discard(long id, long rowVersion, String language) {
        ReleaseRecord release = decidable(id);
        String analyst = accessControl.caller().username();
        store.decide(id, rowVersion, ReleaseRecord.DISCARDED, analyst, null);
        accessLog.record(AccessLog.Event.RELEASE_DISCARDED, analyst, target(release), "");
        return release(id, language);
    }

    private ReleaseRecord decidable(long id) {
        hqOnly();
        ReleaseRecord release = store.find(id).orElseThrow(() -> new NotFoundException("Release"));
        if (!ReleaseRecord.DRAFT.equals(release.status())) {
            throw new RefusedException("publication.notDraft", "Only a built draft can be published, rejected or discarded");
        }
        return release;
    }

    private static String target(ReleaseRecord release) {
        return "release:" + release.series() + "/v" + release.version();
    }

    private void hqOnly() {
        if (!settings.holdsRepository()) {
            throw new NotFoundException("Publications");
        }
    }

    private static YearMonth month(String text, String field, List<FieldProblem> problems) {
        try {
            if (text != null && text.trim().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text.trim());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "publication.month.invalid"));
        return null;
    }

    /** The tables asked for, each checked: a standard one by id, or one composed from a population's dimensions. */
    private static List<TableRequest> tables(List<DraftRequest.TableAsk> asked, List<FieldProblem> problems) {
        if (asked.size() > MAX_TABLES) {
            problems.add(new FieldProblem("tables", "publication.tables.count"));
            return List.of();
        }
        List<TableRequest> tables = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String field = "tables[" + i + "]";
            DraftRequest.TableAsk ask = asked.get(i);
            if (ask == null) {
                problems.add(new FieldProblem(field, "publication.table.unknown"));
                continue;
            }
            TableRequest table = ask.standard() != null ? standard(ask, field, problems) : composed(ask, field, problems);
            if (table == null) {
                continue;
            }
            int threshold = ask.threshold() == null ? table.threshold() : ask.threshold();
            int rounding = ask.roundingBase() == null ? table.roundingBase() : ask.roundingBase();
            if (threshold < table.population().threshold() || threshold > MAX_THRESHOLD) {
                problems.add(new FieldProblem(field + ".threshold", "publication.threshold.invalid"));
            }
            if (!TableRequest.ROUNDING_BASES.contains(rounding) || rounding > 2 * threshold) {
                problems.add(new FieldProblem(field + ".roundingBase", "publication.rounding.invalid"));
            }
            if (!ids.add(table.id())) {
                problems.add(new FieldProblem(field + ".id", "publication.table.duplicate"));
            }
            tables.add(new TableRequest(table.id(), table.title(), table.population(), table.dimensions(), threshold, rounding));
        }
        return tables;
    }

    private static TableRequest standard(DraftRequest.TableAsk ask, String field, List<FieldProblem> problems) {
        TableRequest table = StandardTables.byId(ask.standard().trim()).orElse(null);
        if (table == null) {
            problems.add(new FieldProblem(field + ".standard", "publication.table.unknown"));
        }
        return table;
    }

    private static TableRequest composed(DraftRequest.TableAsk ask, String field, List<FieldProblem> problems) {
        String id = ask.id() == null ? "" : ask.id().trim();
        String title = ask.title() == null ? "" : ask.title().trim();
        Population population = ask.population() == null ? null : Population.byId(ask.population().trim()).orElse(null);
        boolean ok = true;
        if (!TABLE_ID.matcher(id).matches()) {
            problems.add(new FieldProblem(field + ".id", "publication.table.id.invalid"));
            ok = false;
        }
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new FieldProblem(field + ".title", "publication.title.invalid"));
            ok = false;
        }
        if (population == null) {
            problems.add(new FieldProblem(field + ".population", "publication.population.unknown"));
            return null;
        }
        List<String> dimensions = ask.dimensions().stream().map(d -> d == null ? "" : d.trim()).toList();
        if (dimensions.isEmpty() || dimensions.size() > TableRequest.MAX_DIMENSIONS
                || new HashSet<>(dimensions).size() != dimensions.size()
                || dimensions.stream().anyMatch(d -> population.dimension(d).isEmpty())) {
            problems.add(new FieldProblem(field + ".dimensions", "publication.dimensions.invalid"));
            ok = false;
        }
        return ok ? new TableRequest(id, title, population, dimensions, population.threshold(),
                TableRequest.DEFAULT_ROUNDING) : null;
    }
}
