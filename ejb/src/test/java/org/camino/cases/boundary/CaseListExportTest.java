package org.camino.cases.boundary;

import jakarta.persistence.EntityManager;
import org.camino.cases.boundary.CaseViews.CaseRow;
import org.camino.cases.control.CaseScope;
import org.camino.cases.entity.CaseType;
import org.camino.platform.errors.AccessDeniedException;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.TooManyRowsException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.CaminoPrincipal;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export's order of refusals, its cap and its paging, with the list's query and the permissions played by fakes. */
class CaseListExportTest {

    private final List<String> required = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final List<Integer> pagesRead = new ArrayList<>();
    private boolean permitted = true;
    private long matching;

    private CaseListExport export() {
        CaseListExport export = new CaseListExport();
        export.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> null); // flush and clear between pages: nothing to do here
        export.accessControl = new AccessControl() {
            @Override
            public CaminoPrincipal caller() {
                return new CaminoPrincipal(7, "manager.ken", "Manager", 0, false, false, null);
            }

            @Override
            public void require(String permission, String target) {
                required.add(permission);
                if (!permitted) {
                    throw new AccessDeniedException("Not allowed");
                }
            }
        };
        export.caseScope = new CaseScope() {
            @Override
            public Scope of(String action) {
                return new Scope(Map.of(CaseType.RST, List.of(1L)));
            }
        };
        export.queries = new CaseQueries() {
            @Override
            public long countUpTo(CaseScope.Scope scope, CaseQuery q, long callerId, int upTo) {
                return Math.min(matching, upTo + 1L);
            }

            @Override
            public List<CaseRow> pageRows(CaseScope.Scope scope, CaseQuery q, long callerId) {
                pagesRead.add(q.offset());
                return IntStream.range(q.offset(), (int) Math.min(matching, q.offset() + (long) q.limit()))
                        .mapToObj(i -> new CaseRow("KEN-RST-2026-" + i, "RST", "KEN", "OPEN", null, LocalDate.of(2026, 1, 1),
                                "Name " + i, null, null, null)).toList();
            }
        };
        export.accessLog = new AccessLog() {
            @Override
            public void record(Event event, String username, String target, String detail) {
                logged.add(event + " " + username + " " + target + " " + detail);
            }
        };
        return export;
    }

    private static CaseListExportRequest request(String mission, String format, String type) {
        return new CaseListExportRequest(mission, format, type, null, null, null, null, true, false, "en");
    }

    @Test
    void aFilterOverTheCapIsRefusedNamingTheFilterBeforeAnyRowIsRead() {
        matching = CaseListExport.MAX_ROWS + 1L;
        TooManyRowsException refused = assertThrows(TooManyRowsException.class,
                () -> export().export(request("ken", "csv", "RST")));
        assertEquals(50_000, refused.limit());
        assertTrue(refused.filter().startsWith("mission=KEN type=RST status=any"), refused.filter());
        assertEquals(List.of(), pagesRead);
        assertEquals(List.of(), logged, "nothing exported, nothing logged as exported");
    }

    @Test
    void exactlyTheCapIsExportedAPageAtATime() {
        matching = CaseListExport.MAX_ROWS;
        CaseListFile file = export().export(request("KEN", "csv", null));
        assertEquals(50_000, file.rows());
        assertEquals(50, pagesRead.size(), "pages of " + CaseListExport.PAGE);
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains("KEN-RST-2026-49999,Name 49999"), "the last row");
        assertEquals(List.of("CASE_LIST_EXPORTED manager.ken case-list:KEN format=csv mission=KEN type=any status=any"
                + " opened=.. assignedToMe=false sort=openedOn desc rows=50000"), logged);
        assertEquals(List.of("case:export:ken"), required);
        assertTrue(file.filename().startsWith("cases_KEN_") && file.filename().endsWith(".csv"), file.filename());
    }

    @Test
    void malformedParametersAreRefusedBeforeThePermissionIsChecked() {
        permitted = false;
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> export().export(new CaseListExportRequest(null, "pdf", "XYZ", "NOWHERE", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 2, 1), "name", true, false, "en")));
        assertEquals(List.of("format", "mission", "type", "status", "sort", "openedTo"),
                refused.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
        assertEquals(List.of(), required);
        assertThrows(AccessDeniedException.class, () -> export().export(request("KEN", "xlsx", null)));
        assertEquals(List.of(), pagesRead, "a refused caller reads no row");
    }

    @Test
    void anEncryptedExportNeedsAPasswordOfTwelveCharactersAndIsLoggedWithoutIt() {
        permitted = false;
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> export().exportEncrypted(new EncryptedExportRequest(" ", "elevenchars", "csv", "en")));
        assertEquals(List.of("mission", "password", "format"),
                refused.problems().stream().map(InvalidInputException.FieldProblem::field).toList());
        assertEquals("export.password.tooShort", refused.problems().get(1).messageKey());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> export().exportEncrypted(new EncryptedExportRequest("KEN", "x".repeat(257), null, "en")));
        assertEquals("export.password.tooLong", tooLong.problems().get(0).messageKey());
        assertEquals(List.of(), required, "the shape first, then the permission");
        assertThrows(AccessDeniedException.class,
                () -> export().exportEncrypted(new EncryptedExportRequest("KEN", "twelve chars", null, "en")));
        assertEquals(List.of("case:export:ken"), required);

        permitted = true;
        matching = 3;
        String password = "twelve chars";
        CaseListFile file = export().exportEncrypted(new EncryptedExportRequest("ken", password, "XLSX", "fr"));
        assertEquals(3, file.rows());
        assertTrue(file.filename().startsWith("cases_KEN_") && file.filename().endsWith("_encrypted.xlsx"), file.filename());
        assertEquals(List.of("CASE_LIST_EXPORTED manager.ken case-list:KEN format=xlsx-aes256 mission=KEN type=any"
                + " status=any opened=.. assignedToMe=false sort=openedOn desc rows=3"), logged);
        assertTrue(!new EncryptedExportRequest("KEN", password, null, null).toString().contains(password));
    }
}
