package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.camino.it.AreaFixtures.day;
import static org.camino.it.AreaFixtures.newCase;
import static org.camino.it.AreaFixtures.ok;
import static org.camino.it.AreaFixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trafficking event entered wrongly can be corrected over the API, with the version it was read on. */
@ExtendWith(DeployedCamino.class)
class TraffickingEventCorrectionIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    @Test
    void anEventIsCorrectedOnTheVersionItWasReadOnAndCheckedAsWhenAdded() {
        String ct = world.token("ctofficer");
        String path = "/api/cases/" + newCase(ct, "CTA", world.mission()) + "/trafficking";
        ok(Api.post(path + "/events", ct, "{\"type\":\"Transit\",\"country\":\"UGA\",\"startDate\":\"" + day(60)
                + "\",\"description\":\"by bus\"}"));
        String events = ok(Api.get(path + "/events", ct)).body();
        String id = Api.jsonString(events, "id");
        assertEquals("0", Api.jsonString(events, "version"), events);

        String corrected = "{\"type\":\"Transit\",\"country\":\"TZA\",\"startDate\":\"" + day(60) + "\",\"endDate\":\"" + day(58)
                + "\",\"description\":\"by bus, then by lorry\"}";
        refused(Api.put(path + "/events/" + id, ct, "{\"event\":" + corrected + "}"), "version");
        refused(Api.put(path + "/events/" + id, ct, "{\"version\":0,\"event\":" + corrected.replace(day(58), day(61)) + "}"), "endDate");
        refused(Api.put(path + "/events/" + id, ct, "{\"version\":0,\"event\":" + corrected.replace("Transit", "Holiday") + "}"), "type");
        assertTrue(ok(Api.get(path + "/events", ct)).body().contains("\"country\":\"UGA\""), "nothing changed by refused corrections");

        ok(Api.put(path + "/events/" + id, ct, "{\"version\":0,\"event\":" + corrected + "}"));
        String after = ok(Api.get(path + "/events", ct)).body();
        assertTrue(after.contains("\"country\":\"TZA\"") && after.contains("\"description\":\"by bus, then by lorry\"")
                && after.contains("\"endDate\":\"" + day(58) + "\""), after);
        assertEquals("1", Api.jsonString(after, "version"), after);
        assertEquals(409, Api.put(path + "/events/" + id, ct, "{\"version\":0,\"event\":" + corrected + "}").statusCode(),
                "a correction made on the old version is a conflict");

        String history = ok(Api.get(path.replace("/trafficking", "/history"), ct)).body();
        assertTrue(history.contains("\"record\":\"event " + id + "\"") && history.contains("TZA"), history);

        String otherCase = "/api/cases/" + newCase(ct, "CTA", world.mission()) + "/trafficking";
        assertEquals(404, Api.put(otherCase + "/events/" + id, ct, "{\"version\":1,\"event\":" + corrected + "}").statusCode(),
                "an event of another case");
        assertEquals(404, Api.put(path + "/events/" + id, world.token("caseworker"),
                "{\"version\":1,\"event\":" + corrected + "}").statusCode(), "no counter-trafficking permission");
    }
}
