package org.camino.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.camino.web.ProblemJson;

import java.io.StringReader;
import java.util.Map;

/**
 * The few error answers a resource builds itself, with an entity of its own (the central data repository's
 * receipts of a rejected or refused batch or file, 400/403/409), become problems too: RFC 9457's members
 * are added and the receipt's members kept beside them, so that a mission node reading the receipt reads
 * it as before. Errors thrown are answered by {@link ApiErrors}; the health check's 503 stays the health
 * document that load balancers read.
 */
@Provider
public class ProblemAnswers implements ContainerResponseFilter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !response.hasEntity() || isProblem(response.getMediaType())
                || (resource != null && resource.getResourceClass() == HealthResource.class)) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof byte[] || entity instanceof String || entity instanceof java.io.InputStream) {
            return; // not a JSON entity of ours
        }
        JsonObject receipt;
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(entity)))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return;
            }
            receipt = value.asJsonObject();
        }
        String title = ApiErrors.reason(response.getStatus());
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", ProblemJson.type(title)).add("title", title)
                .add("status", response.getStatus()).add("detail", detail(receipt, title)).add("error", title);
        for (Map.Entry<String, JsonValue> member : receipt.entrySet()) {
            if (!Map.of("type", 0, "title", 0, "status", 0, "detail", 0, "error", 0).containsKey(member.getKey())) {
                problem.add(member.getKey(), member.getValue());
            }
        }
        response.setEntity(problem.build(), response.getEntityAnnotations(), MediaType.valueOf(ProblemJson.MEDIA_TYPE));
    }

    /** The receipt's errors, or its outcome. */
    private static String detail(JsonObject receipt, String title) {
        if (receipt.get("errors") instanceof jakarta.json.JsonArray errors && !errors.isEmpty()) {
            StringBuilder detail = new StringBuilder();
            for (JsonValue error : errors) {
                detail.append(detail.length() == 0 ? "" : "; ")
                        .append(error.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) error).getString() : error.toString());
            }
            return detail.toString();
        }
        return receipt.containsKey("outcome") ? "Outcome: " + receipt.get("outcome") : title;
    }

    private static boolean isProblem(MediaType type) {
        return type != null && ProblemJson.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype());
    }
}
