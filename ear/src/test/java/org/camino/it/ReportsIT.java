package org.camino.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mission reports against what the test itself registered through the API:
 * every figure is computed here from the cases the test made (not by the
 * reports' query); another world's mission never appears; counter-trafficking
 * figures only for the CT officer; exports parse and hold the same figures;
 * HQ's figures for the mission equal the mission's.
 */
@ExtendWith(DeployedCamino.class)
class ReportsIT {

    private static final String TODAY = LocalDate.now().toString();
    private static final String YEAR = String.valueOf(LocalDate.now().getYear());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static World WORLD;
    private static World OTHER;

    /** What the test registered: type, principal's sex, household size, movement status and countries. */
    record Made(String type, String sex, int people, String movement, String origin, String destination, String status) {
    }

    private static final List<Made> MADE = new ArrayList<>();
    private static String rstInitialStatus;

    @BeforeAll
    static void registerCases() {
        WORLD = World.create();
        OTHER = World.create();
        String caseworker = WORLD.token("caseworker");
        register(caseworker, WORLD, "AVR", "FEMALE", 0, "DEPARTED", "KEN", "SOM");
        register(caseworker, WORLD, "AVR", "MALE", 1, "DEPARTED", "KEN", "ETH");
        register(caseworker, WORLD, "AVR", "FEMALE", 0, "DEPARTED", "UGA", "SOM");
        register(caseworker, WORLD, "AVR", "MALE", 0, "PLANNED", "KEN", "SOM");
        JsonObject first = register(caseworker, WORLD, "RST", "FEMALE", 1, "DEPARTED", "KEN", "CAN");
        register(caseworker, WORLD, "RST", "MALE", 0, "DEPARTED", "KEN", "USA");
        register(caseworker, WORLD, "RST", "FEMALE", 1, "PLANNED", "KEN", "CAN");
        rstInitialStatus = first.getString("status");
        HttpResponse<String> step = Api.post("/api/cases/" + first.getString("number") + "/steps", caseworker,
                "{\"expectedVersion\":" + first.getJsonNumber("version").longValue() + ",\"toStatus\":\"IN_PROCESSING\"}");
        assertEquals(200, step.statusCode(), step.body());
        MADE.set(4, new Made("RST", "FEMALE", 2, "DEPARTED", "KEN", "CAN", "IN_PROCESSING"));

        String health = WORLD.token("health");
        for (String[] assessment : new String[][] {{"FIT_TO_TRAVEL", "USA"}, {"UNFIT", "CAN"}}) {
            JsonObject mha = register(health, WORLD, "MHA", "MALE", 0, "PLANNED", "KEN", "USA");
            AreaFixtures.ok(Api.put("/api/cases/" + mha.getString("number") + "/health", health, AreaFixtures.change("null",
                    "{\"receivingCountry\":\"" + assessment[1] + "\",\"assessedOn\":\"" + TODAY + "\",\"outcome\":\""
                            + assessment[0] + "\",\"referredForTreatment\":false,\"physician\":\"Dr Report\"}")));
        }
        String ct = WORLD.token("ctofficer");
        JsonObject victim = register(ct, WORLD, "CTA", "FEMALE", 0, "PLANNED", "KEN", "SOM");
        register(ct, WORLD, "CTA", "MALE", 0, "PLANNED", "KEN", "SOM");
        AreaFixtures.ok(Api.post("/api/cases/" + victim.getString("number") + "/trafficking/events", ct,
                "{\"type\":\"Recruitment\",\"country\":\"SOM\",\"startDate\":\"" + TODAY + "\",\"description\":\"market\"}"));
        // the other world: a return and a victim of its own, which WORLD's reports never count
        register(OTHER.token("caseworker"), OTHER, "AVR", "FEMALE", 0, "DEPARTED", "KEN", "SOM");
        register(OTHER.token("ctofficer"), OTHER, "CTA", "FEMALE", 0, "PLANNED", "KEN", "SOM");
        MADE.removeIf(m -> m.status() == null); // OTHER's cases are not WORLD's
    }

    @Test
    void programmeReportsCountWhatWasRegistered() {
        String manager = WORLD.token("manager");
        Predicate<Made> returns = m -> m.type().equals("AVR") && m.movement().equals("DEPARTED");
        assertEquals(expected(returns, Made::sex), figures(run(manager, "avrr-returns", "by=sex")));
        assertEquals(expected(returns, Made::origin), figures(run(manager, "avrr-returns", "by=originCountry")));
        assertEquals(expected(returns.and(m -> m.sex().equals("FEMALE")), Made::destination),
                figures(run(manager, "avrr-returns", "by=destinationCountry&filter=sex:FEMALE")));
        Predicate<Made> departures = m -> m.type().equals("RST") && m.movement().equals("DEPARTED");
        assertEquals(expected(departures, Made::destination), figures(run(manager, "resettlement-departures", "by=destinationCountry")));
        assertEquals(expected(departures, m -> String.valueOf(m.people())), figures(run(manager, "resettlement-departures", "by=householdSize")));
        long rst = MADE.stream().filter(m -> m.type().equals("RST")).count();
        JsonObject status = run(manager, "resettlement-status", "by=status");
        assertEquals(Map.of(rstInitialStatus, rst, "IN_PROCESSING", 1L), figures(status));
        assertEquals(rst, status.getJsonNumber("total").longValue(), "a case counts once in the total");
        assertEquals("CASES", status.getString("unit"));
        assertEquals(Map.of("FIT_TO_TRAVEL", 1L, "UNFIT", 1L), figures(run(manager, "health-assessments", "by=code")));
        assertEquals(Map.of("USA", 1L, "CAN", 1L), figures(run(manager, "health-assessments", "by=destinationCountry")));

        JsonObject report = run(manager, "avrr-returns", "by=sex");
        assertEquals(List.of(WORLD.mission()), report.getJsonArray("missions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("MISSION", report.getString("source"));
        assertTrue(report.getString("description").startsWith("Counts events") && report.getString("description").contains(YEAR + "-01"),
                report.getString("description"));
        JsonObject french = run(manager, "avrr-returns", "by=sex&lang=fr");
        assertTrue(french.getString("description").startsWith("Compte des événements"), french.getString("description"));
    }

    @Test
    void caseloadCountsLiveCasesAndCounterTraffickingOnlyForItsOfficers() {
        Map<String, Long> visibleToManager = expected(m -> !m.type().equals("CTA"), Made::type);
        assertEquals(visibleToManager, figures(run(WORLD.token("manager"), "caseload-open", "by=caseType")));
        assertEquals(visibleToManager, figures(run(WORLD.token("manager"), "caseload-opened", "by=caseType")));
        assertEquals(expected(m -> true, Made::type), figures(run(WORLD.token("ctofficer"), "caseload-open", "by=caseType")));

        // the one step taken (a resettlement case opened today, in processing today): 0 days
        JsonObject milestones = run(WORLD.token("manager"), "caseload-milestones", "by=status");
        assertEquals(Map.of("IN_PROCESSING", 0L), figures(milestones));
        assertEquals("DAYS", milestones.getString("unit"));
        assertFalse(milestones.containsKey("total"), "medians do not add up across missions");

        // workload per person: the manager assigns one AVRR case to the caseworker
        JsonObject assigned = World.object(Api.get("/api/cases?type=AVR&limit=1&mission=" + WORLD.mission(),
                WORLD.token("manager")).body()).getJsonArray("rows").getJsonObject(0);
        String number = assigned.getString("number");
        long version = World.object(Api.get("/api/cases/" + number, WORLD.token("manager")).body()).getJsonNumber("version").longValue();
        AreaFixtures.ok(Api.put("/api/cases/" + number + "/assignee", WORLD.token("manager"),
                "{\"assignee\":\"" + WORLD.username("caseworker") + "\",\"version\":" + version + "}"));
        assertEquals(Map.of(WORLD.username("caseworker"), 1L, "UNKNOWN", visibleToManager.values().stream().mapToLong(Long::longValue).sum() - 1),
                figures(run(WORLD.token("manager"), "caseload-assigned", "by=assignee")));
        assertEquals(404, Api.get("/api/reports/caseload-assigned?period=" + YEAR, WORLD.token("ctofficer")).statusCode(),
                "workload per person is for those who assign cases");

        JsonObject catalogue = World.object(Api.get("/api/reports", WORLD.token("manager")).body());
        List<String> ids = catalogue.getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("id")).toList();
        assertTrue(ids.contains("avrr-returns") && ids.contains("caseload-open"), ids.toString());
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("trafficking")), "no CT report for a manager: " + ids);
        assertEquals(404, Api.get("/api/reports/trafficking-victims?period=" + YEAR, WORLD.token("manager")).statusCode());

        String ct = WORLD.token("ctofficer");
        assertEquals(expected(m -> m.type().equals("CTA"), Made::sex), figures(run(ct, "trafficking-victims", "by=sex")));
        assertEquals(Map.of("Recruitment", 1L), figures(run(ct, "trafficking-events", "by=code")));
        assertEquals(Map.of("SOM", 1L), figures(run(ct, "trafficking-events", "by=destinationCountry")));

        WebClient manager = new WebClient();
        WORLD.signIn(manager, "manager");
        HttpResponse<String> page = manager.get("/reports.xhtml?report=caseload-open&period=" + YEAR + "&by=caseType");
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(visibleToManager, pageFigures(page.body()));
        assertFalse(page.body().contains("trafficking-victims") || page.body().contains("Counter-trafficking"),
                "no CT report in the manager's list");
        WebClient officer = new WebClient();
        WORLD.signIn(officer, "ctofficer");
        HttpResponse<String> ctPage = officer.get("/reports.xhtml?report=trafficking-victims&period=" + YEAR + "&by=sex");
        assertEquals(200, ctPage.statusCode(), ctPage.body());
        assertEquals(expected(m -> m.type().equals("CTA"), Made::sex), pageFigures(ctPage.body()));
    }

    @Test
    void anotherWorldsMissionNeverAppears() {
        String manager = WORLD.token("manager");
        JsonObject catalogue = World.object(Api.get("/api/reports", manager).body());
        assertEquals(List.of(WORLD.mission()), catalogue.getJsonArray("missions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        for (String report : List.of("avrr-returns", "caseload-open", "resettlement-departures")) {
            JsonObject answer = run(manager, report, "");
            for (JsonValue row : answer.getJsonArray("rows")) {
                assertEquals(WORLD.mission(), row.asJsonObject().getString("mission"), report);
            }
        }
        HttpResponse<String> other = Api.get("/api/reports/avrr-returns?period=" + YEAR + "&mission=" + OTHER.mission(), manager);
        assertEquals(400, other.statusCode(), other.body());
        assertEquals(List.of("mission"), ApiInputIT.namedFields(other));
    }

    @Test
    void hqCountsTheMissionsRecordsAsTheMissionDoes() throws Exception {
        CentralDataRepositoryIT.drainOutbox(WORLD.token("admin"));
        String analyst = WORLD.token("analyst");
        for (String[] report : new String[][] {{"avrr-returns", "sex"}, {"avrr-returns", "month"},
                {"resettlement-status", "status"}, {"health-assessments", "code"}}) {
            String query = "by=" + report[1] + "&mission=" + WORLD.mission();
            JsonObject mission = run(WORLD.token("manager"), report[0], query);
            JsonObject hq = run(analyst, report[0], query);
            assertEquals("HQ", hq.getString("source"));
            assertEquals(mission.getJsonArray("rows"), hq.getJsonArray("rows"), report[0] + " by " + report[1]);
            assertEquals(mission.getJsonArray("totals"), hq.getJsonArray("totals"));
        }
        List<String> ids = World.object(Api.get("/api/reports", analyst).body()).getJsonArray("reports").stream()
                .map(r -> r.asJsonObject().getString("id")).toList();
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("trafficking") || id.startsWith("caseload")), ids.toString());
        assertEquals(404, Api.get("/api/reports/trafficking-victims?period=" + YEAR, analyst).statusCode());

        WebClient hqPage = new WebClient();
        WORLD.signIn(hqPage, "analyst");
        HttpResponse<String> page = hqPage.get("/reports.xhtml?report=avrr-returns&period=" + YEAR + "&by=sex&mission=" + WORLD.mission());
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(figures(run(WORLD.token("manager"), "avrr-returns", "by=sex")), pageFigures(page.body()),
                "the analyst's page shows HQ's figures, the mission's");
    }

    @Test
    void exportsParseAndHoldTheSameFiguresAndAreLogged() throws Exception {
        String manager = WORLD.token("manager");
        String query = "period=" + YEAR + "&by=sex";
        Map<String, Long> figures = figures(run(manager, "avrr-returns", "by=sex"));
        long exportsBefore = exports();

        HttpResponse<byte[]> csv = download(manager, "/api/reports/avrr-returns/export?format=csv&" + query);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("avrr-returns_" + YEAR + ".csv"));
        assertEquals(figures, csvFigures(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)));

        HttpResponse<byte[]> xlsx = download(manager, "/api/reports/avrr-returns/export?format=xlsx&" + query);
        assertEquals(200, xlsx.statusCode());
        Map<String, Long> inSheet = new TreeMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("AVRR"));
            assertEquals(WORLD.mission(), sheet.getRow(2).getCell(1).getStringCellValue(), "the missions");
            boolean table = false;
            for (Row row : sheet) {
                if (table && !row.getCell(1).getStringCellValue().equals("Total")) {
                    inSheet.put(row.getCell(1).getStringCellValue(), (long) row.getCell(2).getNumericCellValue());
                }
                table |= row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Mission");
            }
        }
        assertEquals(figures, inSheet);

        HttpResponse<byte[]> pdf = download(manager, "/api/reports/avrr-returns/export?format=pdf&" + query);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("AVRR: returns") && text.contains(WORLD.mission()) && text.contains(YEAR), text);
        figures.forEach((value, count) -> assertTrue(text.contains(WORLD.mission() + " " + value + " " + count),
                value + " " + count + " in " + text));

        WebClient client = new WebClient();
        WORLD.signIn(client, "manager");
        HttpResponse<String> page = client.get("/reports.xhtml?report=avrr-returns&" + query);
        assertEquals(figures, pageFigures(page.body()));
        // what a browser sends: every field of the form as shown (PrimeFaces' menus post their "_input")
        HttpResponse<String> fromPage = client.submit(page, "report", Map.of("report_input", "avrr-returns", "period", YEAR,
                "from", "", "to", "", "by_input", "sex", "filter_input", "", "filterValue", ""), "csv");
        assertEquals(200, fromPage.statusCode(), fromPage.body());
        assertEquals(figures, csvFigures(fromPage.body()));

        assertEquals(exportsBefore + 4, exports(), "every export is in the access log");
        assertEquals(4, AreaFixtures.count("select count(*) from camino.access_log where event = 'REPORT_EXPORTED' and username = '"
                + WORLD.username("manager") + "' and target = 'report:avrr-returns' and detail like '%missions=["
                + WORLD.mission() + "]%' and detail like '%rows=" + figures.size() + "'"));
    }

    @Test
    void badParametersAre400sNamingTheField() {
        String manager = WORLD.token("manager");
        String[][] cases = {{"avrr-returns?period=" + YEAR + "-13", "period"}, {"avrr-returns?period=" + YEAR + "-Q5", "period"},
                {"avrr-returns?from=" + YEAR + "-01-01", "to"}, {"avrr-returns?from=" + YEAR + "-02-30&to=" + YEAR + "-03-01", "from"},
                {"avrr-returns?from=" + YEAR + "-03-01&to=" + YEAR + "-02-01", "to"},
                {"avrr-returns?period=" + YEAR + "&by=nonsense", "by"}, {"avrr-returns?period=" + YEAR + "&filter=sex", "filter"},
                {"avrr-returns?period=" + YEAR + "&filter=colour:RED", "filter"},
                {"avrr-returns?period=" + YEAR + "&mission=" + OTHER.mission(), "mission"},
                {"avrr-returns/export?period=" + YEAR + "&format=docx", "format"},
                {"avrr-returns?period=" + YEAR + "&lang=de", "lang"}};
        for (String[] c : cases) {
            HttpResponse<String> answer = Api.get("/api/reports/" + c[0], manager);
            assertEquals(400, answer.statusCode(), c[0] + ": " + answer.body());
            assertEquals(List.of(c[1]), ApiInputIT.namedFields(answer), c[0] + ": " + answer.body());
        }
        assertEquals(404, Api.get("/api/reports/no-such-report?period=" + YEAR, manager).statusCode());

        WebClient page = new WebClient();
        WORLD.signIn(page, "manager");
        HttpResponse<String> bad = page.get("/reports.xhtml?report=avrr-returns&period=" + YEAR + "-13");
        assertEquals(200, bad.statusCode(), "the page shows the problem beside the field");
        assertTrue(bad.body().contains("Use a month (2026-11), a quarter (2026-Q4) or a year (2026).") && !bad.body().contains("report-count"),
                bad.body());
    }

    @Test
    void nobodyElseRunsReports() {
        for (String role : List.of("caseworker", "health", "admin")) {
            assertEquals(403, Api.get("/api/reports", WORLD.token(role)).statusCode(), role);
            assertEquals(403, Api.get("/api/reports/avrr-returns?period=" + YEAR, WORLD.token(role)).statusCode(), role);
            WebClient client = new WebClient();
            WORLD.signIn(client, role);
            HttpResponse<String> page = client.get("/reports.xhtml");
            assertEquals(403, page.statusCode(), role);
            assertTrue(page.body().contains("Not allowed"), "the 403 page");
            assertFalse(client.get("/index.xhtml").body().contains("nav-reports"), "no Reports menu for " + role);
        }
        WebClient manager = new WebClient();
        WORLD.signIn(manager, "manager");
        assertTrue(manager.get("/index.xhtml").body().contains("nav-reports"), "the manager's menu has Reports");
    }

    // ---- helpers

    private static JsonObject register(String token, World world, String type, String sex, int children, String movement,
                                       String origin, String destination) {
        String principal = CaseFixtures.person(CaseFixtures.unique("Rep"), CaseFixtures.unique("Ort"), "1990-05-17",
                CaseFixtures.unique("P"), "").replace("\"sex\":\"FEMALE\"", "\"sex\":\"" + sex + "\"");
        String members = children == 0 ? "[]" : "[{\"person\":" + CaseFixtures.person(CaseFixtures.unique("Child"),
                CaseFixtures.unique("Fam"), "2018-03-04", "", "").replace("\"documentType\":\"PASSPORT\",", "")
                + ",\"relationship\":\"CHILD\"}]";
        String move = "{\"originCountry\":\"" + origin + "\",\"destinationCountry\":\"" + destination
                + "\",\"plannedDeparture\":\"" + TODAY + "\",\"transportMeans\":\"AIR\",\"escort\":\"NONE\",\"status\":\""
                + movement + "\"" + (movement.equals("DEPARTED") ? ",\"actualDeparture\":\"" + TODAY + "\"" : "") + "}";
        String body = CaseFixtures.newCase(type, world.mission(), principal, members, true).replace(CaseFixtures.movement(), move);
        HttpResponse<String> created = Api.post("/api/cases", token, body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject json = World.object(created.body());
        MADE.add(new Made(type, sex, 1 + children, movement, origin, destination, world == WORLD ? json.getString("status") : null));
        return json;
    }

    private static Map<String, Long> expected(Predicate<Made> counted, Function<Made, String> by) {
        return MADE.stream().filter(counted).collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }

    private static JsonObject run(String token, String report, String query) {
        HttpResponse<String> answer = Api.get("/api/reports/" + report + "?period=" + YEAR + (query.isEmpty() ? "" : "&" + query), token);
        assertEquals(200, answer.statusCode(), report + "?" + query + ": " + answer.body());
        return World.object(answer.body());
    }

    /** value → count of the world's mission. */
    private static Map<String, Long> figures(JsonObject report) {
        Map<String, Long> figures = new TreeMap<>();
        for (JsonValue row : report.getJsonArray("rows")) {
            JsonObject r = row.asJsonObject();
            assertEquals(WORLD.mission(), r.getString("mission"));
            figures.put(r.getString("value"), r.getJsonNumber("count").longValue());
        }
        return figures;
    }

    private static Map<String, Long> csvFigures(String text) throws java.io.IOException {
        Map<String, Long> figures = new TreeMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').get().parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            assertTrue(records.get(0).getComment().contains("Missions: " + WORLD.mission()), records.get(0).getComment());
            assertTrue(records.get(0).getComment().contains("Period: " + YEAR), records.get(0).getComment());
            assertTrue(records.get(0).getComment().contains("Generated: "), records.get(0).getComment());
            for (CSVRecord record : records.subList(1, records.size())) {
                if (!record.get(1).equals("Total")) {
                    figures.put(record.get(1), Long.parseLong(record.get(2)));
                }
            }
        }
        return figures;
    }

    /** The page's table: value (its code; the page shows its label) and count of each row, in order (HTML, not JSON). */
    private static Map<String, Long> pageFigures(String html) {
        Map<String, Long> figures = new TreeMap<>();
        Matcher row = Pattern.compile("class=\"report-value\" data-code=\"([^\"]*)\">[^<]*</span>.*?class=\"report-count\">\\s*([0-9]+)\\s*</span>",
                Pattern.DOTALL).matcher(html);
        while (row.find()) {
            figures.put(row.group(1), Long.parseLong(row.group(2)));
        }
        return figures;
    }

    private static long exports() throws Exception {
        return AreaFixtures.count("select count(*) from camino.access_log where event = 'REPORT_EXPORTED' and username = '"
                + WORLD.username("manager") + "'");
    }

    private static HttpResponse<byte[]> download(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
