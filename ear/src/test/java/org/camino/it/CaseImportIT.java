package org.camino.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import through the API, in a mission of its own: templates; a file
 * with bad rows imports nothing and names each row and column; a good file
 * (CSV, XLSX, 10,000 rows) imports fully, the cases searchable and readable
 * with the history line; likely duplicates are flagged and must be decided;
 * the same file twice is refused; bad files get clear 400s; another mission,
 * a role without case:import, and no sign-in are refused.
 */
@ExtendWith(DeployedCamino.class)
class CaseImportIT {

    /** HTTP/1.1: the default HTTP/2 upgrade (h2c) of a POST with a binary body can leave WildFly waiting for it. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final String HEADER = "givenName,familyName,dateOfBirth,sex,nationality,documentType,documentNumber,"
            + "documentCountry,phone,movement.originCountry,movement.destinationCountry,movement.plannedDeparture,"
            + "consentPurpose";

    private static World WORLD;
    private static World OTHER;

    @BeforeAll
    static void worlds() {
        WORLD = World.create();
        OTHER = World.create();
    }

    @Test
    void templatesComeAsCsvAndAsXlsxWithTheCodeListsAsDropDowns() throws IOException {
        String token = WORLD.token("caseworker");
        HttpResponse<byte[]> csv = bytes(get("/api/imports/template?type=RST&format=csv", token));
        assertEquals(200, csv.statusCode());
        String header = new String(csv.body(), StandardCharsets.UTF_8).strip();
        assertTrue(header.startsWith("givenName,familyName,dateOfBirth"), header);
        assertTrue(header.contains("movement.destinationCountry") && header.contains("consentPurpose"), header);

        HttpResponse<byte[]> xlsx = bytes(get("/api/imports/template?type=CTA&format=xlsx&lang=fr", token));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("CTA", sheet.getSheetName());
            assertEquals(header, String.join(",", cells(sheet.getRow(0))));
            assertTrue(sheet.getDataValidations().size() >= 10, "a drop-down per code column");
            assertTrue(sheet.getDataValidations().stream()
                    .anyMatch(v -> "codes_SEX".equals(v.getValidationConstraint().getFormula1())));
            XSSFSheet codes = workbook.getSheet("codes");
            boolean french = false;
            for (Row row : codes) {
                french |= cells(row).contains("Féminin") || cells(row).contains("Femme");
            }
            assertTrue(french, "code labels in the user's language");
        }
        assertEquals(400, Api.get("/api/imports/template?type=XYZ&format=csv", token).statusCode());
        assertEquals(400, Api.get("/api/imports/template?type=RST&format=pdf", token).statusCode());
    }

    @Test
    void aFileWithSomeBadRowsImportsNothingAndReportsEachBadRowAndColumn() {
        String family = CaseFixtures.unique("Bad");
        String csv = HEADER + "\n"
                + row("Amina", family, "1990-02-03", "FEMALE", "D" + family + "1") + "\n"
                + row("Omar", family, "1985-05-06", "X", "D" + family + "2") + "\n"
                + row("Leila", family, "31/12/1990", "FEMALE", "D" + family + "3").replace(",CAN,", ",ZZZ,") + "\n"
                + row("Hassan", family, "2101-01-01", "MALE", "D" + family + "4") + "\n";
        String token = WORLD.token("caseworker");
        HttpResponse<String> dryRun = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission() + "&lang=es", token, csv);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonObject report = World.object(dryRun.body());
        assertFalse(report.getBoolean("importable"));
        assertEquals(4, report.getInt("rows"));
        assertEquals(Set.of("3 sex", "4 dateOfBirth", "4 movement.destinationCountry", "5 dateOfBirth"),
                problems(report.getJsonArray("problems")));
        String dateMessage = report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("column").equals("dateOfBirth") && p.getInt("row") == 4)
                .findFirst().orElseThrow().getString("message");
        assertTrue(dateMessage.contains("AAAA-MM-DD"), "Spanish: " + dateMessage);

        HttpResponse<String> imported = post(importPath(WORLD, "RST", "bad.csv", ""), token, csv);
        assertEquals(400, imported.statusCode(), imported.body());
        JsonObject refused = World.object(imported.body());
        assertEquals(Set.of("3 sex", "4 dateOfBirth", "4 movement.destinationCountry", "5 dateOfBirth"),
                problems(refused.getJsonArray("fields")));
        assertEquals(0, search(token, "Amina " + family).size(), "not even the good row was saved");
    }

    @Test
    void aGoodCsvImportsFullyAndItsCasesAreSearchableReadableAndSayWhereTheyCameFrom() {
        String family = CaseFixtures.unique("Good");
        String csv = HEADER + "\n"
                + row("Amina", family, "1990-02-03", "FEMALE", "D" + family + "1") + "\n"
                + row("Omar", family, "1985-05-06", "MALE", "D" + family + "2") + "\n"
                + ",,,,,,,,,,,,\n"
                + row("Leila", family, "2001-07-08", "FEMALE", "D" + family + "3") + "\n";
        String token = WORLD.token("caseworker");
        HttpResponse<String> dryRun = post("/api/imports/dry-run?type=AVR&mission=" + WORLD.mission(), token, csv);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertTrue(World.object(dryRun.body()).getBoolean("importable"), dryRun.body());
        assertEquals(0, search(token, "Amina " + family).size(), "the dry run saved nothing");

        JsonObject done = importAndWait(WORLD, token, "AVR", "good " + family + ".csv", "", csv);
        assertEquals(3, done.getInt("rowsTotal"));
        assertEquals(3, done.getInt("rowsDone"));
        JsonObject logged = World.array(Api.get("/api/admin/access-log?limit=1000", WORLD.token("admin")).body()).stream()
                .map(JsonValue::asJsonObject).filter(e -> "CASES_IMPORT_STARTED".equals(e.getString("event")))
                .filter(e -> WORLD.username("caseworker").equals(e.getString("username", null)))
                .filter(e -> e.getString("detail", "").startsWith("mission=" + WORLD.mission() + " type=AVR "))
                .findFirst().orElseThrow(() -> new AssertionError("the import is in the access log"));
        assertTrue(logged.getString("detail").endsWith(" rows=3 skipped=0"), logged.toString());
        assertFalse(logged.toString().contains(family), "the file's hash, never its name: " + logged);

        JsonArray found = search(token, "Leila " + family);
        assertEquals(1, found.size(), found.toString());
        String number = found.getJsonObject(0).getString("number");
        assertTrue(number.startsWith(WORLD.mission() + "-AVR-"), number);
        HttpResponse<String> read = Api.get("/api/cases/" + number, token);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject caseFile = World.object(read.body());
        assertEquals("Leila", caseFile.getJsonArray("household").getJsonObject(0).getJsonObject("person").getString("givenName"));
        assertEquals("Imported from good " + family + ".csv, row 5",
                caseFile.getJsonArray("statusHistory").getJsonObject(0).getString("reason"));
        assertEquals(WORLD.username("caseworker"), caseFile.getJsonArray("statusHistory").getJsonObject(0).getString("by"));
        assertEquals(1, search(token, "D" + family + "1", "document").size(), "found by document number (blind index)");
    }

    @Test
    void aGoodXlsxImportsWithItsDateCells() throws IOException {
        String family = CaseFixtures.unique("Xlsx");
        byte[] xlsx = xlsx(sheet -> {
            Row header = sheet.createRow(0);
            String[] names = HEADER.split(",");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            String[] values = row("Farah", family, "", "FEMALE", "D" + family).split(",", -1);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            var style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            row.getCell(2).setCellValue(java.time.LocalDate.of(1992, 4, 5));
            row.getCell(2).setCellStyle(style);
        });
        String token = WORLD.token("caseworker");
        JsonObject done = importAndWait(WORLD, token, "RST", "farah.xlsx", "", xlsx);
        assertEquals(1, done.getInt("rowsDone"));
        JsonObject found = search(token, "Farah " + family).getJsonObject(0);
        JsonObject caseFile = World.object(Api.get("/api/cases/" + found.getString("number"), token).body());
        assertEquals("1992-04-05", caseFile.getJsonArray("household").getJsonObject(0).getJsonObject("person").getString("dateOfBirth"));
    }

    @Test
    void likelyDuplicatesAreFlaggedAndEachMustBeSkippedOrConfirmed() {
        String family = CaseFixtures.unique("Dup");
        String token = WORLD.token("caseworker");
        String known = CaseFixtures.register(token, "RST", WORLD.mission(),
                CaseFixtures.person("Known", family, "1980-01-01", "K" + family, ""));
        String csv = HEADER + "\n"
                + row("Someone", "Else" + family, "1970-01-01", "MALE", "K" + family) + "\n"     // same document as a case
                + row("Nadia", family, "1995-03-03", "FEMALE", "N" + family + "1") + "\n"
                + row("Nadia", family, "1995-03-03", "FEMALE", "N" + family + "2") + "\n"       // same as row 3
                + row("Yusuf", family, "1999-09-09", "MALE", "Y" + family) + "\n";
        HttpResponse<String> dryRun = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, csv);
        JsonObject report = World.object(dryRun.body());
        assertTrue(report.getBoolean("importable"));
        List<JsonObject> duplicates = report.getJsonArray("duplicates").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 4), duplicates.stream().map(d -> d.getInt("row")).toList());
        assertEquals(CaseFixtures.number(known), duplicates.get(0).getJsonArray("matches").getJsonObject(0).getString("caseNumber"));
        assertEquals(3, duplicates.get(1).getJsonArray("sameAsRows").getInt(0));

        HttpResponse<String> undecided = post(importPath(WORLD, "RST", "dups.csv", "&skip=2"), token, csv);
        assertEquals(409, undecided.statusCode(), undecided.body());
        assertEquals(List.of(4), World.object(undecided.body()).getJsonObject("report").getJsonArray("duplicates")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getInt("row")).toList());
        assertEquals(0, search(token, "Yusuf " + family).size());

        assertEquals(400, post(importPath(WORLD, "RST", "dups.csv", "&skip=2&confirm=2,4"), token, csv).statusCode());
        assertEquals(400, post(importPath(WORLD, "RST", "dups.csv", "&skip=2,99&confirm=4"), token, csv).statusCode());

        JsonObject done = importAndWait(WORLD, token, "RST", "dups.csv", "&skip=2&confirm=4", csv);
        assertEquals(3, done.getInt("rowsDone"), "row 2 skipped");
        assertEquals(0, search(token, "Someone Else" + family).size());
        assertEquals(2, search(token, "Nadia " + family).size(), "row 4 confirmed");
    }

    @Test
    void theDryRunFindsForEachRowTheLikelyDuplicatesTheRegistrationWarningFinds() {
        String family = CaseFixtures.unique("Same");
        String token = WORLD.token("caseworker");
        CaseFixtures.register(token, "RST", WORLD.mission(), CaseFixtures.person("Amina", family, "1985-05-05", "A" + family, ""));
        CaseFixtures.register(token, "RST", WORLD.mission(), CaseFixtures.person("Omar", family, "1970-07-07", "O" + family, ""));
        CaseFixtures.register(token, "RST", WORLD.mission(), CaseFixtures.person("Amina", family, "1985-05-05", "A2" + family, ""));
        List<List<String>> people = List.of(
                List.of("Someone", "New" + family, "1960-01-01", "A" + family),   // a known document
                List.of("Amina", family, "1985-05-05", "X1" + family),            // a known name and birth year, twice
                List.of("Aminah", family, "1985-05-05", "X2" + family),           // another spelling
                List.of("Omar", family, "1971-01-01", "X3" + family),             // a known name, another birth year
                List.of("Omar", family, "1970-07-07", "O" + family),              // document, name and year
                List.of("Nobody", CaseFixtures.unique("Else"), "1999-09-09", "X4" + family));
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        people.forEach(p -> csv.append(row(p.get(0), p.get(1), p.get(2), "FEMALE", p.get(3))).append('\n'));
        HttpResponse<String> dryRun = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, csv);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        java.util.Map<Integer, JsonArray> flagged = new java.util.HashMap<>();
        World.object(dryRun.body()).getJsonArray("duplicates").getValuesAs(JsonObject.class)
                .forEach(d -> flagged.put(d.getInt("row"), d.getJsonArray("matches")));
        int withMatches = 0;
        for (int i = 0; i < people.size(); i++) {
            List<String> p = people.get(i);
            HttpResponse<String> warning = Api.post("/api/cases/duplicates", token,
                    CaseFixtures.person(p.get(0), p.get(1), p.get(2), p.get(3), ""));
            assertEquals(200, warning.statusCode(), warning.body());
            JsonArray expected = World.array(warning.body());
            assertEquals(expected, flagged.getOrDefault(i + 2, JsonValue.EMPTY_JSON_ARRAY), "row " + (i + 2));
            withMatches += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withMatches >= 3, "the file has rows the warning flags: " + flagged);
        assertTrue(flagged.getOrDefault(7, JsonValue.EMPTY_JSON_ARRAY).isEmpty(), "a new person is no duplicate");
    }

    @Test
    void aPersonRegisteredBetweenTheDryRunAndTheImportIsFlaggedWhenTheImportIsAccepted() {
        String family = CaseFixtures.unique("Between");
        String token = WORLD.token("caseworker");
        String csv = HEADER + "\n" + row("Layla", family, "1993-03-03", "FEMALE", "L" + family) + "\n"
                + row("Samir", family, "1994-04-04", "MALE", "S" + family) + "\n";
        JsonObject report = World.object(post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, csv).body());
        assertTrue(report.getBoolean("importable"));
        assertTrue(report.getJsonArray("duplicates").isEmpty(), report.toString());

        // meanwhile someone registers the person of row 3: the dry run's lookups no longer hold
        String registered = CaseFixtures.register(token, "RST", WORLD.mission(),
                CaseFixtures.person("Samir", "Other" + family, "1960-06-06", "S" + family, ""));
        HttpResponse<String> refused = post(importPath(WORLD, "RST", "between.csv", ""), token, csv);
        assertEquals(409, refused.statusCode(), refused.body());
        List<JsonObject> duplicates = World.object(refused.body()).getJsonObject("report").getJsonArray("duplicates")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(3), duplicates.stream().map(d -> d.getInt("row")).toList());
        assertEquals(CaseFixtures.number(registered),
                duplicates.get(0).getJsonArray("matches").getJsonObject(0).getString("caseNumber"));
        assertEquals(0, search(token, "Layla " + family).size(), "nothing imported");
    }

    @Test
    void theSameFileImportedTwiceIsRefusedTheSecondTime() {
        String family = CaseFixtures.unique("Twice");
        String csv = HEADER + "\n" + row("Zainab", family, "1991-01-01", "FEMALE", "T" + family) + "\n";
        String token = WORLD.token("caseworker");
        importAndWait(WORLD, token, "RST", "once.csv", "", csv);
        HttpResponse<String> again = post(importPath(WORLD, "RST", "again.csv", ""), token, csv);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("import.alreadyImported", World.object(again.body()).getString("code"));
        HttpResponse<String> dryRun = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, csv);
        assertFalse(World.object(dryRun.body()).getBoolean("importable"));
        assertTrue(World.object(dryRun.body()).containsKey("alreadyImported"));
        assertEquals(1, search(token, "Zainab " + family).size());
    }

    @Test
    void badFilesGetAClearMessageNamingTheFileAndWhere() throws IOException {
        String token = WORLD.token("caseworker");
        String good = row("Amina", "Yusuf", "1990-02-03", "FEMALE", "X1");
        assertRefused(token, (HEADER + "\n" + good.replace("Yusuf", "=1+1") + "\n").getBytes(StandardCharsets.UTF_8),
                "import.file.formula", "Row 2, column familyName");
        assertRefused(token, (HEADER + "\n" + good.replace("Amina", "Zoë") + "\n").getBytes(StandardCharsets.ISO_8859_1),
                "import.file.notUtf8", "UTF-8");
        assertRefused(token, ("givenName,sex,colour\nAmina,FEMALE,blue\n").getBytes(StandardCharsets.UTF_8),
                "import.file.unknownColumn", "colour");
        assertRefused(token, ("givenName,familyName\nAmina,Yusuf\n").getBytes(StandardCharsets.UTF_8),
                "import.file.missingColumn", "sex");
        byte[] emptyRows = (HEADER + "\n" + good + "\n" + ",,,,,,,,,,,,\n".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(emptyRows.length > 10 * 1024 * 1024, "this one is over the size limit");
        assertOverTheLimit(token, emptyRows);
        long started = System.nanoTime();
        HttpResponse<String> manyEmpty = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token,
                (HEADER + "\n" + good + "\n" + "\n".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, manyEmpty.statusCode(), manyEmpty.body());
        assertEquals(1, World.object(manyEmpty.body()).getInt("rows"), "a million empty rows ignored");
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "and quickly");

        assertRefused(token, xlsx(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("givenName");
            sheet.getRow(0).createCell(1).setCellValue("sex");
            sheet.createRow(1).createCell(0).setCellFormula("\"Ami\"&\"na\"");
        }), "import.file.formula", "Row 2, column givenName");
        assertRefused(token, xlsx(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("givenName");
            sheet.getRow(0).createCell(1).setCellValue("sex");
            sheet.createRow(1).createCell(0).setCellValue("Amina");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        }), "import.file.mergedCells", "B2:B3");
        HttpResponse<String> empty = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, new byte[0]);
        assertEquals(400, empty.statusCode());
        assertEquals("body", World.object(empty.body()).getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    @Test
    void anotherMissionARoleWithoutTheImportPermissionAndNoSignInAreRefused() {
        String family = CaseFixtures.unique("Break");
        String csv = HEADER + "\n" + row("Amina", family, "1990-02-03", "FEMALE", "B" + family) + "\n";
        String caseworker = WORLD.token("caseworker");
        assertEquals(403, post("/api/imports/dry-run?type=RST&mission=" + OTHER.mission(), caseworker, csv).statusCode());
        assertEquals(403, post(importPath(OTHER, "RST", "x.csv", ""), caseworker, csv).statusCode());
        assertEquals(403, post(importPath(WORLD, "RST", "x.csv", ""), WORLD.token("manager"), csv).statusCode(),
                "managers register no case, so they import none");
        assertEquals(403, post(importPath(WORLD, "RST", "x.csv", ""), WORLD.token("health"), csv).statusCode(),
                "a health practitioner imports health cases only");
        assertEquals(403, post(importPath(WORLD, "RST", "x.csv", ""), WORLD.token("admin"), csv).statusCode());
        assertEquals(401, post(importPath(WORLD, "RST", "x.csv", ""), null, csv).statusCode());
        assertEquals(0, search(caseworker, "Amina " + family).size());

        JsonObject done = importAndWait(WORLD, caseworker, "RST", "mine.csv", "", csv);
        assertEquals(404, Api.get("/api/imports/" + done.getInt("id"), OTHER.token("caseworker")).statusCode());
        assertEquals(403, Api.get("/api/imports?mission=" + WORLD.mission(), OTHER.token("caseworker")).statusCode());
        assertEquals(400, Api.get("/api/imports/abc", caseworker).statusCode());
    }

    @Test
    void tenThousandRowsImportFully() {
        String family = CaseFixtures.unique("Ten");
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(row("P" + i, family, "1990-01-01", i % 2 == 0 ? "FEMALE" : "MALE", family + "-" + i)).append('\n');
        }
        World world = World.create();
        String token = world.token("caseworker");
        long started = System.nanoTime();
        JsonObject done = importAndWait(world, token, "RST", "ten-thousand.csv", "", csv.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("10,000-row import (dry-run checks + import): %.1f s, %.0f rows/s%n", seconds, 10_000 / seconds);
        assertEquals(10_000, done.getInt("rowsDone"));
        JsonObject page = World.object(Api.get("/api/cases?mission=" + world.mission() + "&limit=1", token).body());
        assertEquals(10_000, page.getJsonNumber("total").longValue());
        assertEquals(1, search(token, family + "-9999", "document").size());
    }

    // --- helpers

    /** A row of {@link #HEADER}: a resettlement from Kenya to Canada, consent for case management. */
    static String row(String given, String family, String dateOfBirth, String sex, String document) {
        return String.join(",", given, family, dateOfBirth, sex, "SOM", "PASSPORT", document, "SOM", "",
                "KEN", "CAN", "2027-03-01", "CASE_MANAGEMENT");
    }

