package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.camino.it.AreaFixtures.day;
import static org.camino.it.AreaFixtures.newCase;
import static org.camino.it.AreaFixtures.ok;
import static org.camino.it.AreaFixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PUT /api/cases/{number}/resettlement/stages/{stage}: a stage recorded or corrected on the version that was read. */
@ExtendWith(DeployedCamino.class)
class ResettlementStagesIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    @Test
    void aStageIsSavedOnTheVersionReadAndAStaleSaveIsAConflict() {
        String caseworker = world.token("caseworker");
        String stages = "/api/cases/" + newCase(caseworker, "RST", world.mission()) + "/resettlement/stages/";

        String first = ok(Api.put(stages + "referral_received", caseworker, change("null", day(20)))).body();
        long version = stageVersion(first, "REFERRAL_RECEIVED");
        assertEquals(409, Api.put(stages + "referral_received", caseworker, change("null", day(19))).statusCode(),
                "a new stage that someone recorded meanwhile");

        String corrected = ok(Api.put(stages + "referral_received", caseworker, change(String.valueOf(version), day(18)))).body();
        assertTrue(corrected.contains("\"reachedOn\":\"" + day(18) + "\""), corrected);
        assertEquals(409, Api.put(stages + "referral_received", caseworker, change(String.valueOf(version), day(17))).statusCode(),
                "a correction made on an old version");
        assertEquals(409, Api.put(stages + "interview", caseworker, change("0", day(10))).statusCode(),
                "a version for a stage that was never recorded");

        refused(Api.put(stages + "departure", caseworker, change("null", day(25))), "reachedOn"); // before the referral
        refused(Api.put(stages + "interview", caseworker, "{\"version\":null}"), "reachedOn");
        refused(Api.put(stages + "boarding", caseworker, change("null", day(10))), "stage");
        String read = ok(Api.get(stages.substring(0, stages.length() - 1), caseworker)).body();
        assertFalse(read.contains("DEPARTURE") || read.contains("INTERVIEW"), "nothing saved: " + read);
        assertTrue(read.contains("\"reachedOn\":\"" + day(18) + "\""), read);

        String manager = world.token("manager");
        assertEquals(403, Api.put(stages + "interview", manager, change("null", day(10))).statusCode(), "read-only role");
    }

    private static String change(String version, String reachedOn) {
        return "{\"version\":" + version + ",\"reachedOn\":\"" + reachedOn + "\"}";
    }

    static long stageVersion(String resettlementJson, String stage) {
        Matcher m = Pattern.compile("\\{[^{}]*\"stage\":\"" + stage + "\"[^{}]*}").matcher(resettlementJson);
        assertTrue(m.find(), stage + " in " + resettlementJson);
        return Long.parseLong(Api.jsonString(m.group(), "version"));
    }
}
