package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(DeployedCamino.class)
class HealthIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthReportsTheFlywaySchemaVersionReadFromPostgres() throws Exception {
        String expectedVersion;
        try (Connection connection = DriverManager.getConnection(DeployedCamino.server().jdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select version from camino.flyway_schema_history where success order by installed_rank desc limit 1")) {
            assertTrue(rs.next(), "Flyway ran against the embedded PostgreSQL");
            expectedVersion = rs.getString(1);
        }

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = response.body();
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"databaseReachable\":true"), body);
        assertTrue(body.contains("\"schemaVersion\":\"" + expectedVersion + "\""), body);
        assertTrue(body.contains("\"nodeRole\":\"both\""), body);
        assertTrue(body.contains("\"applicationVersion\":\"0.1.0-SNAPSHOT\""), body);
    }

    @Test
    void unknownPathsGetTheCustomNotFoundPageWithoutServerDetails() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + "/no/such/page.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        // Unauthenticated: Shiro sends the visitor to the login page first
        assertTrue(response.statusCode() == 302 || response.statusCode() == 404, "status " + response.statusCode());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at org."), response.body());
    }
}
