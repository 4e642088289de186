package org.camino.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention and consent withdrawal through the API, checked in the database:
 * a closed case past its retention period loses every personal value (live
 * rows and Envers history) and keeps its tombstone and its statistics; open
 * and recent cases are untouched; a consent withdrawal does the same to one
 * case and removes its records from HQ's store ({@code both}: one server is
 * both sides). Dates are moved back over JDBC: no API changes the past.
 */
@ExtendWith(DeployedCamino.class)
class RetentionIT {

    /** More than the default retention (3650 days) ago. */
    private static final int LONG_AGO_DAYS = 4000;

    /** The personal values of a case that are non-null, live and in the history, counted table by table. */
    private static final String PERSONAL_VALUES = """
            select (select count(*) from camino.person where id in (%1$s) and (given_name is not null or family_name is not null
                      or date_of_birth is not null or document_number is not null or phone is not null or address is not null
                      or name_index is not null or document_index is not null or duplicate_key is not null or name_keys is not null))
                 + (select count(*) from camino.person_aud where id in (%1$s) and (given_name is not null
                      or document_number is not null or address is not null or name_index is not null or duplicate_key is not null))
                 + (select count(*) from camino.person_name_key where person_id in (%1$s))
                 + (select count(*) from camino.case_note where case_id = %2$d and text is not null)
                 + (select count(*) from camino.case_note_aud where case_id = %2$d and text is not null)
                 + (select count(*) from camino.case_status_change where case_id = %2$d and reason is not null)
                 + (select count(*) from camino.case_file where id = %2$d and closure_note is not null)
                 + (select count(*) from camino.case_file_aud where id = %2$d and closure_note is not null)
                 + (select count(*) from camino.movement where case_id = %2$d and (origin_place is not null or destination_place is not null))
                 + (select count(*) from camino.movement_aud where case_id = %2$d and (origin_place is not null or destination_place is not null))""";

