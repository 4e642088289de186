package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name search over REST by any word, across spellings and scripts, ranked, and never into another mission. */
@ExtendWith(DeployedCamino.class)
class NameSearchIT {

    private static World WORLD;
    private static World OTHER;

    @org.junit.jupiter.api.BeforeAll
    static void createWorlds() {
        WORLD = World.create();
        OTHER = World.create();
    }


    @Test
    void aNameIsFoundByEachWordAloneAndAcrossSpellingsAndScripts() {
        String kenya = WORLD.token("caseworker");
        String word = letters(unique("Evaltest"));
        String zoe = number(register(kenya, "AVR", WORLD.mission(), person("Zoé", "É" + word.substring(1) + " Mwangi", "1931-02-03", "", "")));
        String djordjevic = number(register(kenya, "AVR", WORLD.mission(), person("Mohamed", "Đorđević", "1932-03-04", "", "")));
        String ivanov = number(register(kenya, "AVR", WORLD.mission(), person("Pyotr", "Ivanov", "1933-04-05", "", "")));

        String byWord = matched(search(kenya, word, null), zoe);
        assertTrue(byWord != null && byWord.startsWith("word"), "the family name's first word alone, without its accent: " + byWord);
        assertNotNull(matched(search(kenya, "Zoé", 1931), zoe), "the given name alone");
        assertNotNull(matched(search(kenya, "zoe", 1931), zoe), "the given name alone, without accent");
        assertEquals("exact", matched(search(kenya, "Zoé É" + word.substring(1) + " Mwangi", null), zoe));

        JsonArray variant = search(kenya, "Mohammed Djordjevic", 1932);
        assertEquals(djordjevic, variant.getJsonObject(0).getString("number"), "ranked first: " + variant);
        String how = matched(variant, djordjevic);
        assertFalse(how.contains("exact"), how);
        assertTrue(how.contains("sound") || how.contains("consonants"), "says what matched: " + how);
        assertNotNull(matched(search(kenya, "Djordjevic", 1932), djordjevic), "Djordjevic finds Đorđević");
        assertNotNull(matched(search(kenya, "Мохамед Ђорђевић", 1932), djordjevic), "in Serbian Cyrillic");

        assertTrue(matched(search(kenya, "Иванов", 1933), ivanov).contains("transliteration"), "Иванов finds Ivanov");
        assertNotNull(matched(search(kenya, "Пётр Иванов", 1933), ivanov));
    }

    @Test
    void anotherMissionsPeopleAreNeverFoundNorWarnedAbout() {
        String kenya = WORLD.token("caseworker");
        String jordan = OTHER.token("caseworker");
        String family = letters(unique("Hodan"));
        String inJordan = number(register(jordan, "AVR", OTHER.mission(), person("Mohamed", family, "1934-05-06", "", "")));

        for (String query : List.of("Mohamed " + family, "Mohammed " + family, family, "محمد " + family)) {
            JsonArray found = search(kenya, query, 1934);
            assertEquals(null, matched(found, inJordan), query + ": " + found);
            for (JsonObject row : found.getValuesAs(JsonObject.class)) {
                assertEquals(WORLD.mission(), row.getString("mission"), query + ": " + row);
            }
        }
        assertNotNull(matched(search(jordan, "Mohammed " + family, 1934), inJordan), "found in its own mission");

        HttpResponse<String> sameNameInKenya = Api.post("/api/cases", kenya, CaseFixtures.newCase("AVR", WORLD.mission(),
                person("Mohammed", family, "1934-01-01", unique("PZ"), ""), "[]", false));
        assertEquals(201, sameNameInKenya.statusCode(), "no warning about a person the caseworker may not see: "
                + sameNameInKenya.body());
    }

    @Test
    void theDuplicateWarningUsesTheSameMatching() {
        String kenya = WORLD.token("caseworker");
        String family = letters(unique("Warsame"));
        String first = number(register(kenya, "RST", WORLD.mission(), person("Mohamed", family, "1935-06-07", "", "")));

        HttpResponse<String> variant = Api.post("/api/cases", kenya, CaseFixtures.newCase("AVR", WORLD.mission(),
                person("Muhammad", family, "1935-12-31", unique("PQ"), ""), "[]", false));
        assertEquals(409, variant.statusCode(), variant.body());
        JsonObject warning = json(variant.body()).asJsonObject();
        assertTrue(warning.toString().contains(first), warning.toString());
        assertTrue(warning.toString().contains("similar name and birth year"), warning.toString());

        HttpResponse<String> otherYear = Api.post("/api/cases", kenya, CaseFixtures.newCase("AVR", WORLD.mission(),
                person("Muhammad", family, "1960-01-01", unique("PQ"), ""), "[]", false));
        assertEquals(201, otherYear.statusCode(), "another year of birth is another person: " + otherYear.body());
    }

    @Test
    void aPersonRegisteredBeforeWordKeysGetsThemFromTheKeyRotationJob() throws Exception {
        String kenya = WORLD.token("caseworker");
        String family = letters(unique("Olderfile"));
        String json = register(kenya, "AVR", WORLD.mission(), person("Amina", family, "1936-07-08", "", ""));
        long personId = Long.parseLong(CasesIT.firstPersonId(json));
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            // as migration V12 leaves every person registered before it
            assertEquals(1, sql.executeUpdate("update camino.person set name_keys = null where id = " + personId));
            try (ResultSet keys = sql.executeQuery("select count(*) from camino.person_name_key where person_id = " + personId)) {
                keys.next();
                assertEquals(0, keys.getLong(1), "the trigger removed its word keys");
            }
        }
        assertNull(matched(search(kenya, "Amina", 1936), number(json)), "not found by one word without word keys");
        assertNotNull(matched(search(kenya, "Amina " + family, null), number(json)), "still found by its whole name");

        String admin = WORLD.token("admin");
        HttpResponse<String> started = Api.post("/api/admin/key-rotation", admin, "");
        assertEquals(202, started.statusCode(), started.body());
        String status = "";
        for (int i = 0; i < 240; i++) { // bounded: 60 s
            status = Api.get("/api/admin/key-rotation", admin).body();
            if (!"RUNNING".equals(json(status).asJsonObject().getString("state"))) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("COMPLETED", json(status).asJsonObject().getString("state"), status);
        assertNotNull(matched(search(kenya, "Amina", 1936), number(json)), "found by one word after the job");
        assertNotNull(matched(search(kenya, family, null), number(json)), "found by the family name alone");
    }

    /** The case's "matched" in the results, or null if the case is not among them. */
    private static String matched(JsonArray rows, String number) {
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            if (number.equals(row.getString("number"))) {
                return row.getString("matched");
            }
        }
        return null;
    }

    private static JsonArray search(String token, String name, Integer birthYear) {
        HttpResponse<String> response = Api.get("/api/cases/search?by=name&value=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (birthYear == null ? "" : "&birthYear=" + birthYear), token);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).asJsonArray();
    }

    private static jakarta.json.JsonValue json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    /** A unique word of letters only (hex digits spelt as letters), so that it reads as a name word. */
    private static String letters(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return out.toString();
    }
}
