package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One altered ciphertext in the database must not take a page down: someone
 * with write access to PostgreSQL changes one character of one person's
 * stored given name. The case list, the dashboard and the name search still
 * answer for everyone, with that row marked unreadable and the incident's
 * reference; the case view names the damaged field; the incident is in the
 * access log once and on the administrators' integrity page, which nobody
 * else reaches. Movement places are stored encrypted (issue 12).
 */
@ExtendWith(DeployedCamino.class)
class IntegrityIT {

    private static World world;
    private static String caseworker;
    private static String damagedCase;
    private static String healthyCase;
    private static String family;
    private static long personId;

    @BeforeAll
    static void damageOnePersonsName() throws SQLException {
        world = World.create();
        caseworker = world.missionToken("caseworker");
        family = unique("Damaged");
        damagedCase = CaseFixtures.number(CaseFixtures.register(caseworker, "RST", world.mission(),
                person(unique("Amina"), family, "1990-05-06", unique("P"), "+254700000123")));
        healthyCase = CaseFixtures.number(CaseFixtures.register(caseworker, "RST", world.mission(),
                person(unique("Halima"), family, "1991-05-06", unique("P"), "+254700000124")));
        try (Connection db = database()) {
            try (PreparedStatement q = db.prepareStatement("""
                    select p.id, p.given_name from person p join case_file c on c.principal_id = p.id where c.number = ?""")) {
                q.setString(1, damagedCase);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    personId = rs.getLong(1);
                    String stored = rs.getString(2);
                    // one character in the middle of the payload, as a bit flip or a deliberate edit would do
                    int at = stored.length() / 2;
                    char changed = stored.charAt(at) == 'A' ? 'B' : 'A';
                    try (PreparedStatement u = db.prepareStatement("update person set given_name = ? where id = ?")) {
                        u.setString(1, stored.substring(0, at) + changed + stored.substring(at + 1));
                        u.setLong(2, personId);
                        assertEquals(1, u.executeUpdate());
                    }
                }
            }
        }
    }

    @Test
    void listsSearchAndCaseViewAnswerWithTheDamagedRowMarkedAndTheRestIntact() {
        HttpResponse<String> list = Api.get("/api/cases?type=RST&mission=" + world.mission() + "&limit=100&sort=openedOn", caseworker);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject damagedRow = row(json(list.body()).getJsonArray("rows"), damagedCase).orElseThrow(
                () -> new AssertionError("the damaged case is listed"));
        assertTrue(absent(damagedRow, "principalName"), damagedRow.toString());
        String reference = damagedRow.getString("unreadable");
        assertTrue(reference.matches("INC-[0-9A-Z]{8}"), reference);

        HttpResponse<String> search = Api.get("/api/cases/search?by=name&value="
                + URLEncoder.encode(family, StandardCharsets.UTF_8), caseworker);
        assertEquals(200, search.statusCode(), search.body());
        JsonArray found = jsonArray(search.body());
        assertEquals(reference, row(found, damagedCase).orElseThrow().getString("unreadable"), "one incident, one reference");
        JsonObject healthy = row(found, healthyCase).orElseThrow(() -> new AssertionError("the other person is found too"));
        assertTrue(healthy.getString("principalName").endsWith(family), healthy.toString());
        assertTrue(absent(healthy, "unreadable"));

        HttpResponse<String> view = Api.get("/api/cases/" + damagedCase, caseworker);
        assertEquals(200, view.statusCode(), view.body());
        JsonObject caseView = json(view.body());
        JsonArray damaged = caseView.getJsonArray("damagedFields");
        assertEquals(1, damaged.size(), damaged.toString());
        JsonObject field = damaged.getJsonObject(0);
        assertEquals("person.given_name", field.getString("field"));
        assertEquals("person", field.getString("owner"));
        assertEquals(personId, field.getJsonNumber("ownerId").longValue());
        assertEquals(reference, field.getString("incident"));
        JsonObject principal = caseView.getJsonArray("household").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getBoolean("principal")).findFirst().orElseThrow().getJsonObject("person");
        assertTrue(absent(principal, "givenName"), "the damaged value is never shown");
        assertEquals(family, principal.getString("familyName"), "the rest of the person is");
        assertEquals(200, Api.get("/api/cases/" + healthyCase, caseworker).statusCode());
    }

    @Test
    void movementPlacesAreStoredEncrypted() throws SQLException {
        try (Connection db = database(); PreparedStatement q = db.prepareStatement("""
                select m.origin_place, m.destination_place from movement m join case_file c on c.id = m.case_id
                 where c.number = ?""")) {
            q.setString(1, healthyCase);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("v1:") && rs.getString(2).startsWith("v1:"),
                        "no place in clear: " + rs.getString(1) + " / " + rs.getString(2));
                assertFalse(rs.getString(1).contains("Nairobi"));
            }
        }
        JsonObject movement = json(Api.get("/api/cases/" + healthyCase, caseworker).body())
                .getJsonArray("movements").getJsonObject(0);
        assertEquals("Nairobi", movement.getString("originPlace"));
        assertEquals("Toronto", movement.getString("destinationPlace"));
    }

    @Test
    void aDamagedApprovalReasonMarksItsRowAndTheQueueStillAnswers() throws SQLException {
        String manager = world.token("manager");
        String number = CaseFixtures.number(CaseFixtures.register(caseworker, "RST", world.mission(),
                person(unique("Reopen"), family, "1992-05-06", unique("P"), "")));
        long version = json(Api.get("/api/cases/" + number, caseworker).body()).getJsonNumber("version").longValue();
        HttpResponse<String> closed = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":" + version
                + ",\"toStatus\":\"CLOSED\",\"reason\":\"Done\",\"closureReason\":\"LOST_CONTACT\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        // reopening waits for approval, with its reason
        HttpResponse<String> reopen = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":"
                + json(closed.body()).getJsonNumber("version") + ",\"toStatus\":\"OPEN\",\"reason\":\"Back in contact\"}");
        assertEquals(200, reopen.statusCode(), reopen.body());
        try (Connection db = database(); PreparedStatement u = db.prepareStatement("update approval_request"
                + " set reason = overlay(reason placing (case when substr(reason, length(reason) / 2, 1) = 'A' then 'B' else 'A' end)"
                + " from length(reason) / 2 for 1) where case_id = (select id from case_file where number = ?)")) {
            u.setString(1, number);
            assertEquals(1, u.executeUpdate());
        }

        HttpResponse<String> queue = Api.get("/api/approvals", manager);
        assertEquals(200, queue.statusCode(), "the queue answers: " + queue.body());
        JsonObject item = jsonArray(queue.body()).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("caseNumber").equals(number)).findFirst().orElseThrow();
        assertTrue(absent(item, "reason"), "the damaged reason is never shown: " + item);
        assertFalse(item.getString("reasonUnreadable").isBlank(), "the row names its incident: " + item);

        WebClient page = new WebClient();
        world.signIn(page, "manager");
        HttpResponse<String> approvals = page.get("/cases/approvals.xhtml");
        assertEquals(200, approvals.statusCode());
        assertTrue(approvals.body().contains(number) && approvals.body().contains("camino-unreadable")
                && approvals.body().contains(item.getString("reasonUnreadable")), approvals.body());
    }

    @Test
    void aDamagedProgrammeValueIsNamedAndTheRestOfItsPartStillShows() throws SQLException {
        String health = world.token("health");
        String healthCase = AreaFixtures.newCase(health, "MHA", world.mission());
        String healthPath = "/api/cases/" + healthCase + "/health";
        AreaFixtures.ok(Api.put(healthPath, health, AreaFixtures.change("null", "{\"receivingCountry\":\"USA\",\"assessedOn\":\""
                + AreaFixtures.day(3) + "\",\"outcome\":\"FIT_TO_TRAVEL\",\"referredForTreatment\":false,"
                + "\"physician\":\"Dr Intact\",\"clinicalNotes\":\"" + unique("Notes") + "\"}")));
        damage("health_assessment", "clinical_notes", "case_id", healthCase);
        String ct = world.token("ctofficer");
        String ctCase = AreaFixtures.newCase(ct, "CTA", world.mission());
        String ctPath = "/api/cases/" + ctCase + "/trafficking";
        AreaFixtures.ok(Api.put(ctPath, ct, AreaFixtures.change("null", "{\"traffickingStatus\":\"ActualVictimOfTrafficking\","
                + "\"statusDecidedBy\":\"NGO\",\"exploitationTypes\":[\"ForcedMarriage\"],\"narrative\":\"" + unique("Story") + "\"}")));
        AreaFixtures.ok(Api.post(ctPath + "/events", ct, "{\"type\":\"Recruitment\",\"country\":\"SOM\",\"startDate\":\""
                + AreaFixtures.day(40) + "\",\"description\":\"" + unique("Market") + "\"}"));
        damage("trafficking_details", "narrative", "case_id", ctCase);

        JsonObject assessment = json(AreaFixtures.ok(Api.get(healthPath, health)).body());
        assertEquals("Dr Intact", assessment.getString("physician"), "the readable fields still show");
        assertTrue(absent(assessment, "clinicalNotes"), "the damaged value is never shown");
        JsonObject damagedNotes = onlyDamaged(assessment);
        assertEquals("health_assessment.clinical_notes", damagedNotes.getString("field"));
        assertFalse(damagedNotes.getString("incident").isBlank(), "with its incident: " + damagedNotes);

        JsonObject trafficking = json(AreaFixtures.ok(Api.get(ctPath, ct)).body());
        assertEquals("ActualVictimOfTrafficking", trafficking.getString("traffickingStatus"));
        assertTrue(absent(trafficking, "narrative"));
        assertEquals(1, trafficking.getJsonArray("events").size(), "the events still show");
        assertEquals("trafficking_details.narrative", onlyDamaged(trafficking).getString("field"));

        // a list endpoint names the damaged value of its own row too, not only the whole part's view
        damage("trafficking_event", "description", "case_id", ctCase);
        JsonArray events = Json.createReader(new StringReader(AreaFixtures.ok(Api.get(ctPath + "/events", ct)).body())).readArray();
        assertEquals(1, events.size(), "the damaged event still shows");
        JsonObject event = events.getJsonObject(0);
        assertEquals("SOM", event.getString("country"));
        assertTrue(absent(event, "description"));
        assertEquals("trafficking_event.description", onlyDamaged(event).getString("field"));
        assertFalse(onlyDamaged(event).getString("incident").isBlank());

        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("health"));
            pages.open("/cases/view.xhtml?number=" + healthCase + "&tab=details");
            String warning = pages.text("health-damaged");
            assertTrue(warning.contains("Clinical notes") && warning.contains(damagedNotes.getString("incident")), warning);
            assertTrue(pages.text("health:summary").contains("Dr Intact"), "the rest of the tab shows");
            pages.screenshot("integrity-health-tab-damaged-field");
        }
    }

    /** Changes one character in the middle of an encrypted column of the row of a case, as a database writer could. */
    private static void damage(String table, String column, String caseColumn, String number) throws SQLException {
        try (Connection db = database(); PreparedStatement u = db.prepareStatement("update " + table + " set " + column
                + " = overlay(" + column + " placing (case when substr(" + column + ", length(" + column + ") / 2, 1) = 'A'"
                + " then 'B' else 'A' end) from length(" + column + ") / 2 for 1)"
                + " where " + caseColumn + " = (select id from case_file where number = ?)")) {
            u.setString(1, number);
            assertEquals(1, u.executeUpdate());
        }
    }

    private static JsonObject onlyDamaged(JsonObject view) {
        JsonArray damaged = view.getJsonArray("damagedFields");
        assertEquals(1, damaged.size(), damaged.toString());
        return damaged.getJsonObject(0);
    }

    @Test
    void theIncidentIsRecordedOnceInTheAccessLogAndShownToAdministratorsOnly() {
        String reference = readDamagedRowTwice();
        String admin = world.token("admin");

        HttpResponse<String> incidents = Api.get("/api/admin/integrity-incidents", admin);
        assertEquals(200, incidents.statusCode(), incidents.body());
        JsonObject incident = jsonArray(incidents.body()).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertEquals("person", incident.getString("table"));
        assertEquals("given_name", incident.getString("column"));
        assertEquals(personId, incident.getJsonNumber("rowId").longValue());
        assertEquals("TAMPERED", incident.getString("reason"));
        assertTrue(incident.getJsonNumber("count").longValue() >= 3, "every reading counted: " + incident);
        assertNotNull(incident.getString("firstSeen"));
        assertTrue(incident.getString("lastSeen").compareTo(incident.getString("firstSeen")) >= 0);

        HttpResponse<String> log = Api.get("/api/admin/access-log?limit=1000", admin);
        assertEquals(200, log.statusCode());
        List<JsonObject> entries = jsonArray(log.body()).getValuesAs(JsonObject.class).stream()
                .filter(e -> "INTEGRITY_INCIDENT".equals(e.getString("event"))
                        && e.getString("detail", "").contains(reference)).toList();
        assertEquals(1, entries.size(), "one security event per damaged value, not one per reading: " + entries);
        assertTrue(entries.get(0).getString("target").startsWith("person.given_name row "), entries.get(0).toString());

        for (String user : List.of("caseworker", "manager", "analyst")) {
            HttpResponse<String> refused = Api.get("/api/admin/integrity-incidents", world.token(user));
            assertEquals(403, refused.statusCode(), user + ": " + refused.body());
            assertFalse(refused.body().contains(reference));
            WebClient page = new WebClient();
            world.signIn(page, user);
            HttpResponse<String> refusedPage = page.get("/admin/integrity.xhtml");
            assertEquals(403, refusedPage.statusCode(), user);
            assertFalse(refusedPage.body().contains(reference));
        }
    }

    @Test
    void thePagesShowTheDamagedRowAndFieldInTheBrowser() {
        String reference = readDamagedRowTwice();
        WebClient web = new WebClient();
        world.signIn(web, "caseworker");
        HttpResponse<String> dashboard = web.get("/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains(reference), "the dashboard's row says which incident");

        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open("/cases/search.xhtml");
            pages.type("search:value", family);
            pages.press("search:go");
            pages.waitForText(org.openqa.selenium.By.tagName("body"), reference);
            assertTrue(pages.pageText().contains(healthyCase), "the other person of the same name is found too");
            pages.screenshot("integrity-search-damaged-row");

            pages.open("/cases/list.xhtml?type=RST");
            assertTrue(pages.pageText().contains("Unreadable · " + reference), pages.pageText());
            pages.screenshot("integrity-list-damaged-row");

            pages.open("/cases/view.xhtml?number=" + damagedCase);
            String warning = pages.text("damaged-fields");
            assertTrue(warning.contains("Given name") && warning.contains(reference) && warning.contains(String.valueOf(personId)),
                    warning);
            pages.screenshot("integrity-case-view-damaged-field");

            pages.open("/index.xhtml");
            assertTrue(pages.pageText().contains(reference));
        }
        try (Browser browser = Browser.open()) {
            CaseworkerPages admin = CaseworkerPages.signedIn(browser, world.user("admin"));
            admin.open("/admin/integrity.xhtml");
            String table = admin.text("incidents");
            assertTrue(table.contains(reference) && table.contains("person.given_name"), table);
            assertTrue(admin.pageText().contains("Integrity incidents"), "in the admin menu and as the title");
            admin.screenshot("integrity-admin-incidents");
        }
    }

    /** Reads the damaged row through the list and the case view; returns its incident reference. */
    private static String readDamagedRowTwice() {
        HttpResponse<String> list = Api.get("/api/cases/search?by=name&value="
                + URLEncoder.encode(family, StandardCharsets.UTF_8), caseworker);
        assertEquals(200, list.statusCode());
        assertEquals(200, Api.get("/api/cases/" + damagedCase, caseworker).statusCode());
        String reference = row(jsonArray(list.body()), damagedCase).orElseThrow().getString("unreadable");
        assertEquals(200, Api.get("/api/cases/search?by=name&value=" + URLEncoder.encode(family, StandardCharsets.UTF_8),
                world.token("manager")).statusCode(), "other users are not affected either");
        return reference;
    }

    /** JSON-B leaves null components out. */
    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static Optional<JsonObject> row(JsonArray rows, String number) {
        return rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("number").equals(number)).findFirst();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static Connection database() throws SQLException {
        Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
        try (var sql = db.createStatement()) {
            sql.execute("set search_path to camino");
        }
        return db;
    }
}