    @Test
    void aClosedCasePastRetentionIsPurgedWhileOpenAndRecentCasesAndTheStatisticsStay() throws Exception {
        World world = World.create();
        String worker = world.token("caseworker");
        String manager = world.token("manager");
        String admin = world.token("admin");
        String oldName = unique("Oldclosed");
        String oldDocument = unique("PX");
        String oldNote = unique("Note about the old case ");
        String old = number(register(worker, "AVR", world.mission(), person(oldName, unique("Fam"), "1980-02-03", oldDocument, "+254700000001")));
        String recent = number(register(worker, "AVR", world.mission(), person(unique("Recent"), unique("Fam"), "1981-02-03", unique("PX"), "")));
        String open = number(register(worker, "RST", world.mission(), person(unique("Open"), unique("Fam"), "1982-02-03", unique("PX"), "")));
        AreaFixtures.ok(Api.post("/api/cases/" + old + "/notes", worker, "{\"text\":\"" + oldNote + "\"}"));
        close(manager, old, unique("Left for good "));
        close(manager, recent, unique("Moved on "));
        // the old case closed 4000 days ago, the open one registered as long ago: only the first is due
        AreaFixtures.execute("update camino.case_file set opened_on = opened_on - " + LONG_AGO_DAYS + ", closed_on = closed_on - "
                + LONG_AGO_DAYS + " where number = '" + old + "'");
        AreaFixtures.execute("update camino.case_file set opened_on = opened_on - " + LONG_AGO_DAYS + " where number = '" + open + "'");
        long oldId = caseId(old);
        String oldPeople = people(oldId);
        List<String> oldCiphertexts = strings("select given_name from camino.person where id in (" + oldPeople + ")"
                + " union select given_name from camino.person_aud where id in (" + oldPeople + ")"
                + " union select text from camino.case_note where case_id = " + oldId);
        assertTrue(oldCiphertexts.size() >= 3, oldCiphertexts.toString());
        assertTrue(personalValues(oldId) > 5, "the old case has personal values before the purge");
        long recentBefore = personalValues(caseId(recent));
        long openBefore = personalValues(caseId(open));

        CentralDataRepositoryIT.drainOutbox(admin);
        Map<String, Long> hqBefore = hqCounts(world);
        long statRecordsBefore = AreaFixtures.count("select count(*) from camino.stat_record where mission = '" + world.mission() + "'");

        JsonObject status = World.object(AreaFixtures.ok(Api.get("/api/admin/retention/purge", admin)).body());
        assertTrue(status.getJsonNumber("due").longValue() >= 1, status.toString());
        // two purges at once (as two servers' timers would): the claim lets one run; nothing is purged twice
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> Api.post("/api/admin/retention/purge", admin, ""));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> Api.post("/api/admin/retention/purge", admin, ""));
        int purged = 0;
        for (HttpResponse<String> answer : List.of(first.get(), second.get())) {
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 409, answer.body());
            if (answer.statusCode() == 200) {
                purged += World.object(answer.body()).getInt("purged");
            }
        }
        assertTrue(purged >= 1, "the old case was purged");
        assertEquals(1, AreaFixtures.count("select count(*) from camino.case_purge where case_id = " + oldId + " and reason = 'RETENTION'"));
        assertEquals(0, World.object(AreaFixtures.ok(Api.post("/api/admin/retention/purge", admin, "")).body()).getInt("purged"),
                "a second run finds nothing left to do");

        assertEquals(0, personalValues(oldId), "no personal value left, live or in the history");
        assertEquals(recentBefore, personalValues(caseId(recent)), "closed within retention: untouched");
        assertEquals(openBefore, personalValues(caseId(open)), "open: untouched however old");
        String dump = AreaFixtures.dumpAllTables();
        assertEquals(List.of(), oldCiphertexts.stream().filter(dump::contains).toList(), "no ciphertext of the case in any table");
        assertEquals(List.of(), AreaFixtures.secretsInDatabaseFiles(List.of(oldName, oldDocument, oldNote)), "no clear text in the files");

        // the tombstone: number, type, mission, status and dates; the view says it was purged
        JsonObject view = World.object(AreaFixtures.ok(Api.get("/api/cases/" + old, manager)).body());
        assertEquals("CLOSED", view.getString("status"));
        assertEquals("AVR", view.getString("type"));
        assertEquals(LocalDate.now().minusDays(LONG_AGO_DAYS).toString(), view.getString("closedOn"));
        assertEquals("RETENTION", view.getJsonObject("purged").getString("reason"));
        JsonObject principal = view.getJsonArray("household").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getBoolean("principal")).findFirst().orElseThrow().getJsonObject("person");
        assertFalse(principal.containsKey("givenName") || principal.containsKey("documentNumber"), principal.toString());
        assertEquals("FEMALE", principal.getString("sex"), "coded statistical values stay");
        assertTrue(view.getJsonArray("allowedTransitions").isEmpty());
        HttpResponse<String> reopen = Api.post("/api/cases/" + old + "/steps", manager, "{\"expectedVersion\":" + view.getInt("version")
                + ",\"toStatus\":\"OPEN\",\"reason\":\"again\"}");
        assertEquals(409, reopen.statusCode(), reopen.body());
        assertEquals("case.purged", World.object(reopen.body()).getString("code"));
        assertTrue(World.object(reopen.body()).getString("message").startsWith("The personal data of this case was deleted"), reopen.body());
        assertEquals(409, Api.post("/api/cases/" + old + "/notes", worker, "{\"text\":\"more\"}").statusCode());

        // statistics stay: the mission's store and HQ's counts are what they were
        CentralDataRepositoryIT.drainOutbox(admin);
        assertEquals(statRecordsBefore, AreaFixtures.count("select count(*) from camino.stat_record where mission = '" + world.mission() + "'"));
        assertEquals(hqBefore, hqCounts(world));

        // the access log has the counts, never a name
        JsonArray log = World.array(AreaFixtures.ok(Api.get("/api/admin/access-log?limit=200", admin)).body());
        List<JsonObject> purges = log.stream().map(JsonValue::asJsonObject).filter(e -> "CASES_PURGED".equals(e.getString("event"))).toList();
        assertFalse(purges.isEmpty(), log.toString());
        assertTrue(purges.stream().allMatch(e -> e.getString("detail").matches("\\d+ cases \\((\\w{3} \\d+(, )?)+\\)")), purges.toString());
        assertFalse(log.toString().contains(oldName));
    }

    @Test
    void aConsentWithdrawalPurgesTheCaseAndRemovesItsRecordsFromHq() throws Exception {
        World world = World.create();
        String worker = world.token("caseworker");
        String manager = world.token("manager");
        String admin = world.token("admin");
        String kept = number(register(worker, "RST", world.mission(), person(unique("Kept"), unique("Fam"), "1990-01-01", unique("PX"), "")));
        CentralDataRepositoryIT.drainOutbox(admin);
        Map<String, Long> hqWithoutIt = hqCounts(world);

        String name = unique("Withdrawn");
        String json = register(worker, "RST", world.mission(), person(name, unique("Fam"), "1991-01-01", unique("PX"), "+254700000002"));
        String number = number(json);
        long version = CaseFixtures.version(json);
        CentralDataRepositoryIT.drainOutbox(admin);
        assertNotEquals(hqWithoutIt, hqCounts(world), "the case's records are at HQ");
        long caseId = caseId(number);
        long before = personalValues(caseId);

        // break-ins and bad input change nothing
        World other = World.create();
        String path = "/api/cases/" + number + "/consent-withdrawal";
        String body = "{\"version\":" + version + ",\"reason\":\"PERSON_REQUEST\"}";
        assertEquals(404, Api.post(path, other.token("manager"), body).statusCode(), "another mission's manager: as if it did not exist");
        assertEquals(403, Api.post(path, worker, body).statusCode(), "a caseworker may read it but not erase it");
        assertEquals(404, Api.post(path, admin, body).statusCode(), "administrators read no case");
        assertEquals(401, Api.post(path, null, body).statusCode());
        assertEquals(List.of("reason"), fields(Api.post(path, manager, "{\"version\":" + version + "}")));
        assertEquals(List.of("reason"), fields(Api.post(path, manager, "{\"version\":" + version + ",\"reason\":\"BORED\"}")));
        assertEquals(List.of("version"), fields(Api.post(path, manager, "{\"reason\":\"PERSON_REQUEST\"}")));
        assertEquals(List.of("body"), fields(Api.post(path, manager, "")));
        assertEquals(409, Api.post(path, manager, "{\"version\":" + (version + 7) + ",\"reason\":\"PERSON_REQUEST\"}").statusCode());
        assertEquals(before, personalValues(caseId));
        assertEquals(0, AreaFixtures.count("select count(*) from camino.case_purge where case_id = " + caseId));

        // the case page offers "Withdraw consent…" to the manager, not to the caseworker
        WebClient managerPages = new WebClient();
        world.signIn(managerPages, "manager");
        assertTrue(managerPages.get("/cases/view.xhtml?number=" + number).body().contains("Withdraw consent"));
        WebClient workerPages = new WebClient();
        world.signIn(workerPages, "caseworker");
        assertFalse(workerPages.get("/cases/view.xhtml?number=" + number).body().contains("Withdraw consent"));

        HttpResponse<String> withdrawn = AreaFixtures.ok(Api.post(path, manager, body));
        JsonObject view = World.object(withdrawn.body());
        assertEquals("CONSENT_WITHDRAWN", view.getJsonObject("purged").getString("reason"));
        assertEquals("PERSON_REQUEST", view.getJsonObject("purged").getString("withdrawalReason"));
        assertEquals(LocalDate.now().toString(), view.getString("consentWithdrawnOn"));
        assertEquals(0, personalValues(caseId));
        String page = managerPages.get("/cases/view.xhtml?number=" + number).body();
        assertTrue(page.contains("Consent was withdrawn") && !page.contains("Withdraw consent") && !page.contains(name), page);
        assertEquals(409, Api.post(path, manager, "{\"version\":" + view.getInt("version") + ",\"reason\":\"PERSON_REQUEST\"}").statusCode(),
                "purged already");

        CentralDataRepositoryIT.drainOutbox(admin);
        assertEquals(hqWithoutIt, hqCounts(world), "the case's records left HQ's store; the other case's stay");
        assertEquals(0, AreaFixtures.count("select count(*) from camino.stat_record r join camino.stat_tombstone t"
                + " on t.case_pseudonym = r.case_pseudonym where r.mission = '" + world.mission() + "'"));
        assertTrue(personalValues(caseId(kept)) > 0, "the other case keeps its data");

        JsonArray log = World.array(AreaFixtures.ok(Api.get("/api/admin/access-log?limit=200", admin)).body());
        JsonObject entry = log.stream().map(JsonValue::asJsonObject).filter(e -> "CONSENT_WITHDRAWN".equals(e.getString("event"))
                && ("case:" + number).equals(e.getString("target"))).findFirst().orElseThrow(() -> new AssertionError(log.toString()));
        assertEquals("reason PERSON_REQUEST", entry.getString("detail"));
        assertEquals(world.username("manager"), entry.getString("username"));
    }

    @Test
    void administratorsSetTheRetentionPeriodOnTheVersionTheyReadAndNobodyElseMay() throws Exception {
        World world = World.create();
        String admin = world.token("admin");
        JsonObject before = period(admin, "MHA");
        int version = before.getInt("version");
        String path = "/api/admin/retention-periods/mha";

        assertEquals(409, Api.put(path, admin, "{\"retentionDays\":4000,\"version\":" + (version - 1) + "}").statusCode());
        assertEquals(List.of("retentionDays"), fields(Api.put(path, admin, "{\"retentionDays\":0,\"version\":" + version + "}")));
        assertEquals(List.of("retentionDays"), fields(Api.put(path, admin, "{\"retentionDays\":36501,\"version\":" + version + "}")));
        assertEquals(List.of("version"), fields(Api.put(path, admin, "{\"retentionDays\":4000}")));
        assertEquals(List.of("caseType"), fields(Api.put("/api/admin/retention-periods/xyz", admin, "{\"retentionDays\":4000,\"version\":1}")));
        assertEquals(List.of("body"), fields(Api.put(path, admin, "")));
        for (String role : List.of("manager", "caseworker", "analyst")) {
            String token = world.token(role);
            assertEquals(403, Api.put(path, token, "{\"retentionDays\":4000,\"version\":" + version + "}").statusCode(), role);
            assertEquals(403, Api.get("/api/admin/retention-periods", token).statusCode(), role);
            assertEquals(403, Api.post("/api/admin/retention/purge", token, "").statusCode(), role);
        }
        assertEquals(before, period(admin, "MHA"), "nothing changed");

        JsonObject changed = World.object(AreaFixtures.ok(Api.put(path, admin,
                "{\"retentionDays\":" + (before.getInt("retentionDays") + 1) + ",\"version\":" + version + "}")).body());
        assertEquals(version + 1, changed.getInt("version"));
        assertEquals(world.username("admin"), changed.getString("changedBy"));
        JsonArray log = World.array(Api.get("/api/admin/access-log?limit=50", admin).body());
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "SETTING_CHANGED".equals(e.getString("event"))
                && "retention:MHA".equals(e.getString("target"))), log.toString());
        AreaFixtures.ok(Api.put(path, admin, "{\"retentionDays\":" + before.getInt("retentionDays") + ",\"version\":" + (version + 1) + "}"));
    }

    private static void close(String manager, String number, String reason) {
        String json = AreaFixtures.ok(Api.get("/api/cases/" + number, manager)).body();
        AreaFixtures.ok(Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":" + CaseFixtures.version(json)
                + ",\"toStatus\":\"CLOSED\",\"reason\":\"" + reason + "\",\"closureReason\":\"LOST_CONTACT\"}"));
    }

    private static JsonObject period(String admin, String caseType) {
        JsonArray all = World.array(AreaFixtures.ok(Api.get("/api/admin/retention-periods", admin)).body());
        return World.find(all, "caseType", caseType);
    }

    private static Map<String, Long> hqCounts(World world) {
        return CentralDataRepositoryIT.hqCounts(Api.get("/api/cdr/totals?mission=" + world.mission(), world.token("analyst")));
    }

    private static List<String> fields(HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer.body());
        return World.object(answer.body()).getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
    }

    private static long caseId(String number) throws Exception {
        return AreaFixtures.count("select id from camino.case_file where number = '" + number + "'");
    }

    /** The case's people: household members past and present, as a list for SQL. */
    private static String people(long caseId) throws Exception {
        return String.join(",", strings("select distinct m.person_id::text from camino.household_member_aud m"
                + " join camino.case_file c on c.household_id = m.household_id where c.id = " + caseId));
    }

    private static long personalValues(long caseId) throws Exception {
        return AreaFixtures.count(String.format(PERSONAL_VALUES, people(caseId), caseId));
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = CentralDataRepositoryIT.database(DeployedCamino.server().jdbcUrl());
             Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
