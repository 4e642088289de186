package org.camino.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.camino.it.CaseFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drill "HQ unreachable for the whole load" on the tests' server (node role
 * {@code both}, which pushes its outbox to its own HQ over HTTP): as an operator
 * would with the CLI, the server is told that HQ is at an address where nothing
 * answers (system property {@code camino.hq.url}, read at every push). While
 * it is, caseworkers of two missions register and step cases: every save
 * succeeds, the outbox of each mission grows, the push records HQ as
 * unreachable, and HQ holds nothing of them. When HQ is reachable again the
 * outbox drains and HQ's totals of each mission equal the mission's own
 * counts from its case tables; a push of an empty outbox changes nothing.
 * The metrics (ObservabilityIT) show each mission's backlog meanwhile.
 */
@ExtendWith(DeployedCamino.class)
class HqUnreachableDrillIT {

    private static final int CASEWORKERS_PER_MISSION = 2;
    private static final int CASES_PER_CASEWORKER = 6;

    @Test
    void missionsKeepSavingWhileHqIsUnreachableAndHqCatchesUpExactly() throws Exception {
        List<World> missions = List.of(World.create(), World.create());
        String admin = missions.get(0).token("admin");
        String analyst = missions.get(0).token("analyst");
        CentralDataRepositoryIT.drainOutbox(admin);

        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort(); // free once closed: a connection there is refused
        }
        DeployedCamino.server().setSystemProperty("camino.hq.url", "http://127.0.0.1:" + deadPort + "/camino");
        DeployedCamino.server().setSystemProperty("camino.node.credential", "drill-hq-unreachable");
        Map<String, Long> unsentDuringOutage;
        int saves;
        try {
            saves = load(missions);
            HttpResponse<String> push = Api.post("/api/cdr/outbox/push", admin, "");
            assertEquals(200, push.statusCode(), push.body());
            JsonObject outbox = World.object(Api.get("/api/cdr/outbox", admin).body());
            unsentDuringOutage = unsent(outbox, missions);
            for (World mission : missions) {
                // each case: its registration, its movement and its step
                assertTrue(unsentDuringOutage.get(mission.mission()) >= 3L * CASEWORKERS_PER_MISSION * CASES_PER_CASEWORKER,
                        "the outbox of " + mission.mission() + " grows: " + outbox);
                assertEquals(Map.of(), totals(analyst, mission), "HQ has nothing of " + mission.mission() + " yet");
            }
            Map<String, Long> backlog = unsentDuringOutage;
            ObservabilityIT.awaitGauges(gauges -> missions.stream().allMatch(m -> ObservabilityIT.gauge(gauges,
                    "camino_outbox_unsent_records", "mission=\"" + m.mission() + "\"") == backlog.get(m.mission())),
                    "the metrics show each mission's backlog " + backlog);
            String lastError = outbox.getJsonObject("push").getString("lastError", "");
            assertTrue(lastError.contains("HQ unreachable"), "the push says why: " + outbox.getJsonObject("push"));
        } finally {
            DeployedCamino.server().removeSystemProperty("camino.hq.url");
            DeployedCamino.server().removeSystemProperty("camino.node.credential");
        }

        CentralDataRepositoryIT.drainOutbox(admin);
        Map<String, Map<String, Long>> atHq = new TreeMap<>();
        for (World mission : missions) {
            Map<String, Long> atMission = CentralDataRepositoryIT.missionCounts(DeployedCamino.server().jdbcUrl(), mission.mission());
            atHq.put(mission.mission(), totals(analyst, mission));
            assertEquals(atMission, atHq.get(mission.mission()), "HQ caught up with " + mission.mission() + " exactly");
        }
        // sent again by nobody and counted once: another push finds nothing, the totals stay
        CentralDataRepositoryIT.drainOutbox(admin);
        for (World mission : missions) {
            assertEquals(atHq.get(mission.mission()), totals(analyst, mission), "no double counting");
        }
        System.out.printf("[drill] HQ unreachable: %d saves, 0 failed; unsent during the outage %s; at HQ after: %s%n",
                saves, unsentDuringOutage, atHq);
    }

    /** Caseworkers of each mission at once, each registering cases and stepping them; every save must succeed. */
    private static int load(List<World> missions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(missions.size() * CASEWORKERS_PER_MISSION);
        AtomicInteger saves = new AtomicInteger();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (World mission : missions) {
                String caseworker = mission.token("caseworker");
                for (int i = 0; i < CASEWORKERS_PER_MISSION; i++) {
                    work.add(pool.submit(() -> {
                        for (int n = 0; n < CASES_PER_CASEWORKER; n++) {
                            String json = register(caseworker, "RST", mission.mission(),
                                    person(unique("Hqdown"), unique("Fam"), "1990-02-03", unique("HQD"), ""));
                            HttpResponse<String> step = Api.post("/api/cases/" + number(json) + "/steps", caseworker,
                                    "{\"expectedVersion\":" + version(json) + ",\"toStatus\":\"IN_PROCESSING\"}");
                            assertEquals(200, step.statusCode(), step.body());
                            saves.addAndGet(2);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> done : work) {
                done.get(10, TimeUnit.MINUTES); // rethrows a failed save
            }
        } finally {
            pool.shutdownNow();
        }
        return saves.get();
    }

    private static Map<String, Long> unsent(JsonObject outbox, List<World> missions) {
        Map<String, Long> unsent = new TreeMap<>();
        for (JsonValue row : outbox.getJsonArray("missions")) {
            String code = row.asJsonObject().getString("mission");
            if (missions.stream().anyMatch(m -> m.mission().equals(code))) {
                unsent.put(code, row.asJsonObject().getJsonNumber("unsent").longValue());
            }
        }
        return unsent;
    }

    private static Map<String, Long> totals(String analyst, World mission) {
        return CentralDataRepositoryIT.hqCounts(Api.get("/api/cdr/totals?mission=" + mission.mission(), analyst));
    }
}
