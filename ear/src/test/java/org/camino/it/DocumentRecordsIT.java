package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/cases/{number}/documents: the documents of a case's people, with the access rules of its notes. */
@ExtendWith(DeployedCamino.class)
class DocumentRecordsIT {

    private static World world;
    private static World other;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
        other = World.create();
    }

    static String document(long personId, String type, String number, String issued, String expires) {
        return "{\"personId\":" + personId + ",\"documentType\":\"" + type + "\",\"documentNumber\":\"" + number
                + "\",\"issuingCountry\":\"SOM\",\"issuedOn\":" + (issued == null ? "null" : "\"" + issued + "\"")
                + ",\"expiresOn\":" + (expires == null ? "null" : "\"" + expires + "\"") + ",\"remarks\":\"Copy kept in the file\"}";
    }

    /** The id of the case's first household member (the principal comes first). */
    static long principalId(String caseJson) {
        Matcher m = Pattern.compile("\"person\":\\{[^{}]*?\"id\":(\\d+)").matcher(caseJson);
        assertTrue(m.find(), caseJson);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aCaseworkerRecordsCorrectsAndInvalidatesADocumentAndItsNumberNeverReachesPostgresInClear() throws Exception {
        String caseworker = world.token("caseworker");
        String json = register(caseworker, "AVR", world.mission(), person(unique("Doc"), unique("Holder"), "1979-09-09", unique("P"), ""));
        String number = number(json);
        long person = principalId(json);
        String passport = unique("PX");

        HttpResponse<String> added = Api.post("/api/cases/" + number + "/documents", caseworker,
                document(person, "PASSPORT", passport, "2020-01-15", "2030-01-14"));
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.body().contains("\"documentNumber\":\"" + passport + "\""), added.body());
        assertTrue(added.body().contains("\"valid\":true") && added.body().contains("\"recordedBy\":\"" + world.username("caseworker") + "\""), added.body());
        String id = Api.jsonString(added.body(), "id");
        String version = Api.jsonString(added.body(), "version");

        String corrected = passport + "9";
        HttpResponse<String> edited = Api.put("/api/cases/" + number + "/documents/" + id, caseworker,
                "{\"version\":" + version + ",\"document\":" + document(person, "PASSPORT", corrected, "2020-01-15", "2030-01-14") + "}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(edited.body().contains(corrected), edited.body());
        HttpResponse<String> stale = Api.put("/api/cases/" + number + "/documents/" + id, caseworker,
                "{\"version\":" + version + ",\"document\":" + document(person, "VISA", "X", null, null) + "}");
        assertEquals(409, stale.statusCode(), "a second edit on the same version: " + stale.body());

        String manager = world.token("manager");
        String listed = Api.get("/api/cases/" + number + "/documents", manager).body();
        assertTrue(listed.contains(corrected), "readers of the case see its documents: " + listed);
        assertEquals(403, Api.post("/api/cases/" + number + "/documents", manager,
                document(person, "VISA", "V1", null, null)).statusCode(), "the manager may not update the case");

        HttpResponse<String> invalidated = Api.post("/api/cases/" + number + "/documents/" + id + "/invalidation", caseworker,
                "{\"version\":" + Api.jsonString(edited.body(), "version") + "}");
        assertEquals(200, invalidated.statusCode(), invalidated.body());
        assertTrue(invalidated.body().contains("\"valid\":false"), "still listed, as invalid: " + invalidated.body());

        String history = Api.get("/api/cases/" + number + "/history", caseworker).body();
        assertTrue(history.contains("\"record\":\"document " + id + "\"") && history.contains("invalidatedOn"), history);

        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            for (String table : new String[] {"camino.case_document", "camino.case_document_aud"}) {
                StringBuilder rows = new StringBuilder();
                try (ResultSet rs = sql.executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) {
                        rows.append(rs.getString(1)).append('\n');
                    }
                }
                assertTrue(rows.length() > 0, table);
                assertFalse(rows.toString().contains(passport), "document number in clear in " + table);
                assertFalse(rows.toString().contains("Copy kept in the file"), "remarks in clear in " + table);
            }
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        String caseworker = world.token("caseworker");
        String json = register(caseworker, "RST", world.mission(), person(unique("Bad"), unique("Doc"), "1990-01-01", unique("P"), ""));
        String number = number(json);
        long person = principalId(json);

        HttpResponse<String> backwards = Api.post("/api/cases/" + number + "/documents", caseworker,
                document(person, "PASSPORT", "P1", "2024-05-01", "2024-04-30"));
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("\"field\":\"expiresOn\""), backwards.body());

        HttpResponse<String> unknownType = Api.post("/api/cases/" + number + "/documents", caseworker,
                document(person, "LIBRARY_CARD", "P1", null, null));
        assertEquals(400, unknownType.statusCode());
        assertTrue(unknownType.body().contains("\"field\":\"documentType\""), unknownType.body());

        HttpResponse<String> missing = Api.post("/api/cases/" + number + "/documents", caseworker, "{\"documentNumber\":\"P1\"}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("personId") && missing.body().contains("documentType"), missing.body());

        String otherCase = register(caseworker, "RST", world.mission(), person(unique("Other"), unique("Fam"), "1990-01-01", unique("P"), ""));
        HttpResponse<String> stranger = Api.post("/api/cases/" + number + "/documents", caseworker,
                document(principalId(otherCase), "PASSPORT", "P1", null, null));
        assertEquals(400, stranger.statusCode(), "a person of another case: " + stranger.body());
        assertTrue(stranger.body().contains("\"field\":\"personId\""), stranger.body());

        assertEquals(400, Api.put("/api/cases/" + number + "/documents/1", caseworker, "{}").statusCode(), "no version");
        assertEquals("[]", Api.get("/api/cases/" + number + "/documents", caseworker).body(), "nothing was saved");
    }

    @Test
    void documentsOfAnotherMissionsCaseAreNotFound() {
        String caseworker = world.token("caseworker");
        String json = register(caseworker, "RST", world.mission(), person(unique("Insider"), unique("Doc"), "1990-01-01", unique("P"), ""));
        String number = number(json);
        HttpResponse<String> added = Api.post("/api/cases/" + number + "/documents", caseworker,
                document(principalId(json), "REFUGEE_ID", unique("R"), null, null));
        assertEquals(201, added.statusCode(), added.body());
        String id = Api.jsonString(added.body(), "id");

        String outsider = other.token("caseworker");
        HttpResponse<String> missing = Api.get("/api/cases/" + world.mission() + "-RST-2026-999999/documents", outsider);
        HttpResponse<String> list = Api.get("/api/cases/" + number + "/documents", outsider);
        assertEquals(404, list.statusCode());
        assertEquals(missing.body(), list.body(), "same answer as for a case that does not exist");
        assertEquals(404, Api.post("/api/cases/" + number + "/documents", outsider,
                document(principalId(json), "VISA", "V", null, null)).statusCode());
        assertEquals(404, Api.put("/api/cases/" + number + "/documents/" + id, outsider,
                "{\"version\":0,\"document\":" + document(principalId(json), "VISA", "V", null, null) + "}").statusCode());
        assertEquals(404, Api.post("/api/cases/" + number + "/documents/" + id + "/invalidation", outsider,
                "{\"version\":0}").statusCode());
        String health = world.token("health");
        assertEquals(404, Api.get("/api/cases/" + number + "/documents", health).statusCode(), "another programme area");

        // a document id of one case under another case's number is not found either
        String mine = number(register(caseworker, "RST", world.mission(), person(unique("Else"), unique("Doc"), "1990-01-01", unique("P"), "")));
        assertEquals(404, Api.post("/api/cases/" + mine + "/documents/" + id + "/invalidation", caseworker,
                "{\"version\":0}").statusCode());
    }
}
