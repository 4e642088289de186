package org.camino.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The days expected in each workflow status: administrators change them on the
 * version they read (others are refused), and the caseload report of cases past
 * their expected next step counts against them.
 */
@ExtendWith(DeployedCamino.class)
class WorkflowSettingsIT {

    private static final String SETTINGS = "/api/admin/workflow-expected-days";

    @Test
    void anOverdueCaseIsCountedAgainstTheDaysTheAdministratorSet() throws Exception {
        World world = World.create();
        String admin = world.token("admin");
        JsonObject avrOpen = setting(admin, "AVR", "OPEN");
        int original = avrOpen.getInt("expectedDays");

        // a return case registered, then left 20 days in its first status (the test moves its dates back)
        JsonObject made = World.object(register(world.token("caseworker"), "AVR", world.mission(),
                person(unique("Amina"), unique("Odhiambo"), "1990-04-05", unique("P"), "")));
        assertEquals("OPEN", made.getString("status"));
        LocalDate twentyDaysAgo = LocalDate.now().minusDays(20);
        AreaFixtures.execute("update camino.case_file set opened_on = '" + twentyDaysAgo + "' where number = '"
                + made.getString("number") + "'");
        AreaFixtures.execute("update camino.case_status_change set changed_at = changed_at - interval '20 days' where case_id ="
                + " (select id from camino.case_file where number = '" + made.getString("number") + "')");
        String manager = world.token("manager");
        try {
            change(admin, "AVR", "OPEN", 10, avrOpen.getInt("version"), 200);
            assertEquals(1, overdue(manager, world.mission(), "OPEN"), "20 days in OPEN, 10 expected");
            JsonObject now = setting(admin, "AVR", "OPEN");
            change(admin, "AVR", "OPEN", 30, now.getInt("version"), 200);
            assertEquals(0, overdue(manager, world.mission(), "OPEN"), "20 days in OPEN, 30 expected");
            // a manager of another mission does not see it whatever the setting
            change(admin, "AVR", "OPEN", 10, setting(admin, "AVR", "OPEN").getInt("version"), 200);
            World other = World.create();
            JsonObject theirs = World.object(Api.get("/api/reports/caseload-overdue?period=" + YearMonth.now()
                    + "&by=status", other.token("manager")).body());
            assertTrue(theirs.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                    .noneMatch(r -> r.getString("mission").equals(world.mission())), theirs.toString());
        } finally {
            change(admin, "AVR", "OPEN", original, setting(admin, "AVR", "OPEN").getInt("version"), 200);
        }
    }

    @Test
    void aStaleVersionAWrongValueOrAnotherRoleChangesNothing() throws Exception {
        World world = World.create();
        String admin = world.token("admin");
        JsonObject before = setting(admin, "MHA", "DEFERRED");
        int version = before.getInt("version");

        JsonObject stale = change(admin, "MHA", "DEFERRED", 91, version - 1, 409);
        assertTrue(stale.containsKey("error"), stale.toString());
        assertEquals(List.of("expectedDays"), fields(change(admin, "MHA", "DEFERRED", 0, version, 400)));
        assertEquals(List.of("expectedDays"), fields(change(admin, "MHA", "DEFERRED", 3651, version, 400)));
        assertEquals(List.of("status"), fields(change(admin, "MHA", "CLOSED", 30, version, 400)));
        assertEquals(List.of("status"), fields(change(admin, "MHA", "RETURNED", 30, version, 400)));
        assertEquals(List.of("caseType"), fields(change(admin, "XYZ", "OPEN", 30, version, 400)));
        for (String role : List.of("manager", "caseworker", "analyst")) {
            assertEquals(403, Api.put(SETTINGS + "/mha/deferred", world.token(role),
                    "{\"expectedDays\":91,\"version\":" + version + "}").statusCode(), role);
            assertEquals(403, Api.get(SETTINGS, world.token(role)).statusCode(), role);
        }
        assertEquals(401, Api.put(SETTINGS + "/mha/deferred", null, "{\"expectedDays\":91,\"version\":" + version + "}")
                .statusCode());
        assertEquals(before, setting(admin, "MHA", "DEFERRED"), "nothing changed");

        JsonObject changed = change(admin, "MHA", "DEFERRED", before.getInt("expectedDays") + 1, version, 200);
        assertEquals(version + 1, changed.getInt("version"));
        assertEquals(world.username("admin"), changed.getString("changedBy"));
        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=50", admin).body());
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "SETTING_CHANGED".equals(e.getString("event"))
                && "workflow:MHA:DEFERRED".equals(e.getString("target"))), log.toString());
        change(admin, "MHA", "DEFERRED", before.getInt("expectedDays"), version + 1, 200);
    }

    private static JsonObject setting(String admin, String caseType, String status) {
        HttpResponse<String> all = Api.get(SETTINGS, admin);
        assertEquals(200, all.statusCode(), all.body());
        return World.array(all.body()).stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("caseType").equals(caseType) && s.getString("status").equals(status))
                .findFirst().orElseThrow();
    }

    private static JsonObject change(String admin, String caseType, String status, int days, int version, int expected) {
        HttpResponse<String> answer = Api.put(SETTINGS + "/" + caseType.toLowerCase() + "/" + status.toLowerCase(), admin,
                "{\"expectedDays\":" + days + ",\"version\":" + version + "}");
        assertEquals(expected, answer.statusCode(), answer.body());
        return World.object(answer.body());
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
    }

    private static long overdue(String manager, String mission, String status) {
        HttpResponse<String> answer = Api.get("/api/reports/caseload-overdue?period=" + YearMonth.now() + "&by=status", manager);
        assertEquals(200, answer.statusCode(), answer.body());
        return World.object(answer.body()).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("mission").equals(mission) && r.getString("value").equals(status))
                .mapToLong(r -> r.getJsonNumber("count").longValue()).sum();
    }
}
