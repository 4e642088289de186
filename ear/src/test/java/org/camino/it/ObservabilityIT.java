package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators read on the management interface (127.0.0.1 only): metrics
 * in the Prometheus text format that count the application's requests, its
 * errors and its transactions. (Readiness: /api/health, StartupIT.)
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

    private static HttpResponse<String> get(String url) {
        return Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }
}
