package org.camino.it;

import jakarta.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Camino's REST API as a client with a token sees it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** Exchanges credentials for a token; fails the test if that is refused. */
    public static String token(String username, String password, String mission) {
        HttpResponse<String> response = requestToken(username, password, mission);
        if (response.statusCode() != 201) {
            throw new AssertionError("token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return jsonString(response.body(), "secret");
    }

    /**
     * Exchanges credentials for a token at the Camino of {@code baseUrl} (a server a test started for itself);
     * fails the test if that is refused.
     */
    public static String tokenAt(String baseUrl, String username, String password) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).add("name", "it")
                .build().toString();
        HttpResponse<String> issued = callAt(baseUrl, "POST", "/api/tokens", null, body);
        if (issued.statusCode() != 201) {
            throw new AssertionError("token for " + username + " at " + baseUrl + ": " + issued.statusCode() + " " + issued.body());
        }
        return World.object(issued.body()).getString("secret");
    }

    public static HttpResponse<String> requestToken(String username, String password, String mission) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"it\""
                + (mission == null ? "" : ",\"mission\":\"" + mission + "\"") + "}";
        return post("/api/tokens", null, body);
    }

    public static HttpResponse<String> get(String path, String token) {
        return send(request(DeployedCamino.baseUrl(), path, token).GET());
    }

    public static HttpResponse<String> post(String path, String token, String json) {
        return send(request(DeployedCamino.baseUrl(), path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public static HttpResponse<String> put(String path, String token, String json) {
        return send(request(DeployedCamino.baseUrl(), path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static HttpResponse<String> delete(String path, String token) {
        return send(request(DeployedCamino.baseUrl(), path, token).DELETE());
    }

    /**
     * Any method at the Camino of {@code baseUrl} (a server a test started for itself, or the shared one): a JSON
     * body when {@code json} is given, none when it is null; no token when {@code token} is null.
     */
    public static HttpResponse<String> callAt(String baseUrl, String method, String path, String token, String json) {
        HttpRequest.Builder request = request(baseUrl, path, token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String baseUrl, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** A top-level string or number field of a JSON object, enough for these tests. */
    public static String jsonString(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[0-9.]+|true|false|null))")
                .matcher(json);
        if (!m.find()) {
            throw new AssertionError("no field " + field + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }
}
