package org.camino.imports.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.shiro.util.ThreadContext;
import org.camino.cases.boundary.CodeLists;
import org.camino.cases.entity.CaseType;
import org.camino.imports.boundary.ImportViews.ImportReport;
import org.camino.imports.boundary.ImportViews.ImportStatus;
import org.camino.imports.boundary.ImportViews.RowDuplicate;
import org.camino.imports.boundary.ImportViews.RowProblem;
import org.camino.imports.boundary.ImportViews.TemplateFile;
import org.camino.imports.control.Columns;
import org.camino.imports.control.ImportChecks;
import org.camino.imports.control.ImportRunner;
import org.camino.imports.control.ImportStaging;
import org.camino.imports.control.RecentLookups;
import org.camino.imports.control.SheetReader;
import org.camino.imports.control.TemplateFiles;
import org.camino.imports.entity.ImportFile;
import org.camino.missions.control.MissionCodes;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.RefusedException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;
import org.camino.security.control.SignedIn;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bulk import of cases from CSV and XLSX: blank templates, the dry run (every
 * row checked as a registration, likely duplicates found, nothing saved) and
 * the import itself (all or nothing: refused whole if any row has a problem or
 * a likely duplicate is undecided; then every row becomes a registered case in
 * the background, resumable). Needs {@code case:import} on the mission and,
 * as a registration does, {@code case:create} on the case type there.
 */
