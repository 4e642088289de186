package org.camino.repository.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import org.camino.platform.statistics.StatisticalRecord;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Sends one batch of outbox rows to HQ: {@code POST <hq>/api/cdr/batches}
 * with the node credential as a bearer token, body
 * {@code {"schemaVersion","batchId","records":[...]}}, each record with its
 * version (the outbox sequence number). HQ's answer says whether the batch was
 * accepted (applied idempotently), rejected (bad input: nothing stored) or
 * refused (credential or mission scope).
 */
@ApplicationScoped
public class Transfer {

    public enum Outcome { ACCEPTED, REJECTED, REFUSED, FAILED }

    public record Result(Outcome outcome, String detail) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    NodeLink link;

    public Result send(UUID batchId, List<OutboxStore.Row> rows) {
        String body = batch(batchId, rows);
        NodeLink.Target target;
        try {
            target = link.target();
        } catch (IllegalStateException e) {
            return new Result(Outcome.FAILED, e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.hqUrl() + "/api/cdr/batches"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + target.credential())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String detail = "HTTP " + status + ": " + response.body();
            if (status == 200) {
                return new Result(Outcome.ACCEPTED, detail);
            }
            if (status == 400) {
                return new Result(Outcome.REJECTED, detail);
            }
            if (status == 401 || status == 403) {
                return new Result(Outcome.REFUSED, detail);
            }
            return new Result(Outcome.FAILED, detail);
        } catch (java.io.IOException e) {
            return new Result(Outcome.FAILED, "HQ unreachable at " + target.hqUrl() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.FAILED, "interrupted");
        }
    }

    static String batch(UUID batchId, List<OutboxStore.Row> rows) {
        JsonProvider json = StatisticalRecord.JSON; // not Json.create...: a provider lookup per call
        JsonArrayBuilder records = json.createArrayBuilder();
        for (OutboxStore.Row row : rows) {
            try (JsonReader reader = json.createReader(new StringReader(row.payload()))) {
                JsonObject payload = reader.readObject();
                records.add(json.createObjectBuilder(payload).add("version", row.seq()));
            }
        }
        return json.createObjectBuilder().add("schemaVersion", StatisticalRecord.SCHEMA_VERSION)
                .add("batchId", batchId.toString()).add("records", records).build().toString();
    }
}
