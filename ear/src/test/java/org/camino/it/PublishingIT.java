package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.UUID;

import static org.camino.it.World.array;
import static org.camino.it.World.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anonymised statistics end to end: the test sends HQ a batch of statistical
 * records of its own mission (through the node API, as a mission would), an
 * analyst drafts a release over that mission, a publisher who did not draft
 * it publishes it, and anyone downloads it. Every expected figure is computed
 * here from the records the test sent; the rules are checked on the answer
 * (published counts 0, suppressed or at least the threshold, multiples of
 * five), the files against each other, the workflow against people who may
 * not take its steps, and the database against a writer who would change a
 * published release.
 */
@ExtendWith(DeployedCamino.class)
class PublishingIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static World WORLD;
    private static String analyst;
    private static String publisher;
    /** Returns the test sent: (country of return, sex) → records, all from Kenya, January to March 2019. */
    private static final Map<List<String>, Integer> SENT = new LinkedHashMap<>(Map.of(
            List.of("SOM", "FEMALE"), 12, List.of("SOM", "MALE"), 9, List.of("ETH", "FEMALE"), 3,
            List.of("ETH", "MALE"), 8, List.of("ERI", "FEMALE"), 6, List.of("ERI", "MALE"), 2));

    @BeforeAll
    static void recordsAtHq() {
        WORLD = World.create();
        analyst = WORLD.token("analyst");
        publisher = WORLD.token("publisher");
        sendReturns(WORLD);
    }

    /** Sends HQ the returns of {@link #SENT} as the world's mission node would (also used by the browser test). */
    static void sendReturns(World world) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        int month = 0;
        for (Map.Entry<List<String>, Integer> cell : SENT.entrySet()) {
            for (int i = 0; i < cell.getValue(); i++) {
                records.add(Json.createObjectBuilder().add("recordId", pseudonym()).add("version", 1)
                        .add("mission", world.mission()).add("caseType", "AVR").add("eventType", "MOVEMENT")
                        .add("eventMonth", "2019-0" + (1 + month++ % 3)).add("casePseudonym", pseudonym())
                        .add("personPseudonym", pseudonym()).add("sex", cell.getKey().get(1)).add("ageBand", "Y25T34")
                        .add("nationality", cell.getKey().get(0)).add("originCountry", "KEN")
                        .add("destinationCountry", cell.getKey().get(0)).add("programmeCode", "DEPARTED")
                        .add("householdSizeBand", "1").add("tombstone", false));
            }
        }
        sendBatch(world, records);
    }

    /** A node credential for the world's mission, and the records sent with it as one batch. */
    private static void sendBatch(World world, JsonArrayBuilder records) {
        HttpResponse<String> node = Api.post("/api/cdr/nodes", world.token("admin"), Json.createObjectBuilder()
                .add("name", CaseFixtures.unique("publishing-node-").toLowerCase())
                .add("missions", Json.createArrayBuilder().add(world.mission())).build().toString());
        assertEquals(201, node.statusCode(), node.body());
        String credential = object(node.body()).getString("credential");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(DeployedCamino.baseUrl() + "/api/cdr/batches"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + credential)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("schemaVersion", 1)
                        .add("batchId", UUID.randomUUID().toString()).add("records", records).build().toString()));
        HttpResponse<String> batch = Api.send(request);
        assertEquals(200, batch.statusCode(), batch.body());
    }

    @Test
    void anAnalystDraftsAPublisherPublishesAndAnyoneDownloadsWhatTheRulesAllow() throws Exception {
        String series = "it-" + WORLD.mission().toLowerCase();
        JsonObject draft = built(draft(analyst, series));
        assertEquals("DRAFT", draft.getString("status"), draft.toString());
        assertTrue(draft.getBoolean("auditPassed"), draft.toString());
        assertEquals(40, draft.getJsonNumber("recordsCounted").longValue());

        JsonObject table = tableOf(draft, "returns-by-country-sex");
        Map<List<String>, JsonObject> cells = cells(table);
        // the true counts are what the test sent, margins included
        SENT.forEach((key, count) -> assertEquals(count, cells.get(key).getJsonNumber("value").intValue(), key.toString()));
        assertEquals(40, cells.get(List.of("_T", "_T")).getJsonNumber("value").intValue());
        assertEquals(11, cells.get(List.of("ETH", "_T")).getJsonNumber("value").intValue());
        // small counts suppressed as such, and enough others that none can be worked out
        assertEquals("A", cells.get(List.of("ETH", "FEMALE")).getString("status"));
        assertEquals("A", cells.get(List.of("ERI", "MALE")).getString("status"));
        assertTrue(cells.values().stream().anyMatch(c -> c.getString("status").equals("D")), "secondary suppression: " + cells);
        for (JsonObject cell : cells.values()) {
            if (absent(cell, "published")) {
                assertFalse(cell.getString("status").equals("F"), cell.toString());
            } else {
                long published = cell.getJsonNumber("published").longValue();
                assertTrue(published == 0 || published >= 5, cell.toString());
                assertEquals(0, published % 5, "rounded to base 5: " + cell);
                assertTrue(Math.abs(published - cell.getJsonNumber("value").longValue()) <= 2, cell.toString());
            }
        }
        JsonArray audited = draft.getJsonObject("audit").getJsonArray("cells");
        assertTrue(audited.size() >= 4, audited.toString());
        for (JsonValue value : audited) {
            JsonObject a = value.asJsonObject();
            assertTrue(a.getBoolean("safe"), a.toString());
            assertTrue(a.getJsonNumber("lower").doubleValue() <= a.getJsonNumber("requiredLower").doubleValue() + 1e-6, a.toString());
        }

        // nobody outside sees a draft
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(404, Api.get("/api/open-data/releases/" + series + "/1", null).statusCode());
        assertEquals(401, Api.get("/api/publications/" + id, null).statusCode());
        assertEquals(403, Api.get("/api/publications/" + id, WORLD.token("caseworker")).statusCode());
        long rowVersion = draft.getJsonNumber("rowVersion").longValue();
        String decision = "{\"rowVersion\":" + rowVersion + "}";
        // an analyst may not publish, a caseworker neither
        assertEquals(403, Api.post("/api/publications/" + id + "/publish", analyst, decision).statusCode());
        assertEquals(403, Api.post("/api/publications/" + id + "/publish", WORLD.token("caseworker"), decision).statusCode());
        // a stale version is refused, not applied
        assertEquals(409, Api.post("/api/publications/" + id + "/publish", publisher, "{\"rowVersion\":" + (rowVersion + 7) + "}").statusCode());

        HttpResponse<String> published = Api.post("/api/publications/" + id + "/publish", publisher, decision);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", object(published.body()).getString("status"));
        assertEquals(WORLD.username("publisher"), object(published.body()).getString("reviewedBy"));

        // open data: only published figures, no true count, nobody's name
        HttpResponse<String> open = Api.get("/api/open-data/releases/" + series + "/1", null);
        assertEquals(200, open.statusCode(), open.body());
        assertFalse(open.body().contains(WORLD.username("analyst")), open.body());
        JsonObject openTable = tableOf(object(open.body()), "returns-by-country-sex");
        Map<List<String>, JsonObject> openCells = cells(openTable);
        assertEquals(cells.keySet(), openCells.keySet());
        openCells.forEach((key, cell) -> {
            assertTrue(absent(cell, "value"), "no true count in open data: " + cell);
            assertEquals(cells.get(key).get("published"), cell.get("published"), key.toString());
            assertEquals(cells.get(key).getString("status"), cell.getString("status"), key.toString());
        });
        assertTrue(array(Api.get("/api/open-data/releases", null).body()).stream()
                .anyMatch(r -> r.asJsonObject().getString("series").equals(series)));

        // the three files hold the same figures as the table
        String base = "/api/open-data/releases/" + series + "/1/tables/returns-by-country-sex/";
        HttpResponse<String> csv = Api.get(base + "csv", null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        Map<List<String>, String[]> fromCsv = new HashMap<>();
        for (CSVRecord row : parse(csv.body())) {
            fromCsv.put(List.of(row.get("returnCountry"), row.get("sex")), new String[] {row.get("value"), row.get("status")});
        }
        HttpResponse<String> json = Api.get(base + "json", null);
        assertEquals(200, json.statusCode(), json.body());
        Map<List<String>, String[]> fromJson = new HashMap<>();
        for (JsonValue o : object(json.body()).getJsonArray("observations")) {
            JsonObject d = o.asJsonObject().getJsonObject("dimensions");
            fromJson.put(List.of(d.getString("returnCountry"), d.getString("sex")), new String[] {
                    absent(o.asJsonObject(), "value") ? "" : o.asJsonObject().get("value").toString(), o.asJsonObject().getString("status")});
        }
        HttpResponse<String> sdmx = Api.get(base + "sdmx-csv", null);
        assertEquals(200, sdmx.statusCode(), sdmx.body());
        List<CSVRecord> sdmxRows = parse(sdmx.body());
        assertEquals(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "RETURN_COUNTRY", "SEX", "OBS_VALUE", "CONF_STATUS"),
                sdmxRows.get(0).getParser().getHeaderNames());
        Map<List<String>, String[]> fromSdmx = new HashMap<>();
        for (CSVRecord row : sdmxRows) {
            assertEquals("dataflow", row.get("STRUCTURE"));
            assertTrue(row.get("STRUCTURE_ID").matches("CAMINO:DF_RETURNS_BY_COUNTRY_SEX\\(1\\.0\\)"), row.get("STRUCTURE_ID"));
            assertEquals("I", row.get("ACTION"));
            assertTrue(Set.of("F", "A", "D").contains(row.get("CONF_STATUS")), row.toString());
            assertEquals(row.get("CONF_STATUS").equals("F"), !row.get("OBS_VALUE").isEmpty(), row.toString());
            fromSdmx.put(List.of(row.get("RETURN_COUNTRY"), row.get("SEX")), new String[] {row.get("OBS_VALUE"), row.get("CONF_STATUS")});
        }
        assertEquals(openCells.size(), fromCsv.size());
        openCells.forEach((key, cell) -> {
            String value = absent(cell, "published") ? "" : cell.get("published").toString();
            for (Map<List<String>, String[]> file : List.of(fromCsv, fromJson, fromSdmx)) {
                assertEquals(value, file.get(key)[0], key.toString());
                assertEquals(cell.getString("status"), file.get(key)[1], key.toString());
            }
        });
        assertEquals(400, Api.get(base + "xlsx", null).statusCode());
        assertEquals(404, Api.get("/api/open-data/releases/" + series + "/1/tables/no-such-table/csv", null).statusCode());

        // a published release is immutable: the database refuses a writer
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement s = db.createStatement()) {
            s.execute("set search_path to camino");
            try (var rs = s.executeQuery("select count(*) from publication_release where id = " + id + " and status = 'PUBLISHED'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the writer sees the release");
            }
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update publication_release set title = 'x' where id = " + id));
            assertTrue(refused.getMessage().contains("is published and cannot change"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("update publication_table set cells = '[]' where release_id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from publication_table where release_id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from publication_release where id = " + id));
        }

        // a correction is a new version; the old one stays, marked as replaced
        JsonObject correction = built(draft(analyst, series));
        assertEquals(2, correction.getInt("version"));
        assertEquals(1, correction.getInt("correctsVersion"));
        HttpResponse<String> second = Api.post("/api/publications/" + correction.getJsonNumber("id") + "/publish", publisher,
                "{\"rowVersion\":" + correction.getJsonNumber("rowVersion") + "}");
        assertEquals(200, second.statusCode(), second.body());
        JsonObject first = object(Api.get("/api/open-data/releases/" + series + "/1", null).body());
        assertEquals(2, first.getInt("supersededBy"));
    }

    @Test
    void noOnePublishesWhatTheyDraftedAndASentBackDraftIsNeverPublished() throws Exception {
        String both = WORLD.token("hqboth");
        String series = "own-" + WORLD.mission().toLowerCase();
        JsonObject draft = built(draft(both, series));
        String decision = "{\"rowVersion\":" + draft.getJsonNumber("rowVersion") + "}";
        HttpResponse<String> own = Api.post("/api/publications/" + draft.getJsonNumber("id") + "/publish", both, decision);
        assertEquals(409, own.statusCode(), own.body());
        assertEquals("publication.publish.ownDraft", object(own.body()).getString("code"));

        HttpResponse<String> noReason = Api.post("/api/publications/" + draft.getJsonNumber("id") + "/reject", publisher, decision);
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> rejected = Api.post("/api/publications/" + draft.getJsonNumber("id") + "/reject", publisher,
                "{\"rowVersion\":" + draft.getJsonNumber("rowVersion") + ",\"reason\":\"Methodology note is incomplete\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", object(rejected.body()).getString("status"));
        HttpResponse<String> late = Api.post("/api/publications/" + draft.getJsonNumber("id") + "/publish", publisher,
                "{\"rowVersion\":" + object(rejected.body()).getJsonNumber("rowVersion") + "}");
        assertEquals(409, late.statusCode(), late.body());
        assertEquals(404, Api.get("/api/open-data/releases/" + series + "/1", null).statusCode());
    }

    @Test
    void aMalformedDraftIsRefusedFieldByFieldAndNothingIsSaved() {
        int before = array(Api.get("/api/publications", analyst).body()).size();
        String body = Json.createObjectBuilder().add("series", "Bad Series!").add("title", "")
                .add("methodology", " ").add("from", "2019-13").add("to", "2019-01")
                .add("missions", Json.createArrayBuilder().add("k"))
                .add("tables", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("standard", "no-such-table"))
                        .add(Json.createObjectBuilder().add("id", "t").add("title", "T").add("population", "avrr-returns")
                                .add("dimensions", Json.createArrayBuilder().add("sex").add("sex")))
                        .add(Json.createObjectBuilder().add("standard", "trafficking-victims-by-sex-age-citizenship")
                                .add("threshold", 5)))
                .build().toString();
        HttpResponse<String> answer = Api.post("/api/publications", analyst, body);
        assertEquals(400, answer.statusCode(), answer.body());
        List<String> fields = object(answer.body()).getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("series", "title", "methodology", "from", "missions", "tables[0].standard",
                "tables[1].dimensions", "tables[2].threshold")), fields.toString());
        assertEquals(before, array(Api.get("/api/publications", analyst).body()).size(), "nothing saved");
        assertEquals(403, Api.post("/api/publications", WORLD.token("publisher"), body).statusCode(), "publishers do not draft");
        assertEquals(401, Api.post("/api/publications", null, body).statusCode());
    }

    @Test
    void theVictimsMicrodataExtractHoldsKAndLAndOpenDataServesIt() throws Exception {
        World ct = World.create();
        // 48 victims: 2 sexes x 3 citizenships x 8; each exploited in Kenya or Uganda, half of them recruited at home,
        // with one of two kinds of support
        String[] citizenships = {"SOM", "ETH", "ERI"};
        String[] sexes = {"FEMALE", "MALE"};
        JsonArrayBuilder records = Json.createArrayBuilder();
        int victims = 0;
        for (String citizenship : citizenships) {
            for (String sex : sexes) {
                for (int i = 0; i < 8; i++) {
                    String casePseudonym = pseudonym();
                    String month = "2019-0" + (1 + victims % 3);
                    records.add(ctRecord(ct, casePseudonym, "REGISTRATION", month, sex, citizenship, null, null));
                    records.add(ctRecord(ct, casePseudonym, "TRAFFICKING_EVENT", month, sex, citizenship, "Exploitation",
                            i % 2 == 0 ? "KEN" : "UGA"));
                    if (i % 2 == 1) {
                        records.add(ctRecord(ct, casePseudonym, "TRAFFICKING_EVENT", month, sex, citizenship, "Recruitment",
                                citizenship));
                    }
                    records.add(ctRecord(ct, casePseudonym, "SUPPORT_ITEM", month, sex, citizenship,
                            i % 3 == 0 ? "Health" : "Financial", null));
                    victims++;
                }
            }
        }
        sendBatch(ct, records);
        String series = "ct-" + ct.mission().toLowerCase();
        String body = Json.createObjectBuilder().add("series", series).add("title", "Victims assisted, Q1 2019")
                .add("methodology", "Victims registered for assistance; microdata generalised to k = 11, l = 2.")
                .add("from", "2019-01").add("to", "2019-03").add("missions", Json.createArrayBuilder().add(ct.mission()))
                .add("tables", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("standard", "trafficking-victims-by-sex-age-citizenship")))
                .add("ctExtract", true).build().toString();
        HttpResponse<String> drafted = Api.post("/api/publications", ct.token("analyst"), body);
        assertEquals(202, drafted.statusCode(), drafted.body());
        JsonObject release = built(object(drafted.body()), ct.token("analyst"));
        assertEquals("DRAFT", release.getString("status"), release.toString());
        JsonObject extract = release.getJsonObject("extract");
        assertEquals(victims, extract.getInt("inputRecords"));
        assertEquals(11, extract.getInt("k"));
        assertTrue(extract.getInt("releasedRecords") > 0, extract.toString());
        assertTrue(extract.getInt("smallestGroup") >= 11, extract.toString());
        // counter-trafficking tables: threshold 10, and no suppressed cell's true count shown even to HQ staff
        JsonObject table = tableOf(release, "trafficking-victims-by-sex-age-citizenship");
        assertEquals(10, table.getInt("threshold"));
        for (JsonObject cell : cells(table).values()) {
            if (!cell.getString("status").equals("F")) {
                assertTrue(absent(cell, "value"), cell.toString());
            }
        }
        HttpResponse<String> published = Api.post("/api/publications/" + release.getJsonNumber("id") + "/publish",
                ct.token("publisher"), "{\"rowVersion\":" + release.getJsonNumber("rowVersion") + "}");
        assertEquals(200, published.statusCode(), published.body());

        HttpResponse<String> csv = Api.get("/api/open-data/releases/" + series + "/1/extract/csv", null);
        assertEquals(200, csv.statusCode(), csv.body());
        HttpResponse<String> json = Api.get("/api/open-data/releases/" + series + "/1/extract/json", null);
        assertEquals(200, json.statusCode(), json.body());
        JsonObject loss = object(json.body()).getJsonObject("informationLoss");
        List<String> quasi = new ArrayList<>();
        List<String> sensitive = new ArrayList<>();
        for (JsonValue v : loss.getJsonArray("variables")) {
            (v.asJsonObject().getString("role").equals("sensitive") ? sensitive : quasi).add(v.asJsonObject().getString("column"));
        }
        assertFalse(quasi.isEmpty());
        assertFalse(sensitive.isEmpty());
        // k and l, checked here on the file a visitor downloads
        Map<List<String>, List<CSVRecord>> groups = new HashMap<>();
        List<CSVRecord> rows = parse(csv.body());
        assertEquals(extract.getInt("releasedRecords"), rows.size());
        for (CSVRecord row : rows) {
            List<String> key = new ArrayList<>();
            quasi.forEach(q -> key.add(row.get(q)));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<List<String>, List<CSVRecord>> group : groups.entrySet()) {
            assertTrue(group.getValue().size() >= 11, "k = 11: " + group.getKey() + " has " + group.getValue().size());
            for (String attribute : sensitive) {
                assertTrue(group.getValue().stream().map(r -> r.get(attribute)).distinct().count() >= 2,
                        "l = 2 for " + attribute + " in " + group.getKey());
            }
        }
        assertEquals(400, Api.get("/api/open-data/releases/" + series + "/1/extract/xlsx", null).statusCode(),
                "an unknown format is refused");
    }

    @Test
    void aBuildInterruptedByACrashIsBuiltAgainAndCountedOnce() throws Exception {
        // what a crash leaves: a release being built whose builder stopped giving news ten minutes ago
        String series = "crash-" + WORLD.mission().toLowerCase();
        String request = "{\"tables\":[{\"id\":\"by-sex\",\"title\":\"Returns by sex\",\"population\":\"avrr-returns\","
                + "\"dimensions\":[\"sex\"],\"threshold\":5,\"roundingBase\":1}],\"ctExtract\":false}";
        long id;
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement s = db.createStatement()) {
            s.execute("set search_path to camino");
            try (var rs = s.executeQuery("insert into publication_release (series, version, title, methodology, period_from,"
                    + " period_to, missions, request, status, drafted_by, build_step, build_done, build_total, build_heartbeat)"
                    + " values ('" + series + "', 1, 'Interrupted', 'A build the server did not finish.', '2019-01-01',"
                    + " '2019-03-01', array['" + WORLD.mission() + "'], '" + request + "', 'BUILDING', '"
                    + WORLD.username("analyst") + "', 'PROTECTING', 3, 7, now() - interval '10 minutes') returning id")) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        JsonObject release = built(Json.createObjectBuilder().add("id", id).build());
        assertEquals("DRAFT", release.getString("status"), release.toString());
        Map<List<String>, JsonObject> cells = cells(tableOf(release, "by-sex"));
        int women = SENT.entrySet().stream().filter(e -> e.getKey().get(1).equals("FEMALE")).mapToInt(Map.Entry::getValue).sum();
        assertEquals(women, cells.get(List.of("FEMALE")).getJsonNumber("value").intValue(), "counted once");
        assertEquals(40, cells.get(List.of("_T")).getJsonNumber("value").intValue());
        try (Connection db = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement s = db.createStatement();
             var rs = s.executeQuery("select count(*) from camino.publication_table where release_id = " + id)) {
            rs.next();
            assertEquals(1, rs.getInt(1), "its table saved once");
        }
    }

    // ---- helpers

    private static JsonObject ctRecord(World world, String casePseudonym, String eventType, String month, String sex,
                                       String citizenship, String code, String country) {
        var record = Json.createObjectBuilder().add("recordId", pseudonym()).add("version", 1)
                .add("mission", world.mission()).add("caseType", "CTA").add("eventType", eventType)
                .add("eventMonth", month).add("casePseudonym", casePseudonym).add("personPseudonym", casePseudonym)
                .add("sex", sex).add("ageBand", "Y18T24").add("nationality", citizenship).add("tombstone", false);
        if (code != null) {
            record.add("programmeCode", code);
        }
        if (country != null) {
            record.add("destinationCountry", country);
        }
        return record.build();
    }

    private static JsonObject draft(String token, String series) {
        String body = Json.createObjectBuilder().add("series", series).add("title", "Returns from Kenya, Q1 2019")
                .add("methodology", "Returns (departures) of AVRR cases, by country of return and sex.")
                .add("from", "2019-01").add("to", "2019-03").add("missions", Json.createArrayBuilder().add(WORLD.mission()))
                .add("tables", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", "returns-by-country-sex").add("title", "Returns by country and sex")
                                .add("population", "avrr-returns").add("dimensions", Json.createArrayBuilder().add("returnCountry").add("sex")))
                        .add(Json.createObjectBuilder().add("standard", "returns-by-nationality-sex")))
                .build().toString();
        HttpResponse<String> answer = Api.post("/api/publications", token, body);
        assertEquals(202, answer.statusCode(), answer.body());
        return object(answer.body());
    }

    /** Polls the release until it is built (bounded: 90 s). */
    private static JsonObject built(JsonObject release) throws InterruptedException {
        return built(release, analyst);
    }

    private static JsonObject built(JsonObject release, String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            HttpResponse<String> now = Api.get("/api/publications/" + release.getJsonNumber("id"), token);
            assertEquals(200, now.statusCode(), now.body());
            JsonObject current = object(now.body());
            if (!current.getString("status").equals("BUILDING")) {
                return current;
            }
            assertTrue(System.currentTimeMillis() < deadline, "still building: " + now.body());
            Thread.sleep(300);
        }
    }

    private static JsonObject tableOf(JsonObject release, String id) {
        return release.getJsonArray("tables").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + release));
    }

    private static Map<List<String>, JsonObject> cells(JsonObject table) {
        Map<List<String>, JsonObject> cells = new HashMap<>();
        for (JsonValue value : table.getJsonArray("cells")) {
            JsonObject cell = value.asJsonObject();
            List<String> codes = new ArrayList<>();
            cell.getJsonArray("codes").forEach(c -> codes.add(((jakarta.json.JsonString) c).getString()));
            cells.put(codes, cell);
        }
        return cells;
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            assertNotNull(records);
            return records;
        }
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static String pseudonym() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
