package org.camino.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An API token, its user and the user's roles are read from the database at every request and kept for that
 * request alone. So a revoked or expired token, a disabled account or a removed role is refused at the token's very
 * next request, however often the token was used just before. Changes are also made in the database directly, as
 * the other server of a cluster (or an administrator's SQL) would make them, unseen by this server.
 */
@ExtendWith(DeployedCamino.class)
class TokenRefusalIT {

    /** Requests with the token before the change: whatever a server might remember of it, it has seen it. */
    private static final int USES_BEFORE = 5;

    private static World world;

    @BeforeAll
    static void createWorld() {
        world = World.create();
    }

    @Test
    void aRevokedTokenIsRefusedAtItsNextRequest() {
        World.Member member = world.newUser("revoked", new String[] {"CASEWORKER", world.mission(), "avrr"});
        JsonObject issued = issue(member);
        String token = issued.getString("secret");
        String second = issue(member).getString("secret");
        useRepeatedly(token, "/api/me");
        useRepeatedly(token, "/api/cases/search?by=name&value=Nobody");

        HttpResponse<String> revoked = Api.delete("/api/tokens/" + issued.getJsonNumber("id"), second);
        assertEquals(204, revoked.statusCode(), revoked.body());

        assertEquals(401, Api.get("/api/me", token).statusCode(), "revoked token refused");
        assertEquals(401, Api.get("/api/cases/search?by=name&value=Nobody", token).statusCode());
        assertEquals(200, Api.get("/api/me", second).statusCode(), "the user's other token still works");
    }

    @Test
    void aTokenRevokedOrExpiredInTheDatabaseIsRefusedAtItsNextRequest() throws SQLException {
        World.Member member = world.newUser("expired", new String[] {"CASEWORKER", world.mission(), "avrr"});
        JsonObject expiring = issue(member);
        JsonObject revoking = issue(member);
        useRepeatedly(expiring.getString("secret"), "/api/me");
        useRepeatedly(revoking.getString("secret"), "/api/me");

        sql("update api_token set expires_at = now() - interval '1 second' where id = ?", expiring.getJsonNumber("id").longValue());
        sql("update api_token set revoked_at = now() where id = ?", revoking.getJsonNumber("id").longValue());

        assertEquals(401, Api.get("/api/me", expiring.getString("secret")).statusCode(), "expired token refused");
        assertEquals(401, Api.get("/api/me", revoking.getString("secret")).statusCode(), "revoked token refused");
    }

    @Test
    void aUserDisabledInTheDatabaseIsRefusedAtTheNextRequest() throws SQLException {
        World.Member member = world.newUser("disabled", new String[] {"CASEWORKER", world.mission(), "avrr"});
        String token = issue(member).getString("secret");
        useRepeatedly(token, "/api/me");

        sql("update app_user set enabled = false where username = ?", member.username());

        assertEquals(401, Api.get("/api/me", token).statusCode(), "token of a disabled user refused");
    }

    @Test
    void aRoleRemovedInTheDatabaseGrantsNothingFromTheNextRequestOn() throws SQLException {
        World.Member member = world.newUser("roles", new String[] {"CASEWORKER", world.mission(), "resettlement"},
                new String[] {"CASEWORKER", world.mission(), "avrr"});
        String token = issue(member).getString("secret");
        String resettlement = caseOf(token, "RST");
        String avrr = caseOf(token, "AVR");
        useRepeatedly(token, "/api/cases/" + avrr);
        useRepeatedly(token, "/api/cases/" + resettlement);

        sql("delete from user_role where programme_area = 'avrr' and user_id = (select id from app_user where username = ?)",
                member.username());

        assertRefused(Api.get("/api/cases/" + avrr, token), "the AVRR assignment is gone");
        assertEquals(200, Api.get("/api/cases/" + resettlement, token).statusCode(), "the resettlement one stays");
        assertEquals(List.of("CASEWORKER"), roles(token));

        sql("delete from user_role where user_id = (select id from app_user where username = ?)", member.username());

        assertRefused(Api.get("/api/cases/" + resettlement, token), "no role left");
        assertEquals(List.of(), roles(token));
        JsonObject me = World.object(Api.get("/api/me", token).body());
        assertEquals(0, me.getJsonArray("missions").size(), "no mission left: " + me);
    }

    // --- helpers

    private static JsonObject issue(World.Member member) {
        HttpResponse<String> issued = Api.requestToken(member.username(), member.password(), null);
        assertEquals(201, issued.statusCode(), issued.body());
        return World.object(issued.body());
    }

    private static void useRepeatedly(String token, String path) {
        for (int i = 0; i < USES_BEFORE; i++) {
            HttpResponse<String> response = Api.get(path, token);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
    }

    private static String caseOf(String token, String type) {
        return CaseFixtures.number(CaseFixtures.register(token, type, world.mission(),
                CaseFixtures.person(CaseFixtures.unique("Token"), type, "1990-01-01", CaseFixtures.unique("T"), "")));
    }

    private static List<String> roles(String token) {
        HttpResponse<String> me = Api.get("/api/me", token);
        assertEquals(200, me.statusCode(), me.body());
        return World.object(me.body()).getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static void assertRefused(HttpResponse<String> response, String why) {
        assertTrue(response.statusCode() == 403 || response.statusCode() == 404,
                why + ": " + response.statusCode() + " " + response.body());
    }

    /** A change made behind this server's back, as another server of the cluster makes it. */
    private static void sql(String statement, Object parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres")) {
            try (Statement schema = db.createStatement()) {
                schema.execute("set search_path to camino");
            }
            try (PreparedStatement change = db.prepareStatement(statement)) {
                change.setObject(1, parameter);
                assertTrue(change.executeUpdate() > 0, "no row changed: " + statement);
            }
        }
    }
}
