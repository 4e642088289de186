package org.camino.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.missions.boundary.Missions;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.reporting.control.Period;
import org.camino.reporting.control.ReportDefinition;
import org.camino.reporting.control.ReportQueries;
import org.camino.reporting.control.ReportScope;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Mission reports: for holders of {@code report:run:<mission>}, the
 * mission's own statistical records and live caseload; for HQ analysts
 * ({@code cdr:read}) on a server holding the central data repository, the
 * same statistical reports over every mission from HQ's store. A report the
 * caller may not run (counter-trafficking without the CT permission, the
 * caseload at HQ) does not exist for them: absent from the catalogue, "not
 * found" when asked for. Every export is written to the access log.
 */
@Stateless
@Guarded
public class Reports {

    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_+-]{1,64}");
    private static final Pattern DIMENSION = Pattern.compile("[A-Za-z]{1,32}");

    @Inject
    ReportScope scope;

    @Inject
    ReportQueries queries;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    /** The reports the caller may run and the missions to choose from. */
    @ScopedAccess("report:run on a mission, or cdr:read at HQ")
    public ReportCatalogue catalogue(String language) {
        ReportScope.Scope caller = scope.ofCaller();
        ReportTexts texts = ReportTexts.of(language);
        List<ReportCatalogue.Entry> entries = new ArrayList<>();
        for (ReportDefinition report : ReportDefinition.values()) {
            if (caller.offers(report)) {
                entries.add(new ReportCatalogue.Entry(report.id(), texts.title(report.id()), report.unit().name(),
                        dimensions(report, texts)));
            }
        }
        return new ReportCatalogue(caller.store().name(), caller.missions(), entries);
    }

    /**
     * Runs a report. A malformed request is refused naming each field before
     * anything else (what it asks for is checked against the caller's scope
     * after); a report the caller may not run is not found.
     */
    @ScopedAccess("report:run on each mission counted, or cdr:read at HQ; CT reports need case:read:trafficking")
    public ReportView run(ReportRequest request) {
        return compute(request, checked(request, List.of()));
    }

    /** Runs a report and writes it as CSV, XLSX or PDF; the export is in the access log with its filters and rows. */
    @ScopedAccess("as run, for the report exported")
    public ReportFile export(ReportRequest request, String format) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        ReportFiles.Format fileFormat = null;
        try {
            fileFormat = ReportFiles.Format.parse(format);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Period period = checked(request, problems);
        ReportView view = compute(request, period);
        ReportFile file = ReportFiles.write(view, fileFormat, ReportTexts.of(request.language()));
        accessLog.record(AccessLog.Event.REPORT_EXPORTED, accessControl.caller().username(), "report:" + view.report(),
                "format=" + fileFormat.extension() + " period=" + view.period() + " missions=" + view.missions()
                        + " by=" + view.by() + " filters=" + new TreeMap<>(view.filters()) + " rows=" + file.rows());
        return file;
    }

    /** The shape of every value (whatever the caller may see): each malformed one named, with {@code more} problems. */
    private static Period checked(ReportRequest request, List<InvalidInputException.FieldProblem> more) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>(more);
        Period period = null;
        try {
            period = Period.parse(request.period(), request.from(), request.to());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (request.missions().stream().anyMatch(m -> m == null
                || !m.trim().toUpperCase(Locale.ROOT).matches(Missions.CODE_PATTERN))) {
            problems.add(new InvalidInputException.FieldProblem("mission", "report.mission.unknown"));
        }
        if (request.by() != null && !request.by().isBlank() && !DIMENSION.matcher(request.by().trim()).matches()) {
            problems.add(new InvalidInputException.FieldProblem("by", "report.dimension.unknown"));
        }
        if (request.filters().entrySet().stream().anyMatch(f -> !DIMENSION.matcher(f.getKey()).matches()
                || f.getValue() == null || !VALUE.matcher(f.getValue().trim()).matches())) {
            problems.add(new InvalidInputException.FieldProblem("filter", "report.filter.invalid"));
        }
        InvalidInputException.throwIfAny(problems);
        return period;
    }

    private ReportView compute(ReportRequest request, Period period) {
        ReportScope.Scope caller = scope.ofCaller();
        ReportDefinition report = ReportDefinition.byId(request.report() == null ? "" : request.report().trim())
                .filter(caller::offers).orElseThrow(() -> new NotFoundException("Report"));
        List<String> allowed = caller.missionsFor(report);
        List<String> missions = missions(request.missions(), allowed);
        String by = request.by() == null || request.by().isBlank() ? report.dimensions().get(0) : request.by().trim();
        if (!report.dimensions().contains(by)) {
            throw InvalidInputException.of("by", "report.dimension.unknown");
        }
        Map<String, String> filters = new TreeMap<>();
        request.filters().forEach((dimension, value) -> {
            if (!report.dimensions().contains(dimension)) {
                throw InvalidInputException.of("filter", "report.filter.invalid");
            }
            filters.put(dimension, value.trim());
        });
        ReportQueries.Figures figures = queries.figures(report, caller.store(), by, filters, missions,
                caller.traffickingMissions(), period);
        List<ReportQueries.Count> counts = figures.rows();
        List<ReportQueries.Count> totals = figures.totals();
        ReportTexts texts = ReportTexts.of(request.language());
        boolean statistics = report.kind() == ReportDefinition.Kind.STATISTICS;
        String description = statistics
                ? texts.counts(report.id(), period.firstMonth().toString(), period.lastMonth().toString())
                : texts.counts(report.id(), period.from().toString(), period.to().toString());
        return new ReportView(report.id(), texts.title(report.id()), description, report.unit().name(), period.label(),
                period.from(), period.to(), caller.store().name(), missions, by, texts.dimension(report.id(), by),
                dimensions(report, texts), filters, rows(counts), rows(totals),
                report.unit().adds() ? totals.stream().mapToLong(ReportQueries.Count::count).sum() : null,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The missions asked for (all the caller may see if none); one the caller may not report on is refused like an unknown one. */
    private static List<String> missions(List<String> requested, List<String> allowed) {
        if (requested.isEmpty()) {
            return allowed;
        }
        List<String> missions = new ArrayList<>();
        for (String mission : requested) {
            String code = mission.trim().toUpperCase(Locale.ROOT);
            if (!allowed.contains(code)) {
                throw InvalidInputException.of("mission", "report.mission.unknown");
            }
            if (!missions.contains(code)) {
                missions.add(code);
            }
        }
        return missions;
    }

    private static List<ReportView.Row> rows(List<ReportQueries.Count> counts) {
        return counts.stream().map(c -> new ReportView.Row(c.mission(), c.value(), c.count())).toList();
    }

    private static List<ReportView.Dimension> dimensions(ReportDefinition report, ReportTexts texts) {
        return report.dimensions().stream().map(d -> new ReportView.Dimension(d, texts.dimension(report.id(), d))).toList();
    }
}
