package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators read on the management interface (127.0.0.1 only): metrics
 * in the Prometheus text format that count the application's requests, its
 * errors and its transactions (WildFly's, /metrics), and Camino's own gauges:
 * the outbox backlog per mission and the progress of batch jobs (Micrometer,
 * /prometheus). (Readiness: /api/health, StartupIT.)
 */
@ExtendWith(DeployedCamino.class)
class ObservabilityIT {

    private static final String MANAGEMENT = "http://127.0.0.1:" + (9990 + DeployedCamino.PORT_OFFSET);

    @Test
    void theServerCountsItsRequestsErrorsAndTransactions() {
        assertEquals(401, Api.get("/api/me", null).statusCode()); // at least one answered request of the API
        HttpResponse<String> metrics = get(MANAGEMENT + "/metrics");
        assertEquals(200, metrics.statusCode());
        List<String> requests = metrics.body().lines()
                .filter(line -> line.startsWith("wildfly_undertow_request_count_total{") && line.contains("camino-web.war"))
                .toList();
        assertTrue(requests.stream().anyMatch(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) > 0),
                "requests to Camino are counted: " + requests);
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("wildfly_undertow_error_count_total{")),
                "errors are counted");
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("wildfly_transactions_number_of_committed_transactions")),
                "transactions are counted");
    }

    @Test
    void theServerShowsTheOutboxBacklogPerMissionAndTheProgressOfBatchJobs() throws Exception {
        World world = World.create();
        String caseworker = world.token("caseworker");
        String manager = world.token("manager");
        for (int i = 0; i < 3; i++) {
            register(caseworker, "RST", world.mission(), person(unique("Gauge"), unique("Fam"), "1990-01-01", unique("GA"), ""));
        }
        // the load of the mission's statistical records: a batch job whose items are the mission's cases
        String path = "/api/cdr/outbox/load/" + world.mission().toLowerCase();
        HttpResponse<String> started = Api.post(path, manager, "");
        assertEquals(202, started.statusCode(), started.body());
        long deadline = System.currentTimeMillis() + 180_000;
        JsonObject run;
        do {
            assertTrue(System.currentTimeMillis() < deadline, "the load did not end");
            Thread.sleep(500);
            run = World.array(Api.get(path, manager).body()).getJsonObject(0);
        } while (run.getString("state").startsWith("START"));
        assertEquals("COMPLETED", run.getString("state"), run.toString());

        String job = "job=\"cdr-initial-load\"";
        awaitGauges(g -> gauge(g, "camino_batch_items_done_items", job) == 3
                && gauge(g, "camino_batch_running_executions", job) == 0,
                "the latest load wrote the mission's 3 cases, and none runs now");
        CentralDataRepositoryIT.drainOutbox(world.token("admin"));
        awaitGauges(g -> gauge(g, "camino_outbox_unsent_records", "mission=\"" + world.mission() + "\"") == 0,
                "the mission's outbox, sent, is empty");
    }

    /** The value of gauge {@code name} with the label {@code label} (e.g. {@code job="key-rotation"}); -1 if none. */
    static double gauge(Map<String, Double> gauges, String name, String label) {
        String withLabel = ".*[{,]" + java.util.regex.Pattern.quote(label) + "[,}].*"; // WildFly may add labels of its own
        return gauges.entrySet().stream().filter(e -> e.getKey().startsWith(name + "{") && e.getKey().matches(withLabel))
                .mapToDouble(Map.Entry::getValue).findFirst().orElse(-1);
    }

    /** Camino's gauges (name{labels} → value) as WildFly's Micrometer serves them in the Prometheus text format. */
    static Map<String, Double> applicationGauges() {
        HttpResponse<String> scraped = get(MANAGEMENT + "/prometheus");
        assertEquals(200, scraped.statusCode(), scraped.body());
        Map<String, Double> gauges = new HashMap<>();
        scraped.body().lines().filter(line -> line.startsWith("camino_")).forEach(line -> gauges.put(
                line.substring(0, line.lastIndexOf(' ')), Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
        return gauges;
    }

    /** Waits (at most 60 s: the gauges are read every 10 s) until the gauges satisfy {@code condition}. */
    static Map<String, Double> awaitGauges(Predicate<Map<String, Double>> condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Map<String, Double> gauges = applicationGauges();
            if (condition.test(gauges)) {
                return gauges;
            }
            assertTrue(System.currentTimeMillis() < deadline, what + ": " + gauges);
            Thread.sleep(1000);
        }
    }

    private static HttpResponse<String> get(String url) {
        return Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }
}
