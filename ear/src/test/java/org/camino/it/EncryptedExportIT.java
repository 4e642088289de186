package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/cases/export/encrypted and the case list's password dialog: the
 * mission manager's case list comes back as an XLSX that POI decrypts with
 * the password (Agile, AES-256) into the same rows as the plain export, that
 * a wrong password does not open, and whose bytes hold none of the test's
 * names; a short or missing password is a 400 naming it; others are refused;
 * each export is in the access log and the password nowhere (access log,
 * server logs, database). In Chromium, the dialog's messages beside their
 * fields (screenshot {@code case-list-encrypted-export-dialog}).
 */
@ExtendWith(DeployedCamino.class)
class EncryptedExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "Tangerine-Harbour-" + CaseFixtures.unique("pw");

    private static World world;
    private static World other;
    private static final List<String> NAMES = new ArrayList<>();
    private static String traffickingCase;

    @BeforeAll
    static void registerCases() {
        world = World.create();
        other = World.create();
        String caseworker = world.token("caseworker");
        for (String type : List.of("RST", "RST", "AVR")) {
            String given = CaseFixtures.unique("Hodan");
            NAMES.add(given);
            JsonObject person = World.object(CaseFixtures.person("x", "y", "1985-01-02", CaseFixtures.unique("P"), ""));
            CaseFixtures.register(caseworker, type, world.mission(),
                    Json.createObjectBuilder(person).add("givenName", given).build().toString());
        }
        traffickingCase = AreaFixtures.newCase(world.token("ctofficer"), "CTA", world.mission());
    }

    @Test
    void theFileDecryptsWithThePasswordIntoTheListsRowsAndHoldsNoClearName() throws Exception {
        HttpResponse<byte[]> file = exportEncrypted(world.token("manager"), body(world.mission(), PASSWORD, "xlsx"));
        assertEquals(200, file.statusCode(), new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("_encrypted.xlsx"), file.headers().toString());
        assertEquals("3", file.headers().firstValue("X-Export-Rows").orElse(""), "the manager's three cases, not the CT case");

        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(file.body()))) {
            EncryptionInfo info = new EncryptionInfo(container);
            assertEquals(EncryptionMode.agile, info.getEncryptionMode());
            assertEquals(CipherAlgorithm.aes256, info.getHeader().getCipherAlgorithm());
            assertFalse(Decryptor.getInstance(info).verifyPassword(PASSWORD + "x"), "a wrong password does not open it");
        }
        assertThrows(EncryptedDocumentException.class,
                () -> WorkbookFactory.create(new ByteArrayInputStream(file.body()), "not-the-password"));

        List<List<String>> decrypted = caseRows(WorkbookFactory.create(new ByteArrayInputStream(file.body()), PASSWORD));
        HttpResponse<byte[]> plain = download(world.token("manager"), "/api/cases/export?format=xlsx&mission=" + world.mission());
        assertEquals(200, plain.statusCode());
        List<List<String>> plainRows = caseRows(WorkbookFactory.create(new ByteArrayInputStream(plain.body())));
        assertEquals(plainRows, decrypted, "the same rows as the plain export of the whole list");
        assertEquals(3, decrypted.size());
        for (String name : NAMES) {
            assertTrue(decrypted.stream().anyMatch(r -> r.get(1).startsWith(name + " ")), name + " in " + decrypted);
        }
        assertFalse(decrypted.stream().anyMatch(r -> r.get(0).equals(traffickingCase)), "no CT case for a manager");

        for (String clear : clearTexts()) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
                assertFalse(new String(file.body(), charset).contains(clear), "no clear " + clear + " in the file");
            }
        }
    }

    @Test
    void aShortOrMissingPasswordIsA400NamingIt() {
        String manager = world.token("manager");
        String[][] cases = {{body(world.mission(), "eleven-char", "xlsx"), "password"},
                {body(world.mission(), null, "xlsx"), "password"},
                {body(world.mission(), "x".repeat(257), "xlsx"), "password"},
                {body(world.mission(), PASSWORD, "csv"), "format"},
                {body(null, PASSWORD, "xlsx"), "mission"},
                {body("K3N", PASSWORD, "xlsx"), "mission"}};
        for (String[] c : cases) {
            HttpResponse<String> answer = Api.post("/api/cases/export/encrypted", manager, c[0]);
            assertEquals(400, answer.statusCode(), c[0] + ": " + answer.body());
            assertEquals(List.of(c[1]), ApiInputIT.namedFields(answer), answer.body());
        }
        HttpResponse<String> tooShort = Api.post("/api/cases/export/encrypted", manager, body(world.mission(), "short", null));
        assertTrue(tooShort.body().contains("at least 12 characters"), tooShort.body());
        HttpResponse<String> empty = Api.post("/api/cases/export/encrypted", manager, "");
        assertEquals(400, empty.statusCode());
        assertEquals(List.of("body"), ApiInputIT.namedFields(empty));
        HttpResponse<String> noFormat = Api.post("/api/cases/export/encrypted", manager, body(world.mission(), PASSWORD, null));
        assertEquals(200, noFormat.statusCode(), "no format means xlsx");
    }

    @Test
    void onlyTheMissionsManagerExportsIt() throws Exception {
        String request = body(world.mission(), PASSWORD, "xlsx");
        for (String role : List.of("caseworker", "ctofficer", "health")) {
            assertEquals(403, exportEncrypted(world.token(role), request).statusCode(), role);
        }
        assertEquals(403, exportEncrypted(other.token("manager"), request).statusCode(), "another mission's manager");
        assertEquals(401, exportEncrypted(null, request).statusCode(), "nobody signed in");
    }

    @Test
    void theExportIsLoggedAndThePasswordIsNowhere() throws Exception {
        assertEquals(200, exportEncrypted(world.token("manager"), body(world.mission(), PASSWORD, "xlsx")).statusCode());
        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=1000", world.token("admin")).body());
        List<JsonObject> exports = log.stream().map(JsonValue::asJsonObject)
                .filter(e -> "CASE_LIST_EXPORTED".equals(e.getString("event")))
                .filter(e -> world.username("manager").equals(e.getString("username", null)))
                .filter(e -> e.getString("detail", "").startsWith("format=xlsx-aes256 mission=" + world.mission() + " "))
                .toList();
        assertFalse(exports.isEmpty(), "logged: " + log);
        assertTrue(exports.get(0).getString("detail").endsWith(" rows=3"), exports.get(0).toString());
        assertEquals("case-list:" + world.mission(), exports.get(0).getString("target"));

        assertFalse(log.toString().contains(PASSWORD), "not in the access log");
        for (Path serverLog : serverLogs()) {
            assertFalse(Files.exists(serverLog) && Files.readString(serverLog, StandardCharsets.ISO_8859_1).contains(PASSWORD),
                    "not in " + serverLog);
        }
        String tables = AreaFixtures.dumpAllTables();
        assertFalse(tables.contains(PASSWORD), "not stored in any table");
        for (String name : NAMES) {
            assertFalse(log.toString().contains(name), "no name in the access log");
        }
    }

    @Test
    void theDialogAsksThePasswordTwiceWithMessagesBesideTheFields() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            manager.open("/cases/list.xhtml");
            manager.press(By.id("export:menu_button"));
            manager.press(By.id("export:encrypted"));
            manager.text("encrypted:password");
            manager.type("encrypted:password", "too-short");
            manager.type("encrypted:repeat", "too-short");
            manager.press("encrypted:export");
            assertEquals("Choose a password of at least 12 characters.", manager.messageBeside("encrypted:password"));
            assertEquals(CaseworkerPages.FIELD_MESSAGE_LOOK, manager.messageLook("encrypted:password"));
            assertEquals("", manager.value("encrypted:password"), "the password is not sent back");

            manager.type("encrypted:password", PASSWORD);
            manager.type("encrypted:repeat", PASSWORD + "!");
            manager.press("encrypted:export");
            assertEquals("The two passwords differ: type the same password twice.", manager.messageBeside("encrypted:repeat"));
            manager.screenshot("case-list-encrypted-export-dialog");

            long before = loggedEncryptedExports();
            manager.type("encrypted:password", PASSWORD);
            manager.type("encrypted:repeat", PASSWORD);
            manager.press("encrypted:export");
            long deadline = System.currentTimeMillis() + 20_000;
            while ((loggedEncryptedExports() == before || browser.driver().findElement(By.id("encryptedBox")).isDisplayed())
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertFalse(browser.driver().findElement(By.id("encryptedBox")).isDisplayed(), "the dialog closes");
            assertEquals(before + 1, loggedEncryptedExports(), "the dialog's export is the encrypted export, logged once");
        }
    }

    // ---- helpers

    private static long loggedEncryptedExports() {
        return World.array(Api.get("/api/admin/access-log?limit=1000", world.token("admin")).body()).stream()
                .map(JsonValue::asJsonObject).filter(e -> "CASE_LIST_EXPORTED".equals(e.getString("event")))
                .filter(e -> world.username("manager").equals(e.getString("username", null)))
                .filter(e -> e.getString("detail", "").startsWith("format=xlsx-aes256 ")).count();
    }

    /** The given names and case numbers of the test's cases: none may be readable in the file. */
    private static List<String> clearTexts() {
        List<String> texts = new ArrayList<>(NAMES);
        JsonObject page = World.object(Api.get("/api/cases?limit=50&mission=" + world.mission(), world.token("manager")).body());
        page.getJsonArray("rows").stream().map(JsonValue::asJsonObject).forEach(r -> texts.add(r.getString("number")));
        assertEquals(NAMES.size() * 2, texts.size(), texts.toString());
        return texts;
    }

    /** The rows below the header row ("Case number"), each cell as text, dates as ISO days. */
    private static List<List<String>> caseRows(Workbook workbook) throws IOException {
        try (workbook) {
            List<List<String>> rows = new ArrayList<>();
            boolean table = false;
            for (Row row : workbook.getSheetAt(0)) {
                Cell first = row.getCell(0);
                if (table) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < 8; c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.getStringCellValue());
                    }
                    rows.add(values);
                }
                table |= first != null && "Case number".equals(first.getStringCellValue());
            }
            assertTrue(table, "a header row");
            return rows;
        }
    }

    private static String body(String mission, String password, String format) {
        var json = Json.createObjectBuilder();
        if (mission != null) {
            json.add("mission", mission);
        }
        if (password != null) {
            json.add("password", password);
        }
        if (format != null) {
            json.add("format", format);
        }
        return json.build().toString();
    }

    private static HttpResponse<byte[]> exportEncrypted(String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + "/api/cases/export/encrypted"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> download(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Path> serverLogs() {
        Path base = DeployedCamino.server().serverBase();
        List<Path> logs = new ArrayList<>(List.of(base.resolve("console.log")));
        try (Stream<Path> files = Files.exists(base.resolve("log")) ? Files.list(base.resolve("log")) : Stream.empty()) {
            files.filter(Files::isRegularFile).forEach(logs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logs;
    }
}
