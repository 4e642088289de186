package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document WildFly generates from the resources, at the standard /openapi. */
@ExtendWith(DeployedCamino.class)
class OpenApiDocumentIT {

    /** The document, as JSON; kept in target/ for a look. */
    static JsonObject document() {
        String root = DeployedCamino.baseUrl().substring(0, DeployedCamino.baseUrl().lastIndexOf("/camino"));
        HttpResponse<String> answer = Api.send(HttpRequest.newBuilder(URI.create(root + "/openapi"))
                .header("Accept", "application/json").GET());
        assertEquals(200, answer.statusCode(), answer.body());
        try {
            Files.writeString(Path.of(System.getProperty("camino.build.dir", "target"), "openapi.json"), answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return World.object(answer.body());
    }

    @Test
    void theDocumentIsOpenApi31WithTheVersionedPathsSecurityAndProblems() {
        JsonObject document = document();
        assertTrue(document.getString("openapi").startsWith("3.1"), document.getString("openapi"));
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/api/v1/cases")), paths.keySet().toString());
        assertTrue(paths.keySet().stream().allMatch(p -> p.contains("/api/v1/")), "only v1 paths: " + paths.keySet());
        JsonObject components = document.getJsonObject("components");
        assertTrue(components.getJsonObject("securitySchemes").containsKey("token"), components.toString());
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"), components.getJsonObject("schemas").keySet().toString());
    }
}