    static String importPath(World world, String type, String fileName, String more) {
        return "/api/imports?type=" + type + "&mission=" + world.mission() + "&fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + more;
    }

    private static JsonObject importAndWait(World world, String token, String type, String fileName, String more, Object file) {
        HttpResponse<String> started = post(importPath(world, type, fileName, more), token, file);
        assertEquals(202, started.statusCode(), started.body());
        int id = World.object(started.body()).getInt("id");
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject status = World.object(Api.get("/api/imports/" + id, token).body());
            if (status.getString("status").equals("DONE")) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " not done within 5 minutes");
    }

    private static void assertRefused(String token, byte[] file, String code, String inMessage) {
        HttpResponse<String> response = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, file);
        assertEquals(400, response.statusCode(), response.body());
        JsonObject field = World.object(response.body()).getJsonArray("fields").getJsonObject(0);
        assertEquals("file", field.getString("field"));
        assertEquals(code, field.getString("code"));
        assertTrue(field.getString("message").contains(inMessage), field.getString("message"));
    }

    private static Set<String> problems(JsonArray problems) {
        return problems.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + " " + p.getString("column")).collect(Collectors.toSet());
    }

    private static JsonArray search(String token, String value) {
        return search(token, value, "name");
    }

    private static JsonArray search(String token, String value, String by) {
        HttpResponse<String> found = Api.get("/api/cases/search?by=" + by + "&value="
                + URLEncoder.encode(value, StandardCharsets.UTF_8), token);
        assertEquals(200, found.statusCode(), found.body());
        JsonArray rows = World.array(found.body());
        if (!by.equals("name")) {
            return rows;
        }
        // a name search also ranks partial matches: keep the exact ones
        return jakarta.json.Json.createArrayBuilder(rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> "exact".equals(r.getString("matched", ""))).toList()).build();
    }

    /**
     * A body over the server's limit is refused: 413 (or 400) when the server answers before the client has sent it
     * all, or the connection closed by the server while the client was still sending (it stops reading at the
     * limit; which of the two a client sees is a race). Either way nothing is read further, and the next request is
     * served (the test goes on).
     */
    private static void assertOverTheLimit(String token, byte[] body) {
        try {
            HttpResponse<String> tooBig = post("/api/imports/dry-run?type=RST&mission=" + WORLD.mission(), token, body);
            assertTrue(tooBig.statusCode() == 400 || tooBig.statusCode() == 413, tooBig.statusCode() + " " + tooBig.body());
        } catch (AssertionError e) {
            if (!(e.getCause() instanceof IOException)) {
                throw e;
            }
        }
    }

    static HttpResponse<String> post(String path, String token, Object body) {
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path))
                .timeout(Duration.ofSeconds(600))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path)).header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    private interface SheetFill {
        void fill(XSSFSheet sheet);
    }

    private static byte[] xlsx(SheetFill fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.fill(workbook.createSheet("cases"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
