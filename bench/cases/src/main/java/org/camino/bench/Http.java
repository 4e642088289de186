package org.camino.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Camino's REST API as the benchmark calls it (127.0.0.1 only), with just enough JSON reading. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        if (!baseUrl.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("The benchmark talks to 127.0.0.1 only, not " + baseUrl);
        }
        this.baseUrl = baseUrl;
    }

    String token(String username, String password) {
        HttpResponse<String> response = post("/api/tokens", null, "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"name\":\"bench\"}", Duration.ofSeconds(60));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return field(response.body(), "secret");
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET());
    }

    HttpResponse<String> post(String path, String token, String json, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> put(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Round-trip time of a GET in milliseconds; fails on anything but 200. */
    double timeGet(String path, String token) {
        long started = System.nanoTime();
        HttpResponse<String> response = get(path, token);
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return millis;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A top-level string or number field. */
    static String field(String json, String name) {
        List<String> all = fields(json, name);
        if (all.isEmpty()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return all.get(0);
    }

    /** Every occurrence of a field, strings unescaped. */
    static List<String> fields(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[0-9.Ee+]+|true|false|null))")
                .matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(2) != null ? unescape(m.group(2)) : m.group(3));
        }
        return values;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u' && i + 4 < s.length()) {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
