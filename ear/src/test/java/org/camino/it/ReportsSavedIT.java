package org.camino.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved reports and the automatic monthly reports through the API, on cases
 * the test registers itself: a saved report is its owner's alone (another user
 * gets 404), is run with the permissions of now, renamed on its version; the
 * monthly files of last month are for the mission's report holders only,
 * logged when downloaded, announced on the home page, and hold the figures of
 * the same reports run through the API.
 */
@ExtendWith(DeployedCamino.class)
class ReportsSavedIT {

    private static final String YEAR = String.valueOf(LocalDate.now().getYear());
    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The monthly bundle: report → breakdown (as MonthlyReportProduction.BUNDLE). */
    private static final Map<String, String> BUNDLE = Map.of("avrr-returns", "destinationCountry",
            "avrr-reintegration", "code", "avrr-monitoring", "code", "resettlement-departures", "destinationCountry",
            "resettlement-status", "status", "health-assessments", "code", "caseload-open", "caseType",
            "caseload-opened", "caseType", "caseload-closed", "reason");

    private static World WORLD;
    private static World OTHER;

    @BeforeAll
    static void registerReturns() {
        WORLD = World.create();
        OTHER = World.create();
        String caseworker = WORLD.token("caseworker");
        LocalDate lastMonth = LAST_MONTH.atDay(10);
        returned(caseworker, "SOM", lastMonth);
        returned(caseworker, "SOM", lastMonth);
        returned(caseworker, "ETH", lastMonth);
        returned(caseworker, "ETH", LocalDate.now());
    }

    @Test
    void aSavedReportIsItsOwnersAloneAndRunsWithTheirPermissionsOfNow() throws Exception {
        String manager = WORLD.token("manager");
        HttpResponse<String> made = Api.post("/api/reports/saved", manager, saveBody("  Returns by country  ",
                List.of(WORLD.mission().toLowerCase(Locale.ROOT))));
        assertEquals(201, made.statusCode(), made.body());
        JsonObject saved = World.object(made.body());
        assertEquals("Returns by country", saved.getString("name"), "trimmed");
        assertEquals(List.of(WORLD.mission()), strings(saved.getJsonArray("missions")));
        assertEquals("destinationCountry", saved.getString("by"));
        long id = saved.getJsonNumber("id").longValue();
        long version = saved.getJsonNumber("version").longValue();

        // malformed names and a duplicate are refused naming the name, nothing saved
        for (String name : new String[] {"", "   ", "x".repeat(81), "tab\there", "bell\u0007", "bidi\u202eoverride", "returns BY country"}) {
            HttpResponse<String> refused = Api.post("/api/reports/saved", manager, saveBody(name, List.of()));
            assertEquals(400, refused.statusCode(), name + ": " + refused.body());
            assertEquals(List.of("name"), ApiInputIT.namedFields(refused), name + ": " + refused.body());
        }
        assertEquals(201, Api.post("/api/reports/saved", manager, saveBody("x".repeat(80), List.of())).statusCode(),
                "80 characters are enough");
        HttpResponse<String> badPeriod = Api.post("/api/reports/saved", manager,
                "{\"name\":\"Bad period\",\"report\":\"avrr-returns\",\"period\":\"2026-13\"}");
        assertEquals(400, badPeriod.statusCode(), badPeriod.body());
        assertEquals(List.of("period"), ApiInputIT.namedFields(badPeriod));
        JsonArray mine = World.array(Api.get("/api/reports/saved", manager).body());
        assertEquals(List.of("Returns by country", "x".repeat(80)),
                mine.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList());

        // run: the same figures as the report asked for directly
        HttpResponse<String> run = Api.post("/api/reports/saved/" + id + "/run", manager, "");
        assertEquals(200, run.statusCode(), run.body());
        JsonObject direct = run(manager, "avrr-returns", "period=" + YEAR + "&mission=" + WORLD.mission() + "&by=destinationCountry");
        assertEquals(figures(direct), figures(World.object(run.body())));
        assertEquals(Map.of("ETH", 2L, "SOM", 2L), figures(direct), "what the test registered this year");

        // rename on the version read; a stale version is a conflict
        HttpResponse<String> renamed = Api.put("/api/reports/saved/" + id, manager,
                "{\"name\":\"Returns, by country\",\"version\":" + version + "}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Returns, by country", World.object(renamed.body()).getString("name"));
        HttpResponse<String> stale = Api.put("/api/reports/saved/" + id, manager, "{\"name\":\"Again\",\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> noVersion = Api.put("/api/reports/saved/" + id, manager, "{\"name\":\"Again\"}");
        assertEquals(400, noVersion.statusCode(), noVersion.body());
        assertEquals(List.of("version"), ApiInputIT.namedFields(noVersion));
        HttpResponse<String> taken = Api.put("/api/reports/saved/" + id, manager,
                "{\"name\":\"" + "X".repeat(80) + "\",\"version\":" + (version + 1) + "}");
        assertEquals(400, taken.statusCode(), "the other saved report's name: " + taken.body());
        assertEquals(List.of("name"), ApiInputIT.namedFields(taken));

        // another user, even of the same mission, neither sees, runs, renames nor deletes it
        for (String other : new String[] {OTHER.token("manager"), WORLD.token("ctofficer")}) {
            assertTrue(World.array(Api.get("/api/reports/saved", other).body()).isEmpty());
            assertEquals(404, Api.post("/api/reports/saved/" + id + "/run", other, "").statusCode());
            assertEquals(404, Api.put("/api/reports/saved/" + id, other, "{\"name\":\"Mine\",\"version\":1}").statusCode());
            assertEquals(404, delete("/api/reports/saved/" + id + "?version=1", other).statusCode());
        }
        assertEquals(401, Api.get("/api/reports/saved", null).statusCode());
        assertEquals(401, Api.post("/api/reports/saved/" + id + "/run", null, "").statusCode());

        // delete on the version read
        assertEquals(409, delete("/api/reports/saved/" + id + "?version=" + version, manager).statusCode());
        assertEquals(204, delete("/api/reports/saved/" + id + "?version=" + (version + 1), manager).statusCode());
        assertEquals(404, Api.post("/api/reports/saved/" + id + "/run", manager, "").statusCode());
    }

    @Test
    void aSavedReportOfAMissionTheOwnerNoLongerReportsOnIsRefusedNotCounted() {
        World.Member both = WORLD.newUser("twomissions", new String[] {"MISSION_MANAGER", WORLD.mission(), null},
                new String[] {"MISSION_MANAGER", OTHER.mission(), null});
        String everywhere = Api.token(both.username(), both.password(), null);
        HttpResponse<String> made = Api.post("/api/reports/saved", everywhere,
                saveBody("Other mission", List.of(OTHER.mission())));
        assertEquals(201, made.statusCode(), made.body());
        long id = World.object(made.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.post("/api/reports/saved/" + id + "/run", everywhere, "").statusCode());
        // the same person with a token of WORLD's mission only: the other mission is out of reach now
        String worldOnly = Api.token(both.username(), both.password(), WORLD.mission());
        HttpResponse<String> refused = Api.post("/api/reports/saved/" + id + "/run", worldOnly, "");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("mission"), ApiInputIT.namedFields(refused));
        assertFalse(refused.body().contains("rows"), refused.body());
    }

