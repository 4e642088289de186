package org.camino.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.control.CaseScope;
import org.camino.crypto.PasswordProtectedFile;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.TooManyRowsException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.CaminoPrincipal;
import org.camino.security.control.Guarded;
import org.camino.security.control.ScopedAccess;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A mission's case list as a CSV or XLSX file, for holders of
 * {@code case:export:<mission>} (mission managers, V24). The rows are the
 * list's ({@link CaseQueries}, same filter, same decryption, same order),
 * so a case the exporter may not read (counter-trafficking without
 * {@code case:read:trafficking}) is not in the file either, and another
 * mission's cases never are. At most {@link #MAX_ROWS} rows; every export is
 * in the access log with its filter and row count.
 */
@Stateless
@Guarded
public class CaseListExport {

    /** A filter matching more cases is refused: a bigger list is narrowed by type, status or dates. */
    public static final int MAX_ROWS = 50_000;
    /** Rows read and decrypted at once (the list's query, a page at a time). */
    static final int PAGE = 1_000;
    /** The shortest password of an encrypted export (as for accounts: long beats complicated). */
    public static final int MIN_PASSWORD = 12;
    /** A longer "password" is a mistake or an attack on the key derivation's time. */
    public static final int MAX_PASSWORD = 256;
    static final String ENCRYPTED_FORMAT = "xlsx";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    CaseScope caseScope;

    @Inject
    CaseQueries queries;

    @Inject
    AccessLog accessLog;

    /**
     * The file. Refused, in this order: a malformed parameter (400 naming
     * each), no {@code case:export} on the mission (403, logged), more than
     * {@link #MAX_ROWS} matching cases ({@link TooManyRowsException}, naming the filter).
     */
    @ScopedAccess("case:export on the mission; rows only of the case types the caller may read there")
    public CaseListFile export(CaseListExportRequest request) {
        if (request == null) {
            throw InvalidInputException.of("mission", "export.mission.required");
        }
        CaseListFiles.Format format = checked(request);
        String mission = request.mission().trim().toUpperCase(Locale.ROOT);
        CaseListExportRequest filter = new CaseListExportRequest(mission, format.extension(), request.type(),
                request.status(), request.openedFrom(), request.openedTo(), request.sort(), request.descending(),
                request.assignedToMe(), request.language());
        String name = "cases_" + mission + "_" + LocalDate.now() + "." + format.extension();
        return write(filter, format.extension(), name, format.contentType(),
                format == CaseListFiles.Format.CSV ? CaseListFiles::csv : CaseListFiles::xlsx);
    }

    /**
     * The mission's whole case list (what the list shows unfiltered, newest
     * first) as an XLSX encrypted with the caller's password (AES-256, see
     * {@link PasswordProtectedFile}). Refused: a missing mission, a password
     * under {@link #MIN_PASSWORD} characters or over {@link #MAX_PASSWORD},
     * a format other than xlsx (400 naming each), then as {@link #export}.
     * The password is neither stored nor logged.
     */
    @ScopedAccess("case:export on the mission; rows only of the case types the caller may read there")
    public CaseListFile exportEncrypted(EncryptedExportRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (request.mission() == null || request.mission().isBlank()) {
            problems.add(new FieldProblem("mission", "export.mission.required"));
        }
        String password = request.password();
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem("password", "export.password.tooShort"));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(new FieldProblem("password", "export.password.tooLong"));
        }
        if (request.format() != null && !request.format().trim().equalsIgnoreCase(ENCRYPTED_FORMAT)) {
            problems.add(new FieldProblem("format", "export.format.encrypted"));
        }
        InvalidInputException.throwIfAny(problems);
        String mission = request.mission().trim().toUpperCase(Locale.ROOT);
        CaseListExportRequest filter = new CaseListExportRequest(mission, ENCRYPTED_FORMAT, null, null, null, null,
                null, true, false, request.language());
        String name = "cases_" + mission + "_" + LocalDate.now() + "_encrypted.xlsx";
        return write(filter, "xlsx-aes256", name, CaseListFiles.Format.XLSX.contentType(),
                (heading, texts, rows) -> CaseListFiles.encryptedXlsx(heading, texts, rows, password));
    }

    /** Writes one of the three kinds of file. */
    @FunctionalInterface
    private interface FileWriter {
        byte[] write(List<String[]> heading, CaseListFiles.Texts texts, CaseListFiles.Rows rows);
    }

    /** Checks the permission, counts, writes the heading and the rows a page at a time, logs the export. */
    private CaseListFile write(CaseListExportRequest filter, String formatLabel, String filename, String contentType,
                               FileWriter writer) {
        String mission = filter.mission();
        CaminoPrincipal caller = accessControl.caller();
        accessControl.require("case:export:" + mission.toLowerCase(Locale.ROOT), "case-list:" + mission);

        CaseScope.Scope scope = caseScope.of("read");
        long total = queries.countUpTo(scope, filter.page(0, 1), caller.userId(), MAX_ROWS);
        if (total > MAX_ROWS) {
            throw new TooManyRowsException(MAX_ROWS, filter.describe());
        }
        CaseListFiles.Texts texts = CaseListFiles.texts(filter.language());
        List<String[]> heading = List.of(
                new String[] {texts.text("export.title"), mission},
                new String[] {texts.text("export.filter"), filter.describe()},
                new String[] {texts.text("export.exportedBy"), caller.username()},
                new String[] {texts.text("export.exportedAt"), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()},
                new String[] {texts.text("export.rows"), Long.toString(total)});
        int[] written = {0};
        CaseListFiles.Rows rows = each -> {
            for (int offset = 0; offset < total; offset += PAGE) {
                List<CaseRow> page = queries.pageRows(scope, filter.page(offset, PAGE), caller.userId());
                page.forEach(counting(each, written));
                // the persons of a page are read-only and done with: keep one page of them in memory, not the file's
                em.flush();
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
            }
        };
        byte[] content = writer.write(heading, texts, rows);
        accessLog.record(AccessLog.Event.CASE_LIST_EXPORTED, caller.username(), "case-list:" + mission,
                "format=" + formatLabel + " " + filter.describe() + " rows=" + written[0]);
        return new CaseListFile(filename, contentType, content, written[0]);
    }

    private static Consumer<CaseRow> counting(Consumer<CaseRow> each, int[] written) {
        return row -> {
            written[0]++;
            each.accept(row);
        };
    }

    /** Every parameter's shape, before any permission check, each malformed one named. */
    private static CaseListFiles.Format checked(CaseListExportRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseListFiles.Format format = null;
        try {
            format = CaseListFiles.Format.parse(request.format());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (request.mission() == null || request.mission().isBlank()) {
            problems.add(new FieldProblem("mission", "export.mission.required"));
        }
        Cases.checkFilters(request.page(0, 1), problems);
        if (request.sort() != null && !request.sort().matches(CaseQuery.SORTS)) {
            problems.add(new FieldProblem("sort", "parameter.invalid"));
        }
        if (request.openedFrom() != null && request.openedTo() != null && request.openedTo().isBefore(request.openedFrom())) {
            problems.add(new FieldProblem("openedTo", "export.dates.order"));
        }
        InvalidInputException.throwIfAny(problems);
        return format;
    }
}
