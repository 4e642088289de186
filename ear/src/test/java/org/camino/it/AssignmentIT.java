package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

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

    private static World world;
    private static World other;

    private static String caseworkerName;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
        other = World.create();
        caseworkerName = "caseworker of " + world.mission();
    }

    private static String missionCase(String caseworkerToken) {
        return register(caseworkerToken, "RST", world.mission(), person(unique("Assigned"), unique("Fam"), "1988-04-04", unique("A"), ""));
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
        String caseworker = world.token("caseworker");
        String manager = world.token("manager");
        String json = missionCase(caseworker);
        String number = number(json);
        assertEquals(null, assignee(json), "nobody has a new case");

        String eligible = Api.get("/api/cases/" + number + "/assignees", manager).body();
        List<String> offered = World.array(eligible).stream().map(u -> u.asJsonObject().getString("username")).toList();
        assertTrue(offered.contains(world.username("caseworker")), eligible);
        assertFalse(offered.contains(other.username("caseworker")), "a caseworker of another mission is not offered: " + eligible);
        assertFalse(offered.contains(world.username("health")) || offered.contains(world.username("manager")),
                "only those who may update resettlement cases: " + eligible);
        assertEquals(403, Api.get("/api/cases/" + number + "/assignees", caseworker).statusCode(), "only for reassigners");

        HttpResponse<String> assigned = assign(number, manager, world.username("caseworker"), version(json));
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(world.username("caseworker"), Api.jsonString(assigned.body(), "assignee"));
        assertEquals(caseworkerName, Api.jsonString(assigned.body(), "assigneeName"));
        assertEquals(version(json) + 1, version(assigned.body()), "an edit of the case like any other");

        String mine = Api.get("/api/cases?assignedToMe=true&limit=200&sort=number", caseworker).body();
        assertTrue(mine.contains(number), "the caseworker's list of cases assigned to them");
        assertFalse(Api.get("/api/cases?assignedToMe=true", manager).body().contains(number), "not the manager's");

        String history = Api.get("/api/cases/" + number + "/history", caseworker).body();
        assertTrue(history.contains("\"assignedTo\":\"" + caseworkerName + "\""), "the name, not the id: " + history);

        HttpResponse<String> unassigned = assign(number, manager, null, version(assigned.body()));
        assertEquals(200, unassigned.statusCode(), unassigned.body());
        assertEquals(null, assignee(unassigned.body()));
    }

    @Test
    void aCaseworkerTakesAnUnassignedCaseAndGivesItBackButTouchesNoOneElses() {
        String caseworker = world.token("caseworker");
        String manager = world.token("manager");
        String colleague = world.newUser("colleague", new String[] {"CASEWORKER", world.mission(), "resettlement"}).username();
        String json = missionCase(caseworker);
        String number = number(json);

        HttpResponse<String> toColleague = assign(number, caseworker, colleague, version(json));
        assertEquals(403, toColleague.statusCode(), "a caseworker does not hand cases out: " + toColleague.body());

        HttpResponse<String> taken = assign(number, caseworker, world.username("caseworker"), version(json));
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals(world.username("caseworker"), Api.jsonString(taken.body(), "assignee"));
        HttpResponse<String> givenBack = assign(number, caseworker, null, version(taken.body()));
        assertEquals(200, givenBack.statusCode(), givenBack.body());
        assertEquals(null, assignee(givenBack.body()));

        HttpResponse<String> reassigned = assign(number, manager, colleague, version(givenBack.body()));
        assertEquals(200, reassigned.statusCode(), reassigned.body());
        assertEquals(colleague, Api.jsonString(reassigned.body(), "assignee"));
        long current = version(reassigned.body());
        assertEquals(403, assign(number, caseworker, world.username("caseworker"), current).statusCode(), "cannot take a colleague's case");
        assertEquals(403, assign(number, caseworker, null, current).statusCode(), "cannot unassign a colleague");
        assertEquals(colleague, Api.jsonString(Api.get("/api/cases/" + number, manager).body(), "assignee"), "unchanged");
    }

    @Test
    void whoCannotWorkOnTheCaseIsRefusedNamingTheAssigneeField() {
        String caseworker = world.token("caseworker");
        String manager = world.token("manager");
        String json = missionCase(caseworker);
        String number = number(json);
        for (String who : new String[] {other.username("caseworker"), world.username("health"), world.username("manager"),
                world.username("admin"), "nobody-" + unique("x").toLowerCase()}) {
            HttpResponse<String> refused = assign(number, manager, who, version(json));
            assertEquals(400, refused.statusCode(), who + ": " + refused.body());
            assertTrue(refused.body().contains("\"field\":\"assignee\""), refused.body());
            assertTrue(refused.body().contains("assignment.assignee.ineligible"), refused.body());
        }
        assertEquals(null, assignee(Api.get("/api/cases/" + number, manager).body()), "nothing saved");
        HttpResponse<String> noVersion = Api.put("/api/cases/" + number + "/assignee", manager, "{\"assignee\":\"" + world.username("caseworker") + "\"}");
        assertEquals(400, noVersion.statusCode(), noVersion.body());
        assertEquals(400, Api.put("/api/cases/" + number + "/assignee", manager, "{not json").statusCode());
    }

    @Test
    void aCaseOfAnotherMissionIsNotFoundAndAStaleVersionIsAConflict() {
        String caseworker = world.token("caseworker");
        String manager = world.token("manager");
        String json = missionCase(caseworker);
        String number = number(json);

        String outsider = other.token("caseworker");
        HttpResponse<String> foreign = assign(number, outsider, other.username("caseworker"), version(json));
        HttpResponse<String> missing = assign(world.mission() + "-RST-2026-999999", outsider, other.username("caseworker"), 0);
        assertEquals(404, foreign.statusCode(), foreign.body());
        assertEquals(missing.body(), foreign.body(), "same answer as for a case that does not exist");
        assertEquals(404, Api.get("/api/cases/" + number + "/assignees", outsider).statusCode());
        String health = world.token("health");
        assertEquals(404, assign(number, health, world.username("health"), version(json)).statusCode(), "cannot read resettlement");

        HttpResponse<String> first = assign(number, manager, world.username("caseworker"), version(json));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> stale = assign(number, manager, null, version(json));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(world.username("caseworker"), Api.jsonString(Api.get("/api/cases/" + number, manager).body(), "assignee"), "kept");
    }
}
