package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.camino.it.AreaFixtures.change;
import static org.camino.it.AreaFixtures.day;
import static org.camino.it.AreaFixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /api/cases/export/htcds: counter-trafficking cases the test registers
 * through the API come back as HTCDS v2.0 CSV, read with Commons CSV: the
 * standard's field names as the header, each case's values in the
 * standard's codes, empty columns for what Camino does not hold, a name typed
 * as a formula quoted; only a counter-trafficking officer of the mission gets
 * the file (manager, caseworker, another mission's officer: 403; nobody
 * signed in: 401); each export is in the access log with its rows.
 */
@ExtendWith(DeployedCamino.class)
class HtcdsExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FORMULA = "=HYPERLINK(\"http://attacker.test/\",\"x\")";

    private static World world;
    private static World other;
    // the cases are told apart by their identity document numbers (HTCDS has no case number)
    private static String closedDocument;
    private static String closedGiven;
    private static String closedFamily;
    private static String activeDocument;
    private static String resettlementCase;

    @BeforeAll
    static void registerCases() {
        world = World.create();
        other = World.create();
        String ct = world.token("ctofficer");

        closedDocument = CaseFixtures.unique("D");
        closedGiven = CaseFixtures.unique("Amina");
        closedFamily = CaseFixtures.unique("Warsame");
        String closed = CaseFixtures.number(register(ct, closedGiven, closedFamily, "FEMALE", closedDocument));
        String path = "/api/cases/" + closed + "/trafficking";
        ok(Api.put(path, ct, change("null", "{\"traffickingStatus\":\"ActualVictimOfTrafficking\",\"statusDecidedBy\":\"NGO\","
                + "\"exploitationTypes\":[\"ForcedLabour\",\"SexualExploitation\"],\"forcedLabourIndustry\":\"F_Construction\","
                + "\"sexExploitationTypes\":[\"Prostitution\"],\"controlMethods\":[\"DebtBondage\",\"WithholdsDocuments\"],"
                + "\"recruitmentMethods\":[\"ThroughOnlineSocialNetworks\"],\"relationshipToTrafficker\":\"Acquainted\","
                + "\"narrative\":\"recruited online\"}")));
        ok(Api.post(path + "/referrals", ct, "{\"direction\":\"INCOMING\",\"organisationType\":\"LawEnforcement\","
                + "\"reason\":\"MigrationOrChangeOfLocation\",\"referredOn\":\"" + day(60) + "\",\"note\":\"found at the border\"}"));
        ok(Api.post(path + "/referrals", ct, "{\"direction\":\"OUTGOING\",\"organisationType\":\"NGO\","
                + "\"reason\":\"Other\",\"referredOn\":\"" + day(20) + "\",\"note\":\"an earlier shelter\"}"));
        ok(Api.post(path + "/referrals", ct, "{\"direction\":\"OUTGOING\",\"organisationType\":\"NGO\","
                + "\"reason\":\"AdditionalServicesRequired\",\"referredOn\":\"" + day(2) + "\",\"note\":\"safe house\"}"));
        String json = ok(Api.get("/api/cases/" + closed, ct)).body();
        json = ok(Api.put("/api/cases/" + closed + "/assignee", ct, "{\"assignee\":\"" + world.username("ctofficer")
                + "\",\"version\":" + CaseFixtures.version(json) + "}")).body();
        ok(Api.post("/api/cases/" + closed + "/steps", ct, "{\"expectedVersion\":" + CaseFixtures.version(json)
                + ",\"toStatus\":\"CLOSED_REFERRED\",\"reason\":\"Moved to the safe house\",\"closureReason\":\"REFERRED\"}"));

        activeDocument = CaseFixtures.unique("D");
        register(ct, FORMULA, CaseFixtures.unique("Fam"), "MALE", activeDocument);
        resettlementCase = AreaFixtures.newCase(world.token("caseworker"), "RST", world.mission());
        AreaFixtures.newCase(other.token("ctofficer"), "CTA", other.mission());
    }

    @Test
    void theCsvHasTheStandardsFieldsAndEachCaseInItsCodes() throws Exception {
        HttpResponse<byte[]> file = download(world.token("ctofficer"), "/api/cases/export/htcds?mission=" + world.mission());
        assertEquals(200, file.statusCode(), new String(file.body(), StandardCharsets.UTF_8));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), file.headers().toString());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("htcds_" + world.mission()));
        assertEquals("2", file.headers().firstValue("X-Export-Rows").orElse(""));
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("prs_Salutation,prs_FirstName,"), "the header first, no byte-order mark: " + text.substring(0, 40));

        List<String> header;
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        assertEquals(52, header.size(), header.toString());
        assertEquals("con_Consent", header.get(51));
        assertTrue(header.containsAll(List.of("prs_Gender", "prs_Citizenship", "vic_TraffickingStatus", "vic_TypeOfExploitation",
                "vic_MethodsOfControl", "cas_Status", "cas_OutgoingReferralDate")), header.toString());
        assertEquals(2, records.size(), "the mission's two CT cases, not its resettlement case " + resettlementCase
                + " nor another mission's CT case");
        Map<String, CSVRecord> byDocument = records.stream()
                .collect(Collectors.toMap(r -> r.get("prs_IdentityNumber"), Function.identity()));

        CSVRecord closed = byDocument.get(closedDocument);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("prs_FirstName", closedGiven), Map.entry("prs_SecondName", closedFamily),
                Map.entry("prs_Birthdate", "1990-05-17"), Map.entry("prs_Gender", "Feminine"),
                Map.entry("prs_Citizenship", "SOM"), Map.entry("prs_Email", "victim@example.org"),
                Map.entry("prs_MobilePhone", "+254700100200"), Map.entry("prs_MailingStreet", "Block 7, Dadaab camp"),
                Map.entry("vic_TraffickingStatus", "ActualVictimOfTrafficking"),
                Map.entry("vic_TraffickingStatusDecisionMakingOrg", "NGO"),
                Map.entry("vic_RelationshipToTrafficker", "Acquainted"),
                Map.entry("vic_MethodOfRecruitment", "ThroughOnlineSocialNetworks"),
                Map.entry("vic_MethodsOfControl", "DebtBondage;WithholdsDocuments"),
                Map.entry("vic_TypeOfExploitation", "ForcedLabour;SexualExploitation"),
                Map.entry("vic_ForcedLabourIndustry", "F_Construction"), Map.entry("vic_TypeOfSexExploitation", "Prostitution"),
                Map.entry("cas_Status", "ClosedReferred"), Map.entry("cas_ReasonForCaseClosure", "REFERRED: Moved to the safe house"),
                Map.entry("cas_CaseOwner", world.username("ctofficer")),
                Map.entry("cas_IncomingReferralDate", day(60)), Map.entry("cas_ReasonForIncomingReferral", "MigrationOrChangeOfLocation"),
                Map.entry("cas_IncomingReferralDetails", "found at the border"),
                Map.entry("cas_OutgoingReferralDate", day(2)), Map.entry("cas_ReasonForOutgoingReferral", "AdditionalServicesRequired"),
                Map.entry("cas_OutgoingReferralDetails", "safe house"), Map.entry("con_Consent", "true"));
        expected.forEach((field, value) -> assertEquals(value, closed.get(field), field));
        for (String notHeld : List.of("prs_Salutation", "prs_MiddleName", "prs_Title", "prs_HomePhone", "prs_MailingCountry",
                "vic_AgeWhenTrafficked", "vic_LocationOfExploitation", "cas_ReferringOrganisation", "cas_ReferredOrganisation")) {
            assertEquals("", closed.get(notHeld), notHeld + " is an empty column");
        }

        CSVRecord active = byDocument.get(activeDocument);
        assertEquals("'" + FORMULA, active.get("prs_FirstName"), "quoted, so that no spreadsheet runs it");
        assertEquals("Masculine", active.get("prs_Gender"));
        assertEquals("Active", active.get("cas_Status"));
        assertEquals("", active.get("vic_TraffickingStatus"), "no victim context saved yet");
        assertEquals("", active.get("cas_CaseOwner"));
        assertEquals("", active.get("cas_ReasonForCaseClosure"));
    }

    @Test
    void onlyTheMissionsCounterTraffickingOfficersGetTheFile() throws Exception {
        String path = "/api/cases/export/htcds?mission=" + world.mission();
        for (String role : List.of("manager", "caseworker", "health")) {
            HttpResponse<byte[]> refused = download(world.token(role), path);
            assertEquals(403, refused.statusCode(), role);
            assertTrue(World.object(new String(refused.body(), StandardCharsets.UTF_8)).containsKey("error"), role);
        }
        assertEquals(403, download(other.token("ctofficer"), path).statusCode(), "another mission's CT officer");
        assertEquals(401, download(null, path).statusCode(), "nobody signed in");
        HttpResponse<byte[]> own = download(other.token("ctofficer"), "/api/cases/export/htcds?mission=" + other.mission());
        assertEquals("1", own.headers().firstValue("X-Export-Rows").orElse(""), "their own mission's one CT case");

        for (String query : List.of("", "?mission=", "?mission=K3N")) {
            HttpResponse<String> answer = Api.get("/api/cases/export/htcds" + query, world.token("ctofficer"));
            assertEquals(400, answer.statusCode(), query + ": " + answer.body());
            assertEquals(List.of("mission"), ApiInputIT.namedFields(answer), query);
        }
    }

    @Test
    void theCaseListsExportMenuOffersHtcdsToTheOfficerAndTheEncryptedFileToTheManager() {
        WebClient officer = new WebClient();
        world.signIn(officer, "ctofficer");
        HttpResponse<String> page = officer.get("/cases/list.xhtml?type=CTA");
        assertTrue(page.body().contains("id=\"export:menu\"") && page.body().contains("export:htcds"), "the HTCDS item");
        assertFalse(page.body().contains("export:encrypted"), "no case:export, no encrypted export");
        HttpResponse<String> file = officer.submit(page, "export", Map.of(), "htcds");
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("htcds_" + world.mission()),
                file.headers().toString());
        assertTrue(file.body().startsWith("prs_Salutation,prs_FirstName,") && file.body().contains(closedDocument), "the CSV");

        WebClient manager = new WebClient();
        world.signIn(manager, "manager");
        HttpResponse<String> list = manager.get("/cases/list.xhtml");
        assertTrue(list.body().contains("export:encrypted") && list.body().contains("encryptedBox"), "the password dialog");
        assertFalse(list.body().contains("export:htcds"), "a manager reads no CT case, so has no HTCDS export");
    }

    @Test
    void everyExportIsInTheAccessLogWithItsRowsAndNoName() throws Exception {
        assertEquals(200, download(world.token("ctofficer"), "/api/cases/export/htcds?mission=" + world.mission()).statusCode());
        assertEquals(403, download(world.token("manager"), "/api/cases/export/htcds?mission=" + world.mission()).statusCode());
        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=1000", world.token("admin")).body());
        List<JsonObject> exports = log.stream().map(JsonValue::asJsonObject)
                .filter(e -> "HTCDS_EXPORTED".equals(e.getString("event")))
                .filter(e -> world.username("ctofficer").equals(e.getString("username", null))).toList();
        assertFalse(exports.isEmpty(), "logged: " + log);
        assertEquals("htcds:" + world.mission(), exports.get(0).getString("target"));
        assertEquals("format=htcds-2.0-csv mission=" + world.mission() + " rows=2", exports.get(0).getString("detail"));
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "ACCESS_DENIED".equals(e.getString("event"))
                && world.username("manager").equals(e.getString("username", null))
                && e.getString("target", "").equals("htcds:" + world.mission())), "the refusal is logged");
        assertFalse(log.toString().contains(closedGiven), "no name in the access log");
    }

    private static String register(String token, String given, String family, String sex, String document) {
        JsonObject person = World.object(CaseFixtures.person("x", "y", "1990-05-17", document, "+254700100200"));
        String principal = Json.createObjectBuilder(person).add("givenName", given).add("familyName", family)
                .add("sex", sex).add("email", "victim@example.org").build().toString();
        return CaseFixtures.register(token, "CTA", world.mission(), principal);
    }

    private static HttpResponse<byte[]> download(String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
