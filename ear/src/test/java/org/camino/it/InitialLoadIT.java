package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The initial load derives a chunk's records set-based (a few queries for all
 * its cases, one statement per table to write them): it must make exactly the
 * records the outbox wrote as each event happened, one by one. A mission of
 * its own with 1,200 synthetic cases (two chunks of the job: registrations,
 * status changes, closures with their coded reason, movements, households)
 * and cases of every programme made through the API (assistance, monitoring
 * visit, health assessment, trafficking event, support item).
 */
@ExtendWith(DeployedCamino.class)
class InitialLoadIT {

    private static final String MISSION_RECORDS = "select * from stat_record where mission = ?";

    @Test
    void theLoadDerivesExactlyTheRecordsTheOutboxWroteAsEachEventHappened() throws Exception {
        World world = World.create();
        String mission = world.mission();
        String admin = world.token("admin");
        HttpResponse<String> generated = Api.post("/api/admin/synthetic", admin,
                "{\"count\":1200,\"seed\":13,\"mission\":\"" + mission + "\"}");
        assertEquals(201, generated.statusCode(), generated.body());
        programmeParts(world);

        try (Connection db = CentralDataRepositoryIT.database(DeployedCamino.server().jdbcUrl())) {
            Map<String, Map<String, String>> written = records(db, mission);
            Map<String, JsonObject> writtenPayloads = payloads(db, mission, 0);
            long lastSeq = number(db, "select coalesce(max(seq), 0) from cdr_outbox", null);
            Set<String> kinds = new TreeSet<>();
            written.values().forEach(r -> kinds.add(r.get("event_type")));
            assertEquals(Set.of("REGISTRATION", "STATUS_CHANGE", "MOVEMENT", "REINTEGRATION_ASSISTANCE",
                    "MONITORING_VISIT", "HEALTH_ASSESSMENT", "TRAFFICKING_EVENT", "SUPPORT_ITEM"), kinds);
            assertTrue(written.values().stream().anyMatch(r -> r.get("reason") != null), "a closure with its coded reason");
            assertTrue(written.values().stream().anyMatch(r -> !"1".equals(r.get("household_size_band"))), "households");

            load(world, number(db, "select count(*) from case_file c join mission m on m.id = c.mission_id"
                    + " where m.code = ?", mission));

            Map<String, Map<String, String>> derived = records(db, mission);
            assertEquals(written.keySet(), derived.keySet(), "the same record ids");
            for (Map.Entry<String, Map<String, String>> record : written.entrySet()) {
                assertEquals(record.getValue(), derived.get(record.getKey()), "variables and pseudonyms of " + record.getKey());
            }
            Map<String, JsonObject> loaded = payloads(db, mission, lastSeq);
            assertEquals(written.size(), number(db, "select count(*) from cdr_outbox where mission = ? and seq > "
                    + lastSeq, mission), "the load wrote each record once into the outbox");
            assertEquals(writtenPayloads, loaded, "the payloads sent to HQ are those sent when each event happened");
            assertEquals(0, number(db, "select count(*) from stat_record r where r.mission = ? and (r.version <>"
                    + " (select max(o.seq) from cdr_outbox o where o.record_id = r.record_id) or r.version <= " + lastSeq + ")",
                    mission), "each record's version is the outbox row the load wrote");
        }
    }

    /** An AVR case with assistance and a visit, an MHA case assessed, a CTA case with an event and a support item. */
    private static void programmeParts(World world) {
        String caseworker = world.token("caseworker");
        String avr = "/api/cases/" + AreaFixtures.newCase(caseworker, "AVR", world.mission()) + "/returns";
        AreaFixtures.ok(Api.post(avr + "/assistance", caseworker, "{\"type\":\"BUSINESS_START_UP\",\"level\":\"INDIVIDUAL\","
                + "\"plannedOn\":\"" + AreaFixtures.day(-20) + "\",\"deliveredOn\":\"" + AreaFixtures.day(40) + "\"}"));
        AreaFixtures.ok(Api.post(avr + "/monitoring-visits", caseworker, "{\"visit\":\"MONTH_3\",\"visitedOn\":\""
                + AreaFixtures.day(5) + "\",\"economicScore\":0.5,\"socialScore\":0.6,\"psychosocialScore\":0.7}"));
        String health = world.token("health");
        String mha = "/api/cases/" + AreaFixtures.newCase(health, "MHA", world.mission()) + "/health";
        AreaFixtures.ok(Api.put(mha, health, AreaFixtures.change("null", "{\"receivingCountry\":\"USA\",\"assessedOn\":\""
                + AreaFixtures.day(70) + "\",\"outcome\":\"FIT_TO_TRAVEL\",\"referredForTreatment\":false}")));
        String ct = world.token("ctofficer");
        String cta = "/api/cases/" + AreaFixtures.newCase(ct, "CTA", world.mission()) + "/trafficking";
        AreaFixtures.ok(Api.post(cta + "/events", ct, "{\"type\":\"Recruitment\",\"country\":\"SOM\",\"startDate\":\""
                + AreaFixtures.day(400) + "\"}"));
        AreaFixtures.ok(Api.post(cta + "/support-plan", ct, "{\"type\":\"Health\",\"plannedEndDate\":\""
                + AreaFixtures.day(-30) + "\"}"));
    }

    private static void load(World world, long cases) throws InterruptedException {
        String manager = world.token("manager");
        String path = "/api/cdr/outbox/load/" + world.mission().toLowerCase();
        HttpResponse<String> started = Api.post(path, manager, "");
        assertEquals(202, started.statusCode(), started.body());
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            HttpResponse<String> runs = Api.get(path, manager);
            assertEquals(200, runs.statusCode(), runs.body());
            JsonObject run = CentralDataRepositoryIT.array(runs.body()).getJsonObject(0);
            if (!run.getString("state").startsWith("START")) {
                assertEquals("COMPLETED", run.getString("state"), run.toString());
                assertEquals(cases, run.getJsonNumber("casesTotal").longValue(), run.toString());
                assertEquals(cases, run.getJsonNumber("casesDone").longValue(), "progress counts every case: " + run);
                return;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the load did not end: " + runs.body());
            Thread.sleep(300);
        }
    }

    /** The mission's records by record id: every column but the version and the time received. */
    private static Map<String, Map<String, String>> records(Connection db, String mission) throws Exception {
        Map<String, Map<String, String>> records = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(MISSION_RECORDS)) {
            s.setString(1, mission);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData columns = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String name = columns.getColumnName(c);
                        if (!List.of("version", "received_at").contains(name)) {
                            row.put(name, rs.getString(c));
                        }
                    }
                    records.put(rs.getString("record_id"), row);
                }
            }
        }
        return records;
    }

    /** The payload of each record's newest outbox row after {@code afterSeq}, by record id. */
    private static Map<String, JsonObject> payloads(Connection db, String mission, long afterSeq) throws Exception {
        Map<String, JsonObject> payloads = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("select distinct on (record_id) record_id, payload from cdr_outbox"
                + " where mission = ? and seq > ? order by record_id, seq desc")) {
            s.setString(1, mission);
            s.setLong(2, afterSeq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payloads.put(rs.getString(1), CentralDataRepositoryIT.object(rs.getString(2)));
                }
            }
        }
        return payloads;
    }

    private static long number(Connection db, String sql, String mission) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (mission != null) {
                s.setString(1, mission);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
