package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.camino.web.api.CaminoApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input to every endpoint of the API, listed by reflection from the
 * JAX-RS resource classes (a new endpoint is covered without a line here):
 * an empty body and JSON null where a body is taken, a malformed value of
 * every query parameter and of every non-text path parameter. Each must be a
 * 4xx with a problem (RFC 9457, application/problem+json); a body or query parameter must be named in it,
 * with the rule it broke.
 */
@ExtendWith(DeployedCamino.class)
class ApiInputIT {

    private static World WORLD;

    /** One value that is malformed for every query parameter: no date, number, boolean, code or sort key, and too long for free text. */
    static final String MALFORMED = "2026-99-99_abc_99999999999999999999_" + "x".repeat(300);

    record Endpoint(String verb, String template, Method method) {
        @Override
        public String toString() {
            return verb + " " + template;
        }
    }

    private static String token;
    private static String caseNumber;
    private static long personId;
    private static long movementId;
    /** Mission nodes post their batches with a node credential, not a user's token (which is a 401 there). */
    private static String nodeCredential;

    @BeforeAll
    static void aCase() {
        WORLD = World.create();
        token = WORLD.token("caseworker");
        JsonObject created = json(CaseFixtures.register(token, "RST", WORLD.mission(), CaseFixtures.person(CaseFixtures.unique("Input"),
                CaseFixtures.unique("Test"), "1991-02-03", CaseFixtures.unique("P"), "")));
        caseNumber = created.getString("number");
        personId = created.getJsonArray("household").getJsonObject(0).getJsonObject("person").getJsonNumber("id").longValue();
        movementId = created.getJsonArray("movements").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> node = Api.post("/api/cdr/nodes", WORLD.token("admin"), Json.createObjectBuilder()
                .add("name", CaseFixtures.unique("input-node-").toLowerCase())
                .add("missions", Json.createArrayBuilder().add(WORLD.mission())).build().toString());
        assertEquals(201, node.statusCode(), node.body());
        nodeCredential = json(node.body()).getString("credential");
    }

    @Test
    void theEndpointsAreListedFromTheResourceClasses() throws IOException {
        List<String> listed = endpoints().stream().map(Endpoint::toString).toList();
        assertTrue(listed.contains("PUT /api/v1/cases/{number}/people/{id}"), listed.toString());
        assertTrue(listed.contains("PUT /api/v1/cases/{number}/movements/{id}"), listed.toString());
        assertTrue(listed.contains("GET /api/v1/cases"), listed.toString());
        assertTrue(listed.size() >= 40, "every resource class is read: " + listed.size() + " endpoints " + listed);
    }