    @Test
    void lastMonthsReportIsForTheMissionsReportHoldersAndHoldsTheApisFigures() throws Exception {
        String manager = WORLD.token("manager");
        assertEquals(403, Api.post("/api/reports/monthly/produce", manager, "").statusCode(), "administrators only");
        HttpResponse<String> produced = Api.post("/api/reports/monthly/produce", WORLD.token("admin"), "");
        assertEquals(200, produced.statusCode(), produced.body());

        HttpResponse<String> listed = Api.get("/api/reports/monthly?mission=" + WORLD.mission(), manager);
        assertEquals(200, listed.statusCode(), listed.body());
        Map<String, Long> ids = new TreeMap<>();
        for (JsonObject file : World.array(listed.body()).getValuesAs(JsonObject.class)) {
            assertEquals(WORLD.mission(), file.getString("mission"));
            if (file.getString("month").equals(LAST_MONTH.toString())) {
                ids.put(file.getString("format"), file.getJsonNumber("id").longValue());
            }
        }
        assertEquals(List.of("pdf", "xlsx"), List.copyOf(ids.keySet()), listed.body());
        assertEquals(200, Api.post("/api/reports/monthly/produce", WORLD.token("admin"), "").statusCode());
        assertEquals(World.array(listed.body()).size(),
                World.array(Api.get("/api/reports/monthly?mission=" + WORLD.mission(), manager).body()).size(),
                "producing again stores nothing more");

        // another mission's manager and anonymous callers are refused
        assertEquals(403, Api.get("/api/reports/monthly?mission=" + WORLD.mission(), OTHER.token("manager")).statusCode());
        assertEquals(404, download(OTHER.token("manager"), ids.get("xlsx")).statusCode());
        assertEquals(401, Api.get("/api/reports/monthly?mission=" + WORLD.mission(), null).statusCode());
        assertEquals(401, download(null, ids.get("pdf")).statusCode());
        assertTrue(World.array(Api.get("/api/reports/monthly", OTHER.token("manager")).body()).getValuesAs(JsonObject.class)
                .stream().noneMatch(f -> f.getString("mission").equals(WORLD.mission())));

        long downloadsBefore = downloads();
        HttpResponse<byte[]> xlsx = download(manager, ids.get("xlsx"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Map.Entry<String, String> report : BUNDLE.entrySet()) {
                Sheet sheet = workbook.getSheet(report.getKey());
                assertNotNull(sheet, report.getKey());
                JsonObject api = run(manager, report.getKey(), "period=" + LAST_MONTH + "&mission=" + WORLD.mission()
                        + "&by=" + report.getValue());
                assertEquals(figures(api), sheetFigures(sheet), report.getKey());
            }
            assertEquals(BUNDLE.size(), workbook.getNumberOfSheets(), "no counter-trafficking report");
        }
        assertEquals(Map.of("ETH", 1L, "SOM", 2L),
                figures(run(manager, "avrr-returns", "period=" + LAST_MONTH + "&mission=" + WORLD.mission()
                        + "&by=destinationCountry")), "last month's returns only");

        HttpResponse<byte[]> pdf = download(manager, ids.get("pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertTrue(text.toString().contains("Monthly report of " + WORLD.mission() + " for " + LAST_MONTH), text.toString());
        assertTrue(text.toString().contains(WORLD.mission() + " SOM 2") && text.toString().contains(WORLD.mission() + " ETH 1"),
                text.toString());
        assertEquals(downloadsBefore + 2, downloads(), "both downloads are in the access log");

        // announced on the manager's home page
        WebClient page = new WebClient();
        WORLD.signIn(page, "manager");
        String home = page.get("/index.xhtml").body();
        String month = LAST_MONTH.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        assertTrue(home.contains("The monthly report of " + WORLD.mission() + " for " + month + " is ready"), home);
    }

    // ---- helpers

    private static void returned(String token, String destination, LocalDate departed) {
        String principal = CaseFixtures.person(CaseFixtures.unique("Sav"), CaseFixtures.unique("Ed"), "1988-02-11",
                CaseFixtures.unique("P"), "");
        String move = "{\"originCountry\":\"KEN\",\"destinationCountry\":\"" + destination + "\",\"plannedDeparture\":\""
                + departed + "\",\"actualDeparture\":\"" + departed + "\",\"transportMeans\":\"AIR\",\"escort\":\"NONE\","
                + "\"status\":\"DEPARTED\"}";
        String body = CaseFixtures.newCase("AVR", WORLD.mission(), principal, "[]", true).replace(CaseFixtures.movement(), move);
        HttpResponse<String> created = Api.post("/api/cases", token, body);
        assertEquals(201, created.statusCode(), created.body());
    }

    private static String saveBody(String name, List<String> missions) {
        return Json.createObjectBuilder().add("name", name).add("report", "avrr-returns").add("period", YEAR)
                .add("missions", Json.createArrayBuilder(missions)).add("by", "destinationCountry").build().toString();
    }

    private static JsonObject run(String token, String report, String query) {
        HttpResponse<String> answer = Api.get("/api/reports/" + report + "?" + query, token);
        assertEquals(200, answer.statusCode(), report + "?" + query + ": " + answer.body());
        return World.object(answer.body());
    }

    /** value → count of WORLD's mission, rows then totals ("Total"). */
    private static Map<String, Long> figures(JsonObject report) {
        Map<String, Long> figures = new TreeMap<>();
        for (JsonValue row : report.getJsonArray("rows")) {
            JsonObject r = row.asJsonObject();
            assertEquals(WORLD.mission(), r.getString("mission"));
            figures.put(r.getString("value"), r.getJsonNumber("count").longValue());
        }
        return figures;
    }

    /** The sheet's table rows of WORLD's mission, totals left out (the API's rows). */
    private static Map<String, Long> sheetFigures(Sheet sheet) {
        Map<String, Long> figures = new TreeMap<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(2) != null && WORLD.mission().equals(row.getCell(0).getStringCellValue())
                    && !row.getCell(1).getStringCellValue().equals("Total")) {
                figures.put(row.getCell(1).getStringCellValue(), (long) row.getCell(2).getNumericCellValue());
            }
        }
        return figures;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static long downloads() throws Exception {
        return AreaFixtures.count("select count(*) from camino.access_log where event = 'MONTHLY_REPORT_DOWNLOADED'"
                + " and username = '" + WORLD.username("manager") + "'");
    }

    private static HttpResponse<String> delete(String path, String token) {
        return Api.send(HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path))
                .header("Authorization", "Bearer " + token).DELETE());
    }

    private static HttpResponse<byte[]> download(String token, long id) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + "/api/reports/monthly/" + id)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