@Stateless
@Guarded
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseImports {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = org.camino.imports.control.SheetLimits.MAX_BYTES;

    static final List<String> CODE_LISTS = Columns.ALL.stream().map(Columns.Column::codeList)
            .filter(l -> l != null).distinct().toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    MissionCodes missionCodes;

    @Inject
    AccessLog accessLog;

    @Inject
    CodeLists codeLists;

    @Inject
    ImportChecks checks;

    @Inject
    ImportStaging staging;

    @Inject
    ImportRunner runner;

    /** The blank file of a case type, {@code csv} or {@code xlsx}; the XLSX's code sheet in the user's language. */
    @SignedIn("a blank file and the reference code lists: no case data")
    public TemplateFile template(String type, String format, Locale language) {
        String chosen = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        InvalidInputException.throwIfAny(problems -> {
            if (type == null || CaseType.parse(type).isEmpty()) {
                problems.add(new FieldProblem("type", "code.unknown"));
            }
            if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
                problems.add(new FieldProblem("format", "import.format.unknown"));
            }
        });
        CaseType caseType = caseType(type);
        String base = "camino-import-" + caseType.name().toLowerCase(Locale.ROOT);
        if (chosen.equals("csv")) {
            return new TemplateFile(base + ".csv", "text/csv; charset=UTF-8", TemplateFiles.csv());
        }
        Locale locale = language == null ? Locale.ENGLISH : language;
        Map<String, List<TemplateFiles.Code>> lists = new LinkedHashMap<>();
        for (String list : CODE_LISTS) {
            lists.put(list, codeLists.list(list).stream()
                    .map(c -> new TemplateFiles.Code(c.code(), c.label(locale))).toList());
        }
        return new TemplateFile(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TemplateFiles.xlsx(caseType.name(), lists, "codes"));
    }

    /** Checks every row as a registration and looks for likely duplicates; saves nothing. */
    @ScopedAccess("case:import on the mission and case:create on the case type there")
    public ImportReport dryRun(ImportRequest request) {
        Target target = authorised(request, false);
        String sha256 = hash(request.content());
        return report(target, checks.check(SheetReader.read(request.content()), target.type().name(), target.mission(),
                lookup(target, sha256)), sha256);
    }

    /**
     * Checks the file again as the dry run does (its duplicate lookups reused if the caller's dry run of the
     * same file made them and nothing they read was written since); refuses it whole ({@link ImportRejectedException}) if a row
     * has a problem or a likely duplicate is neither confirmed nor skipped, and if the mission already has
     * this file ({@code import.alreadyImported}). Otherwise keeps it and starts writing its rows.
     */
    @ScopedAccess("case:import on the mission and case:create on the case type there")
    public ImportStatus start(ImportRequest request) {
        Target target = authorised(request, true);
        String sha256 = hash(request.content());
        ImportChecks.Checked checked = checks.check(SheetReader.read(request.content()), target.type().name(),
                target.mission(), lookup(target, sha256));
        ImportReport report = report(target, checked, sha256);
        if (report.alreadyImported() != null) {
            throw new RefusedException("import.alreadyImported", "This file was already imported into " + target.mission());
        }
        if (!report.problems().isEmpty()) {
            throw new ImportRejectedException(report);
        }
        Set<Integer> skip = new TreeSet<>(request.skipRows());
        Set<Integer> decided = new TreeSet<>(skip);
        decided.addAll(request.confirmRows());
        checkDecisions(checked, skip, request.confirmRows());
        List<RowDuplicate> undecided = report.duplicates().stream().filter(d -> !decided.contains(d.row())).toList();
        if (!undecided.isEmpty()) {
            throw new ImportRejectedException(new ImportReport(report.mission(), report.type(), report.rows(), List.of(),
                    undecided, null));
        }
        int rows = (int) checked.forms().stream().filter(f -> !skip.contains(f.row())).count();
        long id = staging.stage(target.mission(), target.type(), request.fileName().trim(), sha256, request.content(),
                skip, rows, accessControl.caller().username());
        // the file's hash, never its name: a name may be a person's
        accessLog.record(AccessLog.Event.CASES_IMPORT_STARTED, accessControl.caller().username(), "case-import:" + id,
                "mission=" + target.mission() + " type=" + target.type().name() + " sha256=" + sha256 + " rows=" + rows
                        + " skipped=" + skip.size());
        runner.run(id, ThreadContext.getSubject());
        return view(staging.find(id));
    }

    /** An import of a mission the caller may import into; any other is not found. */
    @ScopedAccess("case:import on the import's mission; others are not found")
    public ImportStatus status(long id) {
        ImportFile file = staging.find(id);
        if (file == null || !accessControl.isPermitted("case:import:" + file.getMission().getCode().toLowerCase(Locale.ROOT))) {
            throw new NotFoundException("import " + id);
        }
        return view(file);
    }

    /** The mission's latest imports, newest first. */
    @ScopedAccess("case:import on the mission")
    public List<ImportStatus> recent(String mission) {
        String code = missionCode(mission);
        accessControl.require("case:import:" + code.toLowerCase(Locale.ROOT), "case-import:" + code);
        return staging.recent(code, 20).stream().map(CaseImports::view).toList();
    }

    private record Target(String mission, CaseType type) {
    }

    /** Parameters first (400 naming each), then the permissions (403, logged). */
    private Target authorised(ImportRequest request, boolean needsFileName) {
        if (request == null) {
            throw InvalidInputException.of("body", "import.file.empty");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.mission() == null || request.mission().isBlank()) {
            problems.add(new FieldProblem("mission", "case.mission.required"));
        }
        if (request.type() == null || CaseType.parse(request.type()).isEmpty()) {
            problems.add(new FieldProblem("type", "code.unknown"));
        }
        String fileName = request.fileName();
        if (needsFileName && (fileName == null || fileName.isBlank() || fileName.length() > 255
                || fileName.chars().anyMatch(Character::isISOControl))) {
            problems.add(new FieldProblem("fileName", "import.fileName.required"));
        }
        InvalidInputException.throwIfAny(problems);
        String code = missionCode(request.mission());
        CaseType type = caseType(request.type());
        String lower = code.toLowerCase(Locale.ROOT);
        accessControl.require("case:import:" + lower, "case-import:" + code);
        if (!accessControl.mayOnCase("create", type.area(), lower)) {
            accessControl.deny(accessControl.caller(), "case:create:" + type.area() + ":" + code, "case-import:" + code);
        }
        if (!missionCodes.exists(code)) {
            throw InvalidInputException.of("mission", "case.mission.unknown");
        }
        return new Target(code, type);
    }

    /** The caller's duplicate lookups of this file, reused when the dry run's still hold ({@link RecentLookups}). */
    private RecentLookups.Key lookup(Target target, String sha256) {
        return new RecentLookups.Key(accessControl.caller().username(), target.mission(), target.type().name(), sha256);
    }

    private static void checkDecisions(ImportChecks.Checked checked, Set<Integer> skip, List<Integer> confirm) {
        Set<Integer> rows = new TreeSet<>();
        checked.forms().forEach(f -> rows.add(f.row()));
        List<FieldProblem> problems = new ArrayList<>();
        if (!rows.containsAll(skip)) {
            problems.add(new FieldProblem("skip", "import.rows.unknown"));
        }
        if (!rows.containsAll(confirm)) {
            problems.add(new FieldProblem("confirm", "import.rows.unknown"));
        }
        if (confirm.stream().anyMatch(skip::contains)) {
            problems.add(new FieldProblem("confirm", "import.rows.both"));
        }
        InvalidInputException.throwIfAny(problems);
    }

    private ImportReport report(Target target, ImportChecks.Checked checked, String sha256) {
        return new ImportReport(target.mission(), target.type().name(), checked.rows(),
                checked.problems().stream().map(p -> new RowProblem(p.row(), p.column(), p.messageKey())).toList(),
                checked.duplicates().stream().map(d -> new RowDuplicate(d.row(), d.matches(), d.sameAsRows())).toList(),
                staging.importedAlready(target.mission(), sha256));
    }

    private static ImportStatus view(ImportFile file) {
        return new ImportStatus(file.getId(), file.getMission().getCode(), file.getCaseType().name(), file.getFileName(),
                file.getStatus().name(), file.getRowsTotal(), file.getRowsDone(), file.getCreatedBy(), file.getCreatedAt(),
                file.getFinishedAt());
    }

    private static String missionCode(String mission) {
        if (mission == null || mission.isBlank()) {
            throw InvalidInputException.of("mission", "case.mission.required");
        }
        return mission.trim().toUpperCase(Locale.ROOT);
    }

    private static CaseType caseType(String type) {
        return CaseType.parse(type).orElseThrow(() -> InvalidInputException.of("type", "code.unknown"));
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
