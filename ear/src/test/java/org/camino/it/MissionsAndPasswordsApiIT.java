package org.camino.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a test world is made with, as any API client meets it: administrators
 * create and list missions; a new user replaces the initial password through
 * POST /api/account/password before any token is issued.
 */
@ExtendWith(DeployedCamino.class)
class MissionsAndPasswordsApiIT {

    private static final String INITIAL = "Initial-pass-1234";

    private static World world;

    @BeforeAll
    static void createWorld() {
        world = World.create();
    }

    @Test
    void anAdministratorCreatesAMissionOnceAndItIsListedAndLogged() {
        String admin = world.token("admin");
        String code = World.newMissionCode();
        HttpResponse<String> created = Api.post("/api/admin/missions", admin,
                "{\"code\":\"" + code + "\",\"name\":\"  Field office " + code + " \",\"country\":\"TZA\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject mission = World.object(created.body());
        assertEquals(code, mission.getString("code"));
        assertEquals("Field office " + code, mission.getString("name"), "the name is trimmed");
        assertEquals("TZA", mission.getString("country"));
        assertTrue(mission.getBoolean("active"));

        HttpResponse<String> again = Api.post("/api/admin/missions", admin,
                "{\"code\":\"" + code + "\",\"name\":\"Another name\",\"country\":\"KEN\"}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("mission.code.taken", World.object(again.body()).getString("code"));

        List<JsonObject> listed = missions(admin).stream().map(JsonValue::asJsonObject)
                .filter(m -> code.equals(m.getString("code"))).toList();
        assertEquals(1, listed.size(), "listed once");
        assertEquals("Field office " + code, listed.get(0).getString("name"), "the second request changed nothing");
        assertTrue(missions(admin).stream().map(JsonValue::asJsonObject).anyMatch(m -> world.mission().equals(m.getString("code"))));

        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=500", admin).body());
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "MISSION_CHANGED".equals(e.getString("event"))
                && ("mission:" + code).equals(e.getString("target", null))
                && world.username("admin").equals(e.getString("username", null))), "the creation is in the access log");
    }

    @Test
    void aWrongMissionFieldIsA400NamingItAndNothingIsSaved() {
        String admin = world.token("admin");
        String code = World.newMissionCode();
        assertRefused(Api.post("/api/admin/missions", admin, "{\"code\":\"ken\",\"name\":\"Lower case\",\"country\":\"KEN\"}"), "code");
        assertRefused(Api.post("/api/admin/missions", admin, "{\"code\":\"" + code + "\",\"name\":\" \",\"country\":\"KEN\"}"), "name");
        assertRefused(Api.post("/api/admin/missions", admin, "{\"code\":\"" + code + "\",\"name\":\"X\",\"country\":\"Kenya\"}"), "country");
        assertRefused(Api.post("/api/admin/missions", admin, "{}"), "code");
        assertEquals(400, Api.post("/api/admin/missions", admin, "{not json").statusCode());
        assertFalse(missions(admin).stream().map(JsonValue::asJsonObject).anyMatch(m -> code.equals(m.getString("code"))),
                "nothing saved");
    }

    @Test
    void onlyAdministratorsListOrCreateMissions() {
        String body = "{\"code\":\"" + World.newMissionCode() + "\",\"name\":\"Not allowed\",\"country\":\"KEN\"}";
        for (String role : List.of("caseworker", "manager", "analyst", "publisher")) {
            assertEquals(403, Api.get("/api/admin/missions", world.token(role)).statusCode(), role);
            assertEquals(403, Api.post("/api/admin/missions", world.token(role), body).statusCode(), role);
        }
        assertEquals(401, Api.get("/api/admin/missions", null).statusCode());
        assertEquals(401, Api.post("/api/admin/missions", null, body).statusCode());
    }

    @Test
    void aNewUserChangesTheInitialPasswordOverTheApiAndOnlyThenGetsATokenWithTheNewOne() {
        String username = world.userWithInitialPassword("newcomer", INITIAL, new String[] {"CASEWORKER", world.mission(), "avrr"});
        assertEquals(400, Api.requestToken(username, INITIAL, null).statusCode(), "no token before the change");

        assertRefused(changePassword(username, INITIAL, "password123456"), "newPassword"); // too common
        assertRefused(changePassword(username, INITIAL, "short1!"), "newPassword");
        assertRefused(changePassword(username, INITIAL, INITIAL), "newPassword"); // the same again
        assertRefused(changePassword(username, INITIAL, "My-" + username + "-x"), "newPassword"); // built from the name
        assertRefused(changePassword("", INITIAL, "A-good-new-passphrase-1"), "username");
        assertRefused(changePassword(username, "", "A-good-new-passphrase-1"), "currentPassword");
        assertEquals(401, changePassword(username, "not-the-initial-one", "A-good-new-passphrase-1").statusCode(),
                "a wrong current password is a failed sign-in");
        assertEquals(401, changePassword("nobody-" + username, INITIAL, "A-good-new-passphrase-1").statusCode());
        assertEquals(400, Api.requestToken(username, INITIAL, null).statusCode(), "the refusals changed nothing");

        HttpResponse<String> changed = changePassword(username, INITIAL, "A-good-new-passphrase-1");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(401, Api.requestToken(username, INITIAL, null).statusCode(), "the initial password is gone");
        String token = Api.token(username, "A-good-new-passphrase-1", null);
        JsonObject me = World.object(Api.get("/api/me", token).body());
        assertFalse(me.getBoolean("mustChangePassword"));
        assertEquals(List.of(world.mission()), me.getJsonArray("missions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=500", world.token("admin")).body());
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "PASSWORD_CHANGED".equals(e.getString("event"))
                && username.equals(e.getString("username", null))), "the change is in the access log");
    }

    private static HttpResponse<String> changePassword(String username, String current, String next) {
        return Api.post("/api/account/password", null, jakarta.json.Json.createObjectBuilder().add("username", username)
                .add("currentPassword", current).add("newPassword", next).build().toString());
    }

    private static JsonArray missions(String admin) {
        HttpResponse<String> list = Api.get("/api/admin/missions", admin);
        assertEquals(200, list.statusCode(), list.body());
        return World.array(list.body());
    }

    /** A 400 whose fields name this one. */
    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        JsonArray fields = World.object(response.body()).getJsonArray("fields");
        assertTrue(fields.stream().map(JsonValue::asJsonObject).anyMatch(f -> field.equals(f.getString("field"))),
                field + " in " + response.body());
    }
}
