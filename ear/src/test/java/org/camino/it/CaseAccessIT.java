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
import static org.camino.it.CasesIT.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another mission's case, a counter-trafficking case without the CT permission: indistinguishable from nothing. */
@ExtendWith(DeployedCamino.class)
class CaseAccessIT {

    private static World world;
    private static World other;

    @BeforeAll
    static void worlds() {
        world = World.create();
        other = World.create();
    }

    @Test
    void aCaseworkerOfAnotherMissionGetsTheSameAnswerAsForAMissingCaseAndTheAttemptIsLogged() {
        String insider = world.token("caseworker");
        String json = register(insider, "RST", world.mission(), person(unique("Kenyan"), "Case", "1980-01-01", unique("D"), ""));
        String outsider = other.token("caseworker");
        String missingNumber = world.mission() + "-RST-2026-999999";

        HttpResponse<String> foreign = Api.get("/api/cases/" + number(json), outsider);
        HttpResponse<String> missing = Api.get("/api/cases/" + missingNumber, outsider);
        assertEquals(404, foreign.statusCode());
        assertEquals(missing.statusCode(), foreign.statusCode());
        assertEquals(missing.body(), foreign.body(), "same answer as a case that does not exist");
        for (String path : List.of("/history", "/notes")) {
            HttpResponse<String> r = path.equals("/notes")
                    ? Api.post("/api/cases/" + number(json) + path, outsider, "{\"text\":\"x\"}")
                    : Api.get("/api/cases/" + number(json) + path, outsider);
            assertEquals(404, r.statusCode(), path);
        }
        WebClient page = new WebClient();
        other.signIn(page, "caseworker");
        HttpResponse<String> foreignPage = page.open("/cases/view.xhtml?number=" + number(json));
        HttpResponse<String> missingPage = page.open("/cases/view.xhtml?number=" + missingNumber);
        assertEquals(404, foreignPage.statusCode(), "by page");
        assertEquals(missingPage.statusCode(), foreignPage.statusCode());
        assertFalse(foreignPage.body().contains("Kenyan"), "nothing of the real case on the page");

        HttpResponse<String> register = Api.post("/api/cases", outsider, CaseFixtures.newCase("RST", world.mission(),
                person("X", "Y", "1980-01-01", unique("D"), ""), "[]", true));
        assertEquals(403, register.statusCode(), "cannot register in a mission not theirs");

        var log = World.array(Api.get("/api/admin/access-log?limit=300", world.token("admin")).body());
        assertTrue(log.stream().map(e -> e.asJsonObject()).anyMatch(e -> ("case:" + number(json)).equals(e.getString("target", null))
                        && other.username("caseworker").equals(e.getString("username", null))),
                "the attempt is in the access log");
    }

    @Test
    void nonTraffickingUsersCannotLearnThatACounterTraffickingCaseExists() {
        String ct = world.token("ctofficer");
        String name = unique("Survivor");
        String document = unique("CTDOC");
        List<String> others = List.of("caseworker", "manager", "health", "analyst", "admin");
        java.util.Map<String, String> tokens = new java.util.HashMap<>();
        java.util.Map<String, Long> totalsBefore = new java.util.HashMap<>();
        for (String user : others) {
            tokens.put(user, world.token(user));
            totalsBefore.put(user, total(Api.get("/api/cases?limit=1", tokens.get(user)).body()));
        }
        String json = register(ct, "CTA", world.mission(), person(name, "Hidden", "2001-06-06", document, "+254733444555"));
        String caseNumber = number(json);
        assertEquals(200, Api.get("/api/cases/" + caseNumber, ct).statusCode());
        assertTrue(Api.get("/api/cases/search?by=name&value=" + enc(name + " Hidden"), ct).body().contains(caseNumber));

        for (String user : others) {
            String token = tokens.get(user);
            HttpResponse<String> byNumber = Api.get("/api/cases/" + caseNumber, token);
            assertEquals(404, byNumber.statusCode(), user + " by number");
            assertEquals(Api.get("/api/cases/" + world.mission() + "-CTA-2026-999999", token).body(), byNumber.body(), user + ": same as missing");
            assertEquals(totalsBefore.get(user), total(Api.get("/api/cases?limit=1", token).body()), user + ": not even in the count");
            assertTrue(Api.get("/api/cases?type=CTA&limit=200", token).body().contains("\"total\":0"), user + ": CT list empty");
            assertEquals("[]", Api.get("/api/cases/search?by=name&value=" + enc(name + " Hidden"), token).body(), user + " by name");
            assertEquals("[]", Api.get("/api/cases/search?by=document&value=" + enc(document), token).body(), user + " by document");
            assertEquals("[]", Api.get("/api/cases/search?by=phone&value=" + enc("+254733444555"), token).body(), user + " by phone");
            HttpResponse<String> duplicates = Api.post("/api/cases/duplicates", token, person(name, "Hidden", "2001-06-06", document, ""));
            assertFalse(duplicates.body().contains(caseNumber), user + ": no duplicate warning reveals it");
            assertFalse(Api.get("/api/approvals", token).body().contains(caseNumber));
        }
        // registering the same person elsewhere raises no warning that would reveal the CT case
        HttpResponse<String> registered = Api.post("/api/cases", tokens.get("caseworker"), CaseFixtures.newCase("AVR", world.mission(),
                person(name, "Hidden", "2001-06-06", document, ""), "[]", false));
        assertEquals(201, registered.statusCode(), registered.body());
    }

    private static long total(String page) {
        return Long.parseLong(Api.jsonString(page, "total"));
    }
}
