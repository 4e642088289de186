package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.camino.it.CaseFixtures.PASSWORD;
import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.camino.it.CaseFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PUT /api/cases/{number}/assignee: who may assign a case to whom, and what everyone else gets. */
@ExtendWith(DeployedCamino.class)
class AssignmentIT {

    private static String kenyaCase(String caseworkerToken) {
        return register(caseworkerToken, "RST", "KEN", person(unique("Assigned"), unique("Fam"), "1988-04-04", unique("A"), ""));
    }

    private static HttpResponse<String> assign(String number, String token, String assignee, long version) {
        return Api.put("/api/cases/" + number + "/assignee", token,
                "{\"assignee\":" + (assignee == null ? "null" : "\"" + assignee + "\"") + ",\"version\":" + version + "}");
    }

    /** The case's assignee (user name), or null: JSON-B leaves null fields out. */
    private static String assignee(String caseJson) {
        return caseJson.contains("\"assignee\":") ? Api.jsonString(caseJson, "assignee") : null;
    }

    @Test
    void aManagerAssignsACaseworkerWhoThenFindsTheCaseAsTheirsAndTheHistoryNamesThem() {
        String caseworker = Api.token("caseworker", PASSWORD, null);
        String manager = Api.token("manager", PASSWORD, null);
        String json = kenyaCase(caseworker);
        String number = number(json);
        assertEquals(null, assignee(json), "nobody has a new case");

        String eligible = Api.get("/api/cases/" + number + "/assignees", manager).body();
        assertTrue(eligible.contains("\"username\":\"caseworker\""), eligible);
        assertFalse(eligible.contains("caseworker.jor"), "a caseworker of another mission is not offered: " + eligible);
        assertFalse(eligible.contains("\"username\":\"health\"") || eligible.contains("\"username\":\"manager\""),
                "only those who may update resettlement cases: " + eligible);
        assertEquals(403, Api.get("/api/cases/" + number + "/assignees", caseworker).statusCode(), "only for reassigners");

        HttpResponse<String> assigned = assign(number, manager, "caseworker", version(json));
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals("caseworker", Api.jsonString(assigned.body(), "assignee"));
        assertEquals("Demo Caseworker (Kenya)", Api.jsonString(assigned.body(), "assigneeName"));
        assertEquals(version(json) + 1, version(assigned.body()), "an edit of the case like any other");

        String mine = Api.get("/api/cases?assignedToMe=true&limit=200&sort=number", caseworker).body();
        assertTrue(mine.contains(number), "the caseworker's list of cases assigned to them");
        assertFalse(Api.get("/api/cases?assignedToMe=true", manager).body().contains(number), "not the manager's");

        String history = Api.get("/api/cases/" + number + "/history", caseworker).body();
        assertTrue(history.contains("\"assignedTo\":\"Demo Caseworker (Kenya)\""), "the name, not the id: " + history);

        HttpResponse<String> unassigned = assign(number, manager, null, version(assigned.body()));
        assertEquals(200, unassigned.statusCode(), unassigned.body());
        assertEquals(null, assignee(unassigned.body()));
    }

    @Test
    void aCaseworkerTakesAnUnassignedCaseAndGivesItBackButTouchesNoOneElses() {
        String caseworker = Api.token("caseworker", PASSWORD, null);
        String manager = Api.token("manager", PASSWORD, null);
        String colleague = SecurityIT.newUser("CASEWORKER", "KEN", "resettlement", "Second Kenya Caseworker");
        String json = kenyaCase(caseworker);
        String number = number(json);

        HttpResponse<String> toColleague = assign(number, caseworker, colleague, version(json));
        assertEquals(403, toColleague.statusCode(), "a caseworker does not hand cases out: " + toColleague.body());

        HttpResponse<String> taken = assign(number, caseworker, "caseworker", version(json));
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals("caseworker", Api.jsonString(taken.body(), "assignee"));
        HttpResponse<String> givenBack = assign(number, caseworker, null, version(taken.body()));
        assertEquals(200, givenBack.statusCode(), givenBack.body());
        assertEquals(null, assignee(givenBack.body()));

        HttpResponse<String> reassigned = assign(number, manager, colleague, version(givenBack.body()));
        assertEquals(200, reassigned.statusCode(), reassigned.body());
        assertEquals(colleague, Api.jsonString(reassigned.body(), "assignee"));
        long current = version(reassigned.body());
        assertEquals(403, assign(number, caseworker, "caseworker", current).statusCode(), "cannot take a colleague's case");
        assertEquals(403, assign(number, caseworker, null, current).statusCode(), "cannot unassign a colleague");
        assertEquals(colleague, Api.jsonString(Api.get("/api/cases/" + number, manager).body(), "assignee"), "unchanged");
    }

    @Test
    void whoCannotWorkOnTheCaseIsRefusedNamingTheAssigneeField() {
        String caseworker = Api.token("caseworker", PASSWORD, null);
        String manager = Api.token("manager", PASSWORD, null);
        String json = kenyaCase(caseworker);
        String number = number(json);
        for (String who : new String[] {"caseworker.jor", "health", "manager", "admin", "nobody-" + unique("x").toLowerCase()}) {
            HttpResponse<String> refused = assign(number, manager, who, version(json));
            assertEquals(400, refused.statusCode(), who + ": " + refused.body());
            assertTrue(refused.body().contains("\"field\":\"assignee\""), refused.body());
            assertTrue(refused.body().contains("assignment.assignee.ineligible"), refused.body());
        }
        assertEquals(null, assignee(Api.get("/api/cases/" + number, manager).body()), "nothing saved");
        HttpResponse<String> noVersion = Api.put("/api/cases/" + number + "/assignee", manager, "{\"assignee\":\"caseworker\"}");
        assertEquals(400, noVersion.statusCode(), noVersion.body());
        assertEquals(400, Api.put("/api/cases/" + number + "/assignee", manager, "{not json").statusCode());
    }

    @Test
    void aCaseOfAnotherMissionIsNotFoundAndAStaleVersionIsAConflict() {
        String caseworker = Api.token("caseworker", PASSWORD, null);
        String manager = Api.token("manager", PASSWORD, null);
        String json = kenyaCase(caseworker);
        String number = number(json);

        String jordan = Api.token("caseworker.jor", PASSWORD, null);
        HttpResponse<String> foreign = assign(number, jordan, "caseworker.jor", version(json));
        HttpResponse<String> missing = assign("KEN-RST-2026-999999", jordan, "caseworker.jor", 0);
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(missing.body(), foreign.body(), "same answer as for a case that does not exist");
        assertEquals(404, Api.get("/api/cases/" + number + "/assignees", jordan).statusCode());
        String health = Api.token("health", PASSWORD, null);
        assertEquals(404, assign(number, health, "health", version(json)).statusCode(), "cannot read resettlement");

        HttpResponse<String> first = assign(number, manager, "caseworker", version(json));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> stale = assign(number, manager, null, version(json));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("caseworker", Api.jsonString(Api.get("/api/cases/" + number, manager).body(), "assignee"), "kept");
    }
}