    @Test
    void anEmptyOrNullBodyIsA400NamingTheBodyOnEveryEndpointThatTakesOne() throws IOException {
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (bodyParameter(endpoint.method()) == null) {
                continue;
            }
            for (String body : new String[] {"", "null", " null ", "\n"}) {
                HttpResponse<String> answer = send(endpoint, path(endpoint, null, null), body);
                assertEquals(400, answer.statusCode(), endpoint + " with body [" + body + "]: " + answer.body());
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), endpoint + ": " + answer.body());
                assertTrue(namedFields(answer).contains("body"), endpoint + " names the body: " + answer.body());
                checked++;
            }
            HttpResponse<String> broken = send(endpoint, path(endpoint, null, null), "{\"version\":");
            assertEquals(400, broken.statusCode(), endpoint + " with broken JSON: " + broken.body());
            json(broken.body());
        }
        assertTrue(checked >= 4 * 25, "bodies sent: " + checked);
    }

    @Test
    void aMalformedQueryParameterIsA400NamingItOnEveryEndpoint() throws IOException {
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            for (Parameter parameter : endpoint.method().getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                if (query == null) {
                    continue;
                }
                HttpResponse<String> answer = send(endpoint, path(endpoint, query.value(), MALFORMED), "{}");
                assertEquals(400, answer.statusCode(), endpoint + "?" + query.value() + "=malformed: " + answer.body());
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), endpoint + ": " + answer.body());
                assertTrue(namedFields(answer).contains(query.value()), endpoint + " names " + query.value() + ": " + answer.body());
                checked++;
            }
        }
        assertTrue(checked >= 13, "query parameters checked: " + checked);
    }

    @Test
    void theMalformedValuesFromTheFieldReportAre400sNamingTheParameter() {
        String[][] cases = {
                {"openedFrom", "2026-99-99"}, {"openedTo", "2026-02-30"}, {"limit", "abc"}, {"limit", "1.5"},
                {"offset", "99999999999999999999"}, {"descending", "yes"}, {"assignedToMe", "1"}, {"assignedToMe", "TRUE"},
                {"limit", "0"}, {"offset", "-1"}, {"sort", "name"}, {"type", "XYZ"}, {"status", "NOWHERE"}};
        for (String[] c : cases) {
            HttpResponse<String> answer = Api.get("/api/cases?" + c[0] + "=" + URLEncoder.encode(c[1], StandardCharsets.UTF_8), token);
            assertEquals(400, answer.statusCode(), c[0] + "=" + c[1] + ": " + answer.body());
            assertEquals(List.of(c[0]), namedFields(answer), c[0] + "=" + c[1] + ": " + answer.body());
        }
        HttpResponse<String> admin = Api.get("/api/admin/access-log?limit=abc", WORLD.token("admin"));
        assertEquals(400, admin.statusCode(), admin.body());
        assertEquals(List.of("limit"), namedFields(admin));
        assertEquals(200, Api.get("/api/cases?descending=false&assignedToMe=true&limit=5&offset=0&openedFrom=2026-01-01", token)
                .statusCode(), "well-formed values still work");
    }

    @Test
    void aMalformedPathParameterIsA4xxWithAJsonBody() throws IOException {
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            for (Parameter parameter : endpoint.method().getParameters()) {
                PathParam path = parameter.getAnnotation(PathParam.class);
                if (path == null || parameter.getType() == String.class) {
                    continue;
                }
                for (String malformed : new String[] {"abc", "99999999999999999999"}) {
                    String at = path(endpoint, path.value(), malformed, null, null);
                    HttpResponse<String> answer = send(endpoint, at, "{}");
                    assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, endpoint + " at " + at + ": "
                            + answer.statusCode() + " " + answer.body());
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                            endpoint + " at " + at + ": " + answer.body());
                    assertProblem(answer);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 2 * 10, "path parameters checked: " + checked);
    }

    @Test
    void anEmptyBodyIsRefusedBeforeAnyPermissionCheck() {
        String health = WORLD.token("health"); // may not change a resettlement case
        for (String path : new String[] {"/api/cases/" + caseNumber + "/people/" + personId,
                "/api/cases/" + caseNumber + "/movements/" + movementId}) {
            HttpResponse<String> empty = Api.put(path, health, "");
            assertEquals(400, empty.statusCode(), path + ": " + empty.body());
            assertEquals(List.of("body"), namedFields(empty));
            HttpResponse<String> nul = Api.put(path, token, "null");
            assertEquals(400, nul.statusCode(), path + ": " + nul.body());
            assertEquals(List.of("body"), namedFields(nul));
            HttpResponse<String> noForm = Api.put(path, token, "{\"version\":0}");
            assertEquals(400, noForm.statusCode(), path + " without the form: " + noForm.body());
        }
    }

    // ---- the endpoints, from the resource classes

    static List<Endpoint> endpoints() throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        String base = CaminoApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        for (Class<?> resource : resourceClasses()) {
            String prefix = base + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(verb, sub == null ? prefix : prefix + (sub.value().startsWith("/") ? "" : "/") + sub.value(), method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    /** Every class of the API's package with {@code @Path}, read from the jar (or folder) the API classes come from. */
    private static List<Class<?>> resourceClasses() throws IOException {
        String packagePath = CaminoApi.class.getPackageName().replace('.', '/') + "/";
        URI location;
        try {
            location = CaminoApi.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> names = new ArrayList<>();
        java.nio.file.Path root = Paths.get(location);
        if (Files.isDirectory(root)) {
            try (Stream<java.nio.file.Path> files = Files.list(root.resolve(packagePath))) {
                files.forEach(f -> names.add(packagePath + f.getFileName()));
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(packagePath)).forEach(names::add);
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            String rest = name.substring(packagePath.length());
            if (!rest.endsWith(".class") || rest.contains("/") || rest.contains("$")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""), false, ApiInputIT.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        assertTrue(resources.size() >= 10, "resource classes found: " + resources);
        return resources;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    /** The entity parameter: the one with no JAX-RS annotation at all. */
    static Parameter bodyParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = Stream.of(parameter.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
            if (!annotated) {
                return parameter;
            }
        }
        return null;
    }

    /** The endpoint's path with real ids, and one query parameter if given. */
    private static String path(Endpoint endpoint, String query, String value) {
        return path(endpoint, null, null, query, value);
    }

    /** As above, with one path parameter given its own value. */
    private static String path(Endpoint endpoint, String pathParam, String pathValue, String query, String value) {
        String path = endpoint.template();
        for (Parameter parameter : endpoint.method().getParameters()) {
            PathParam p = parameter.getAnnotation(PathParam.class);
            if (p != null) {
                String given = p.value().equals(pathParam) ? pathValue : realValue(endpoint, p.value());
                path = path.replace("{" + p.value() + "}", URLEncoder.encode(given, StandardCharsets.UTF_8));
            }
        }
        return query == null ? path : path + "?" + query + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The test case's number, its person's or movement's id; 1 for other ids, a stage (paths are lower case) for a stage. */
    private static String realValue(Endpoint endpoint, String name) {
        return switch (name) {
            case "number" -> caseNumber;
            case "id" -> String.valueOf(endpoint.template().contains("/people/") ? personId
                    : endpoint.template().contains("/movements/") ? movementId : 1);
            default -> "referral_received";
        };
    }

    private static HttpResponse<String> send(Endpoint endpoint, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + path))
                .header("Authorization", "Bearer " + (endpoint.toString().equals("POST /api/v1/cdr/batches") ? nodeCredential : token));
        switch (endpoint.verb()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", "application/json")
                    .method(endpoint.verb(), HttpRequest.BodyPublishers.ofString(body));
        }
        return Api.send(request);
    }

    // ---- the answers, read with JSON-P

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException e) {
            throw new AssertionError("not a JSON object: " + body, e);
        }
    }

    /** The fields a 400 names, in order, each with the rule it broke; the answer is an RFC 9457 problem. */
    static List<String> namedFields(HttpResponse<String> answer) {
        JsonObject body = json(answer.body());
        assertProblem(answer);
        if (!body.containsKey("fields")) {
            return List.of();
        }
        for (JsonValue field : body.getJsonArray("fields")) {
            assertTrue(field.asJsonObject().getString("rule", "").length() > 0, "the rule broken is named: " + answer.body());
        }
        return body.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .map(f -> ((JsonString) f.get("field")).getString()).toList();
    }

    /** application/problem+json with RFC 9457's type, title, status (the answer's) and detail. */
    static void assertProblem(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().firstValue("Content-Type") + " " + answer.body());
        JsonObject body = json(answer.body());
        assertTrue(body.getString("type", "").startsWith("urn:camino:problem:"), answer.body());
        assertTrue(body.getString("title", "").length() > 0, answer.body());
        assertTrue(body.getString("detail", "").length() > 0, answer.body());
        assertEquals(answer.statusCode(), body.getInt("status", -1), answer.body());
    }
}
