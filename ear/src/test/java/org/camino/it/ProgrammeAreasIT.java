package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.camino.it.AreaFixtures.change;
import static org.camino.it.AreaFixtures.day;
import static org.camino.it.AreaFixtures.newCase;
import static org.camino.it.AreaFixtures.ok;
import static org.camino.it.AreaFixtures.refused;
import static org.camino.it.AreaFixtures.topLevel;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programme-area parts of cases over the API: saved and read back, checked, scoped, locked, encrypted. */
@ExtendWith(DeployedCamino.class)
class ProgrammeAreasIT {

    private static World world;
    private static World other;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
        other = World.create();
    }

    @Test
    void resettlementDetailsAndStagesAreSavedReadBackAndChecked() {
        String caseworker = world.token("caseworker");
        String path = "/api/cases/" + newCase(caseworker, "RST", world.mission()) + "/resettlement";
        assertNull(topLevel(ok(Api.get(path, caseworker)).body(), "version"), "no details yet");

        String saved = ok(Api.put(path, caseworker, change("null",
                "{\"resettlementCountry\":\"CAN\",\"referralSource\":\"UNHCR_REFERRAL\"}"))).body();
        assertEquals("0", topLevel(saved, "version"));
        refused(Api.put(path, caseworker, change("0", "{\"resettlementCountry\":\"CANADA\",\"referralSource\":\"UNHCR\"}")),
                "resettlementCountry");
        String read = ok(Api.get(path, caseworker)).body();
        assertEquals("CAN", topLevel(read, "resettlementCountry"), "nothing saved");
        assertEquals("0", topLevel(read, "version"));

        ok(Api.post(path + "/stages", caseworker, "{\"stage\":\"REFERRAL_RECEIVED\",\"reachedOn\":\"" + day(60) + "\"}"));
        ok(Api.post(path + "/stages", caseworker, "{\"stage\":\"INTERVIEW\",\"reachedOn\":\"" + day(30) + "\"}"));
        refused(Api.post(path + "/stages", caseworker, "{\"stage\":\"HEALTH_ASSESSMENT\",\"reachedOn\":\"" + day(90) + "\"}"),
                "reachedOn");
        refused(Api.post(path + "/stages", caseworker, "{\"stage\":\"INTERVIEW\",\"reachedOn\":\"" + day(-1) + "\"}"), "reachedOn");
        refused(Api.post(path + "/stages", caseworker, "{\"stage\":\"VISA\",\"reachedOn\":\"" + day(1) + "\"}"), "stage");
        refused(Api.post(path + "/stages", caseworker, "{\"stage\":\"INTERVIEW\"}"), "reachedOn");
        ok(Api.post(path + "/stages", caseworker, "{\"stage\":\"INTERVIEW\",\"reachedOn\":\"" + day(29) + "\"}"));

        String stages = ok(Api.get(path + "/stages", caseworker)).body();
        assertEquals(2, stages.split("\"stage\":").length - 1, "one row per stage: " + stages);
        assertTrue(stages.contains("\"reachedOn\":\"" + day(29) + "\"") && !stages.contains(day(30)), "corrected: " + stages);
    }

    @Test
    void returnDetailsReintegrationAssistanceAndMonitoringVisits() {
        String caseworker = world.token("caseworker");
        String path = "/api/cases/" + newCase(caseworker, "AVR", world.mission()) + "/returns";
        String details = "{\"hostCountry\":\"KEN\",\"originCountry\":\"SOM\",\"originRegion\":\"Bay\",\"programme\":\"AVRR\","
                + "\"migrantCategory\":\"STRANDED_MIGRANT\",\"returnReasons\":[\"FAMILY_REASONS\",\"HOMESICKNESS\",\"FAMILY_REASONS\"],"
                + "\"monthsInHost\":18,\"vulnerabilities\":[\"HEALTH_NEEDS\"]}";
        String saved = ok(Api.put(path, caseworker, change("null", details))).body();
        assertTrue(saved.contains("\"returnReasons\":[\"FAMILY_REASONS\",\"HOMESICKNESS\"]"), saved);
        refused(Api.put(path, caseworker, change("0", details.replace("STRANDED_MIGRANT", "ILLEGAL"))), "migrantCategory");
        refused(Api.put(path, caseworker, change("0", details.replace("\"SOM\"", "\"KEN\""))), "originCountry");
        refused(Api.put(path, caseworker, change("0", details.replace("18", "-1"))), "monthsInHost");
        assertEquals("STRANDED_MIGRANT", topLevel(ok(Api.get(path, caseworker)).body(), "migrantCategory"), "nothing saved");

        String item = ok(Api.post(path + "/assistance", caseworker, "{\"type\":\"BUSINESS_START_UP\",\"level\":\"INDIVIDUAL\","
                + "\"plannedOn\":\"" + day(10) + "\",\"amount\":500.00,\"currency\":\"USD\"}")).body();
        assertTrue(item.contains("\"dimension\":\"ECONOMIC\""), item);
        refused(Api.post(path + "/assistance", caseworker, "{\"type\":\"HOUSING\",\"amount\":100}"), "currency");
        refused(Api.post(path + "/assistance", caseworker, "{\"type\":\"SPACESHIP\"}"), "type");
        String list = ok(Api.get(path + "/assistance", caseworker)).body();
        String id = Api.jsonString(list, "id");
        ok(Api.put(path + "/assistance/" + id, caseworker, "{\"version\":0,\"item\":{\"type\":\"BUSINESS_START_UP\","
                + "\"level\":\"INDIVIDUAL\",\"deliveredOn\":\"" + day(2) + "\",\"amount\":450.00,\"currency\":\"USD\"}}"));
        assertEquals(409, Api.put(path + "/assistance/" + id, caseworker, "{\"version\":0,\"item\":{\"type\":\"HOUSING\"}}").statusCode());
        assertTrue(Api.get(path + "/assistance", caseworker).body().contains("\"deliveredOn\":\"" + day(2) + "\""));
        String history = ok(Api.get(path.replace("/returns", "/history"), caseworker)).body();
        assertTrue(history.contains("\"deliveredOn\":\"" + day(2) + "\"") && history.contains("\"by\":\"" + world.username("caseworker") + "\""), history);

        String visit = "{\"visit\":\"MONTH_3\",\"visitedOn\":\"" + day(5) + "\",\"economicScore\":0.5,\"socialScore\":0.6,"
                + "\"psychosocialScore\":0.7,\"notes\":\"ok\"}";
        refused(Api.post(path + "/monitoring-visits", caseworker, visit.replace("0.5", "1.5")), "economicScore");
        String withVisit = ok(Api.post(path + "/monitoring-visits", caseworker, visit)).body();
        assertTrue(withVisit.contains("\"overallScore\":0.6"), withVisit);
        refused(Api.post(path + "/monitoring-visits", caseworker, visit), "visit");
        refused(Api.post(path + "/monitoring-visits", caseworker, visit.replace("MONTH_3", "MONTH_6")
                .replace(day(5), day(6))), "visitedOn");
        assertEquals(1, Api.get(path + "/monitoring-visits", caseworker).body().split("\"visit\":").length - 1);
    }

    @Test
    void clinicalDetailIsWithheldFromReadersWithoutClinicalPermissionAndItsReadsAreLogged() {
        String health = world.token("health");
        String manager = world.token("manager");
        String number = newCase(health, "MHA", world.mission());
        String path = "/api/cases/" + number + "/health";
        String assessment = "{\"receivingCountry\":\"USA\",\"assessedOn\":\"" + day(3) + "\",\"outcome\":\"FIT_WITH_CONDITIONS\","
                + "\"referredForTreatment\":true,\"physician\":\"Dr Clinician\",\"findings\":[\"HEPATITIS_B\"],"
                + "\"tbClass\":\"CLASS_B2_LTBI\",\"vaccinations\":[\"MMR\",\"POLIO\"],\"outcomeDetail\":\"FIT_AFTER_TREATMENT\","
                + "\"referralNote\":\"Hepatology\",\"clinicalNotes\":\"Stable\"}";
        refused(Api.put(path, health, change("null", assessment.replace("CLASS_B2_LTBI", "CLASS_Z"))), "tbClass");
        refused(Api.put(path, health, change("null", assessment.replace("\"FIT_WITH_CONDITIONS\"", "\"UNFIT\""))), "outcomeDetail");
        assertNull(topLevel(ok(Api.get(path, health)).body(), "version"), "nothing saved");
        ok(Api.put(path, health, change("null", assessment)));

        String clinical = ok(Api.get(path, health)).body();
        assertEquals("false", topLevel(clinical, "clinicalWithheld"));
        assertEquals("Dr Clinician", topLevel(clinical, "physician"));
        assertTrue(clinical.contains("\"findings\":[\"HEPATITIS_B\"]"), clinical);

        String withheld = ok(Api.get(path, manager)).body();
        assertEquals("true", topLevel(withheld, "clinicalWithheld"));
        assertEquals("FIT_WITH_CONDITIONS", topLevel(withheld, "outcome"));
        for (String field : List.of("physician", "findings", "tbClass", "vaccinations", "outcomeDetail", "referralNote", "clinicalNotes")) {
            assertNull(topLevel(withheld, field), field);
        }
        assertFalse(withheld.contains("HEPATITIS") || withheld.contains("Dr Clinician"), withheld);
        String managersHistory = ok(Api.get("/api/cases/" + number + "/history", manager)).body();
        assertTrue(managersHistory.contains("\"record\":\"health assessment\"") && managersHistory.contains("FIT_WITH_CONDITIONS"),
                managersHistory);
        assertFalse(managersHistory.contains("Dr Clinician") || managersHistory.contains("HEPATITIS"), managersHistory);
        assertTrue(ok(Api.get("/api/cases/" + number + "/history", health)).body().contains("\"physician\":\"Dr Clinician\""));
        assertEquals(403, Api.put(path, manager, change("0", "{\"receivingCountry\":\"CAN\"}")).statusCode(), "no case:update (the manager may read the case, so 403)");
        assertEquals(404, Api.get(path, world.token("caseworker")).statusCode(), "no health area");

        List<JsonObject> entries = World.array(ok(Api.get("/api/admin/access-log?limit=1000", world.token("admin"))).body())
                .getValuesAs(JsonObject.class);
        String target = "case:" + number;
        assertTrue(entries.stream().anyMatch(e -> target.equals(e.getString("target", null)) && "clinical".equals(e.getString("detail", null))
                && world.username("health").equals(e.getString("username", null)) && "SENSITIVE_CASE_VIEW".equals(e.getString("event"))),
                "the clinical read is logged");
        assertFalse(entries.stream().anyMatch(e -> target.equals(e.getString("target", null)) && "clinical".equals(e.getString("detail", null))
                && world.username("manager").equals(e.getString("username", null))), "no clinical read by the manager");
    }

    @Test
    void aCounterTraffickingCaseExistsOnlyForCounterTraffickingOfficers() {
        String ct = world.token("ctofficer");
        String path = "/api/cases/" + newCase(ct, "CTA", world.mission()) + "/trafficking";
        String details = "{\"traffickingStatus\":\"ActualVictimOfTrafficking\",\"statusDecidedBy\":\"NGO\","
                + "\"exploitationTypes\":[\"ForcedLabour\",\"SexualExploitation\"],\"forcedLabourIndustry\":\"F_Construction\","
                + "\"sexExploitationTypes\":[\"Prostitution\"],\"controlMethods\":[\"DebtBondage\",\"WithholdsDocuments\"],"
                + "\"recruitmentMethods\":[\"ThroughOnlineSocialNetworks\"],\"relationshipToTrafficker\":\"Acquainted\","
                + "\"narrative\":\"recruited online\"}";
        refused(Api.put(path, ct, change("null", details.replace("\"ForcedLabour\",", ""))), "forcedLabourIndustry");
        refused(Api.put(path, ct, change("null", details.replace("Acquainted", "Friend"))), "relationshipToTrafficker");
        ok(Api.put(path, ct, change("null", details)));
        ok(Api.post(path + "/events", ct, "{\"type\":\"Recruitment\",\"country\":\"SOM\",\"startDate\":\"" + day(400)
                + "\",\"endDate\":\"" + day(390) + "\",\"description\":\"met at a market\"}"));
        refused(Api.post(path + "/events", ct, "{\"type\":\"Exploitation\",\"country\":\"KEN\",\"startDate\":\"" + day(100)
                + "\",\"endDate\":\"" + day(200) + "\"}"), "endDate");
        ok(Api.post(path + "/support-plan", ct, "{\"type\":\"Health\",\"plannedEndDate\":\"" + day(-30) + "\"}"));
        String planId = Api.jsonString(ok(Api.get(path + "/support-plan", ct)).body(), "id");
        ok(Api.put(path + "/support-plan/" + planId, ct, "{\"version\":0,\"item\":{\"type\":\"Health\",\"plannedEndDate\":\""
                + day(-30) + "\",\"actualEndDate\":\"" + day(1) + "\"}}"));
        ok(Api.post(path + "/referrals", ct, "{\"direction\":\"OUTGOING\",\"organisationType\":\"NGO\","
                + "\"reason\":\"AdditionalServicesRequired\",\"referredOn\":\"" + day(1) + "\",\"note\":\"shelter\"}"));

        String all = ok(Api.get(path, ct)).body();
        assertTrue(all.contains("\"exploitationTypes\":[\"ForcedLabour\",\"SexualExploitation\"]"), all);
        assertTrue(all.contains("\"narrative\":\"recruited online\"") && all.contains("\"description\":\"met at a market\""), all);
        assertTrue(all.contains("\"actualEndDate\":\"" + day(1) + "\"") && all.contains("\"note\":\"shelter\""), all);
        assertEquals(1, ok(Api.get(path + "/events", ct)).body().split("\"type\":").length - 1, "the refused event was not saved");
        String history = ok(Api.get(path.replace("/trafficking", "/history"), ct)).body();
        assertTrue(history.contains("\"narrative\":\"recruited online\"") && history.contains("\"record\":\"referral "), history);

        for (String user : List.of("caseworker", "manager", "health", "another mission's caseworker")) {
            String token = user.startsWith("another") ? other.token("caseworker") : world.token(user);
            for (String sub : List.of("", "/events", "/support-plan", "/referrals")) {
                assertEquals(404, Api.get(path + sub, token).statusCode(), user + " " + sub);
            }
            assertEquals(404, Api.put(path, token, change("0", details)).statusCode(), user);
            assertEquals(404, Api.post(path + "/referrals", token, "{\"direction\":\"INCOMING\",\"referredOn\":\"" + day(1) + "\"}")
                    .statusCode(), user);
        }
    }

    @Test
    void anotherMissionsCaseOrAnotherTypeOfCaseIsNotFound() {
        String outsider = other.token("caseworker");
        String insider = world.token("caseworker");
        String foreignCase = "/api/cases/" + newCase(outsider, "RST", other.mission());
        ok(Api.put(foreignCase + "/resettlement", outsider, change("null", "{\"resettlementCountry\":\"DEU\"}")));
        assertEquals(404, Api.get(foreignCase + "/resettlement", insider).statusCode());
        assertEquals(404, Api.put(foreignCase + "/resettlement", insider, change("0", "{}")).statusCode());
        assertEquals(404, Api.post(foreignCase + "/resettlement/stages", insider,
                "{\"stage\":\"INTERVIEW\",\"reachedOn\":\"" + day(1) + "\"}").statusCode());
        assertEquals(404, Api.get(foreignCase + "/returns", outsider).statusCode(), "a resettlement case has no return part");
        assertEquals(404, Api.get("/api/cases/" + world.mission() + "-RST-2026-999999/resettlement", insider).statusCode());
    }

    @Test
    void twoSavesOfTheSameVersionGiveOneSuccessAndOneConflict() throws Exception {
        String caseworker = world.token("caseworker");
        String path = "/api/cases/" + newCase(caseworker, "AVR", world.mission()) + "/returns";
        String version = topLevel(ok(Api.put(path, caseworker, change("null", "{\"hostCountry\":\"KEN\"}"))).body(), "version");
        List<Callable<HttpResponse<String>>> saves = List.of(
                () -> Api.put(path, caseworker, change(version, "{\"hostCountry\":\"KEN\",\"originCountry\":\"SOM\"}")),
                () -> Api.put(path, caseworker, change(version, "{\"hostCountry\":\"KEN\",\"originCountry\":\"ETH\"}")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> save : pool.invokeAll(saves)) {
                statuses.add(save.get().statusCode());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(409, Api.put(path, caseworker, change("null", "{\"hostCountry\":\"KEN\"}")).statusCode(),
                "a second first save is a conflict too");
    }

    @Test
    void freeTextOfTheProgrammeAreasNeverReachesPostgresInClear() throws Exception {
        String health = world.token("health");
        String ct = world.token("ctofficer");
        String caseworker = world.token("caseworker");
        List<String> secrets = List.of(unique("Dr Physician "), unique("Clinical notes "), unique("Referral note "),
                unique("Narrative "), unique("Event description "), unique("CT referral note "), unique("Visit notes "));
        ok(Api.put("/api/cases/" + newCase(health, "MHA", world.mission()) + "/health", health, change("null",
                "{\"referredForTreatment\":true,\"physician\":\"" + secrets.get(0) + "\",\"clinicalNotes\":\"" + secrets.get(1)
                        + "\",\"referralNote\":\"" + secrets.get(2) + "\"}")));
        String trafficking = "/api/cases/" + newCase(ct, "CTA", world.mission()) + "/trafficking";
        ok(Api.put(trafficking, ct, change("null", "{\"narrative\":\"" + secrets.get(3) + "\"}")));
        ok(Api.post(trafficking + "/events", ct, "{\"type\":\"Transit\",\"description\":\"" + secrets.get(4) + "\"}"));
        ok(Api.post(trafficking + "/referrals", ct, "{\"direction\":\"INCOMING\",\"referredOn\":\"" + day(1)
                + "\",\"note\":\"" + secrets.get(5) + "\"}"));
        ok(Api.post("/api/cases/" + newCase(caseworker, "AVR", world.mission()) + "/returns/monitoring-visits", caseworker,
                "{\"visit\":\"MONTH_12\",\"visitedOn\":\"" + day(1) + "\",\"economicScore\":1,\"socialScore\":0,"
                        + "\"psychosocialScore\":0.25,\"notes\":\"" + secrets.get(6) + "\"}"));

        String dump = AreaFixtures.dumpAllTables();
        for (String secret : secrets) {
            assertFalse(dump.contains(secret), "clear text in a table: " + secret);
        }
        assertTrue(AreaFixtures.count("select count(*) from camino.health_assessment_aud where physician like 'v1:%'") > 0,
                "the history holds ciphertext");
        assertEquals(List.of(), AreaFixtures.secretsInDatabaseFiles(secrets));
    }
}
