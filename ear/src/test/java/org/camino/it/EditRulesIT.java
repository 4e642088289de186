package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.camino.it.ApiInputIT.json;
import static org.camino.it.ApiInputIT.namedFields;
import static org.camino.it.AreaFixtures.change;
import static org.camino.it.AreaFixtures.newCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the service refuses whatever the caller may do, and why: empty details, text over its limit, edits of a closed case. */
@ExtendWith(DeployedCamino.class)
class EditRulesIT {

    private static World WORLD;

    @org.junit.jupiter.api.BeforeAll
    static void createWorld() {
        WORLD = World.create();
    }

    @Test
    void anEmptyHealthAssessmentIsNotSaved() {
        String health = WORLD.token("health");
        String path = "/api/cases/" + newCase(health, "MHA", WORLD.mission()) + "/health";
        for (String empty : new String[] {"{}", "{\"receivingCountry\":\" \",\"findings\":[],\"clinicalNotes\":\"\"}"}) {
            HttpResponse<String> refused = Api.put(path, health, change("null", empty));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(java.util.List.of("details"), namedFields(refused));
            assertEquals("health.assessment.empty", json(refused.body()).getJsonArray("fields").getJsonObject(0).getString("code"));
        }
        assertFalse(json(Api.get(path, health).body()).containsKey("version"), "nothing saved");
        assertEquals(200, Api.put(path, health, change("null", "{\"receivingCountry\":\"USA\"}")).statusCode(), "one field is enough");
    }

    @Test
    void anEmptyVictimContextIsNotSaved() {
        String ct = WORLD.token("ctofficer");
        String path = "/api/cases/" + newCase(ct, "CTA", WORLD.mission()) + "/trafficking";
        HttpResponse<String> refused = Api.put(path, ct, change("null", "{\"exploitationTypes\":[],\"narrative\":\"  \"}"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(java.util.List.of("details"), namedFields(refused));
        assertEquals("trafficking.details.empty", json(refused.body()).getJsonArray("fields").getJsonObject(0).getString("code"));
        assertEquals(200, Api.put(path, ct, change("null", "{\"narrative\":\"Met at the border\"}")).statusCode());
    }

    @Test
    void textOverItsLimitIsRefusedNamingTheFieldNeverCut() {
        String token = WORLD.token("caseworker");
        String longName = "N".repeat(5_000);
        String principal = CaseFixtures.person(longName, CaseFixtures.unique("Long"), "1990-01-01", CaseFixtures.unique("P"), "");
        HttpResponse<String> refused = Api.post("/api/cases", token, CaseFixtures.newCase("RST", WORLD.mission(), principal, "[]", true));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(java.util.List.of("principal.givenName"), namedFields(refused));
        assertEquals("This text is too long.", json(refused.body()).getJsonArray("fields").getJsonObject(0).getString("message"));
    }

    @Test
    void aClosedCaseIsChangedOnlyThroughItsWorkflow() {
        String worker = WORLD.token("caseworker");
        String manager = WORLD.token("manager");
        JsonObject created = json(CaseFixtures.register(worker, "RST", WORLD.mission(), CaseFixtures.person(CaseFixtures.unique("Closed"),
                CaseFixtures.unique("Case"), "1985-06-07", CaseFixtures.unique("P"), "")));
        String number = created.getString("number");
        JsonObject person = created.getJsonArray("household").getJsonObject(0).getJsonObject("person");
        HttpResponse<String> closed = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":"
                + created.getJsonNumber("version") + ",\"toStatus\":\"CLOSED\",\"reason\":\"Done\",\"closureReason\":\"LOST_CONTACT\"}");
        assertEquals(200, closed.statusCode(), closed.body());
        long version = json(closed.body()).getJsonNumber("version").longValue();

        String personChange = "{\"version\":" + person.getJsonNumber("version") + ",\"person\":"
                + CaseFixtures.person("Changed", "Name", "1985-06-07", CaseFixtures.unique("P"), "") + "}";
        String[][] edits = {
                {"PUT", "/api/cases/" + number + "/people/" + person.getJsonNumber("id"), personChange},
                {"POST", "/api/cases/" + number + "/notes", "{\"text\":\"after closing\"}"},
                {"POST", "/api/cases/" + number + "/movements", CaseFixtures.movement()},
                {"PUT", "/api/cases/" + number + "/resettlement", change("null", "{\"resettlementCountry\":\"CAN\"}")}};
        for (String[] edit : edits) {
            HttpResponse<String> refused = edit[0].equals("PUT") ? Api.put(edit[1], worker, edit[2]) : Api.post(edit[1], worker, edit[2]);
            assertEquals(409, refused.statusCode(), edit[0] + " " + edit[1] + ": " + refused.body());
            JsonObject body = json(refused.body());
            assertEquals("case.closed", body.getString("code"), refused.body());
            assertTrue(body.getString("message").contains("reopen"), refused.body());
        }
        JsonObject after = json(Api.get("/api/cases/" + number, worker).body());
        assertEquals(version, after.getJsonNumber("version").longValue(), "nothing changed");
        assertTrue(after.getJsonArray("notes").isEmpty(), after.toString());
        WebClient page = new WebClient();
        WORLD.signIn(page, "caseworker");
        for (String tab : new String[] {"household", "movements", "details", "notes"}) {
            HttpResponse<String> shown = page.get("/cases/view.xhtml?number=" + number + "&tab=" + tab);
            assertEquals(200, shown.statusCode(), tab);
            assertTrue(shown.body().contains("id=\"case-closed\""), tab + ": the page says the case is closed");
            for (String control : new String[] {":edit\"", "addMember", "addMovement", "addNote", "addDocument", "addStage"}) {
                assertFalse(shown.body().contains(control), tab + " offers " + control + " on a closed case");
            }
        }

        HttpResponse<String> reopen = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":" + version
                + ",\"toStatus\":\"OPEN\",\"reason\":\"Back in contact\"}");
        assertEquals(200, reopen.statusCode(), "the workflow still reopens it: " + reopen.body());
        assertEquals("OPEN", json(reopen.body()).getString("pendingStatus"));
    }
}
