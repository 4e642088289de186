package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.camino.it.CaseFixtures.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic data through the API: stored encrypted and audited like real cases, readable by the right user, admin only. */
@ExtendWith(DeployedCamino.class)
class SyntheticDataIT {

    @Test
    void anAdministratorGeneratesCasesThatAreStoredEncryptedAuditedAndReadableByTheirCaseworker() throws Exception {
        String admin = Api.token("admin", PASSWORD, null);
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl() + "?currentSchema=camino", "postgres", "postgres")) {
            long casesBefore = count(db, "case_file");
            long personsBefore = count(db, "person");
            long auditedPersonsBefore = count(db, "person_aud");
            long auditedCasesBefore = count(db, "case_file_aud");
            long auditedMembersBefore = count(db, "household_member_aud");
            long revisionsBefore = count(db, "revinfo");

            HttpResponse<String> generated = Api.post("/api/admin/synthetic", admin, "{\"count\":300,\"seed\":7}");
            assertEquals(201, generated.statusCode(), generated.body());
            assertEquals("300", Api.jsonString(generated.body(), "cases"));
            long persons = Long.parseLong(Api.jsonString(generated.body(), "persons"));
            assertTrue(persons > 450 && persons < 1200, "about 2.5 people per case: " + persons);

            assertEquals(casesBefore + 300, count(db, "case_file"));
            assertEquals(personsBefore + persons, count(db, "person"));
            assertEquals(auditedPersonsBefore + persons, count(db, "person_aud"), "every person audited");
            // chunks flush by hand and Envers writes their history through a session of its own: none is lost
            assertEquals(auditedCasesBefore + 300, count(db, "case_file_aud"), "every case audited");
            assertEquals(auditedMembersBefore + persons, count(db, "household_member_aud"),
                    "every household member (every person, principals included) audited");
            assertEquals(1, count(db, "revinfo") - revisionsBefore, "one revision per chunk of 1000 cases");
            try (Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("select username from revinfo order by id desc limit 1")) {
                rs.next();
                assertEquals("admin", rs.getString(1));
            }

            // a generated Kenyan resettlement or return case, as its caseworker sees it
            String number;
            long principalId;
            try (Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("""
                         select c.number, c.principal_id from case_file c join mission m on m.id = c.mission_id
                          where m.code = 'KEN' and c.case_type in ('AVR', 'RST') and c.updated_by = 'admin'
                          order by c.id limit 1""")) {
                assertTrue(rs.next(), "a KEN AVR/RST case among 300");
                number = rs.getString(1);
                principalId = rs.getLong(2);
            }
            HttpResponse<String> read = Api.get("/api/cases/" + number, Api.token("caseworker", PASSWORD, null));
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
                    Api.token("caseworker", PASSWORD, null));
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains(number), "search by name finds the generated case");
        }
    }

    @Test
    void onlyAdministratorsMayGenerateAndOnlyWithinLimits() {
        HttpResponse<String> caseworker = Api.post("/api/admin/synthetic", Api.token("caseworker", PASSWORD, null),
                "{\"count\":10,\"seed\":1}");
        assertEquals(403, caseworker.statusCode(), caseworker.body());
        HttpResponse<String> manager = Api.post("/api/admin/synthetic", Api.token("manager", PASSWORD, null),
                "{\"count\":10,\"seed\":1}");
        assertEquals(403, manager.statusCode(), manager.body());
        HttpResponse<String> anonymous = Api.post("/api/admin/synthetic", null, "{\"count\":10,\"seed\":1}");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> tooMany = Api.post("/api/admin/synthetic", Api.token("admin", PASSWORD, null),
                "{\"count\":1000001,\"seed\":1}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("synthetic.count.range"), tooMany.body());
    }

    @Test
    void demoModeSeedsSyntheticCasesAtFirstStart() throws SQLException {
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl() + "?currentSchema=camino", "postgres", "postgres");
             Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select count(*) from case_file where updated_by = 'system'")) {
            rs.next();
            assertEquals(300, rs.getLong(1));
        }
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
