package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic data through the API: stored encrypted and audited like real cases, readable by the right user, admin only.
 * Generated into a world's own mission and counted there. (That demo mode seeds 300 cases: DemoSeedIT.)
 */
@ExtendWith(DeployedCamino.class)
class SyntheticDataIT {

    @Test
    void anAdministratorGeneratesCasesThatAreStoredEncryptedAuditedAndReadableByTheirCaseworker() throws Exception {
        World world = World.create();
        String admin = world.token("admin");
        String mission = world.mission();
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl() + "?currentSchema=camino", "postgres", "postgres")) {
            // only the world's mission is counted: other tests may register and generate meanwhile
            assertEquals(0, count(db, CASES, mission), "a new mission has no cases");

            HttpResponse<String> generated = Api.post("/api/admin/synthetic", admin,
                    "{\"count\":300,\"seed\":7,\"mission\":\"" + mission + "\"}");
            assertEquals(201, generated.statusCode(), generated.body());
            JsonObject result = World.object(generated.body());
            assertEquals(300, result.getInt("cases"));
            long persons = result.getJsonNumber("persons").longValue();
            assertTrue(persons > 450 && persons < 1200, "about 2.5 people per case: " + persons);

            assertEquals(300, count(db, CASES, mission), "all 300 in the mission asked for");
            assertEquals(persons, count(db, PERSONS, mission));
            assertEquals(persons, count(db, AUDITED_PERSONS, mission), "every person audited");
            // chunks flush by hand and Envers writes their history through a session of its own: none is lost
            assertEquals(300, count(db, AUDITED_CASES, mission), "every case audited");
            assertEquals(persons, count(db, AUDITED_MEMBERS, mission),
                    "every household member (every person, principals included) audited");
            assertEquals(1, count(db, REVISIONS, mission), "one revision per chunk of 1000 cases");
            try (PreparedStatement sql = db.prepareStatement("select distinct r.username from revinfo r"
                    + " join case_file_aud a on a.rev = r.id join mission m on m.id = a.mission_id where m.code = ?")) {
                sql.setString(1, mission);
                try (ResultSet rs = sql.executeQuery()) {
                    rs.next();
                    assertEquals(world.username("admin"), rs.getString(1), "the revision names who generated");
                }
            }

            // a generated resettlement or return case, as its caseworker sees it
            String number;
            long principalId;
            try (PreparedStatement sql = db.prepareStatement("""
                    select c.number, c.principal_id from case_file c join mission m on m.id = c.mission_id
                     where m.code = ? and c.case_type in ('AVR', 'RST') order by c.id limit 1""")) {
                sql.setString(1, mission);
                try (ResultSet rs = sql.executeQuery()) {
                    assertTrue(rs.next(), "an AVR/RST case among 300");
                    number = rs.getString(1);
                    principalId = rs.getLong(2);
                }
            }
            HttpResponse<String> read = Api.get("/api/cases/" + number, world.token("caseworker"));
            assertEquals(200, read.statusCode(), read.body());
            String givenName = Api.jsonString(read.body(), "givenName");
            String familyName = Api.jsonString(read.body(), "familyName");
            assertFalse(givenName.isBlank());

            try (PreparedStatement sql = db.prepareStatement(
                    "select given_name, family_name, name_index from person where id = ?")) {
                sql.setLong(1, principalId);
                try (ResultSet rs = sql.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getString(1).startsWith("v1:"), "given name encrypted");
                    assertFalse(rs.getString(1).contains(givenName));
                    assertFalse(rs.getString(2).contains(familyName));
                    assertEquals(32, rs.getString(3).length(), "blind index set");
                }
            }
            // and the blind-index search finds it under its name
            HttpResponse<String> found = Api.get("/api/cases/search?by=name&value="
                    + java.net.URLEncoder.encode(givenName + " " + familyName, java.nio.charset.StandardCharsets.UTF_8),
                    world.token("caseworker"));
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains(number), "search by name finds the generated case");
        }
    }

    @Test
    void onlyAdministratorsMayGenerateAndOnlyWithinLimits() throws Exception {
        World world = World.create();
        HttpResponse<String> caseworker = Api.post("/api/admin/synthetic", world.token("caseworker"),
                "{\"count\":10,\"seed\":1}");
        assertEquals(403, caseworker.statusCode(), caseworker.body());
        HttpResponse<String> manager = Api.post("/api/admin/synthetic", world.token("manager"),
                "{\"count\":10,\"seed\":1}");
        assertEquals(403, manager.statusCode(), manager.body());
        HttpResponse<String> anonymous = Api.post("/api/admin/synthetic", null, "{\"count\":10,\"seed\":1}");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> tooMany = Api.post("/api/admin/synthetic", world.token("admin"),
                "{\"count\":1000001,\"seed\":1}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("synthetic.count.range"), tooMany.body());
        HttpResponse<String> unknownMission = Api.post("/api/admin/synthetic", world.token("admin"),
                "{\"count\":10,\"seed\":1,\"mission\":\"" + World.newMissionCode() + "\"}");
        assertEquals(400, unknownMission.statusCode(), unknownMission.body());
        assertEquals("mission", World.object(unknownMission.body()).getJsonArray("fields").getJsonObject(0).getString("field"));
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl() + "?currentSchema=camino", "postgres", "postgres")) {
            assertEquals(0, count(db, CASES, world.mission()), "nothing generated by the refused requests");
        }
    }

    private static final String IN_MISSION = " join mission m on m.id = %s.mission_id where m.code = ?";
    private static final String CASES = "select count(*) from case_file c" + IN_MISSION.formatted("c");
    private static final String PERSONS = "select count(*) from person p" + IN_MISSION.formatted("p");
    private static final String AUDITED_PERSONS = "select count(*) from person_aud p" + IN_MISSION.formatted("p");
    private static final String AUDITED_CASES = "select count(*) from case_file_aud c" + IN_MISSION.formatted("c");
    private static final String AUDITED_MEMBERS = "select count(*) from household_member_aud h join person p on p.id = h.person_id"
            + IN_MISSION.formatted("p");
    private static final String REVISIONS = "select count(distinct c.rev) from case_file_aud c" + IN_MISSION.formatted("c");

    /** One of the counts above, of the mission's rows only. */
    private static long count(Connection db, String query, String mission) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(query)) {
            sql.setString(1, mission);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
