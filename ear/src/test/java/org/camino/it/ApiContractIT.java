package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document is the contract: every operation it lists is called without a token, with the
 * token of another mission's caseworker and of an HQ analyst (wrong mission, wrong role), with an invalid
 * body, and as it is meant to be called; every answer's status must be one the operation declares, every
 * error a problem (RFC 9457), and a JSON body must match the declared schema (required members, types).
 * Then every operation that takes a body gets malformed, oversized, wrongly typed and empty bodies: no 500,
 * and nothing is saved (what the world holds, read through the API, is the same before and after).
 */
@ExtendWith(DeployedCamino.class)
class ApiContractIT {

    /** Operations whose valid call would start server-wide work (jobs, purges, pushes, generation): refused calls only. */
    private static final List<String> NOT_CALLED_VALIDLY = List.of("/admin/key-rotation", "/admin/retention/purge",
            "/admin/synthetic", "/cdr/outbox/push", "/cdr/outbox/load", "/reports/monthly/produce");

    /** Roles tried, in order, for the valid call of a GET: the first that is not refused (401/403) is the one meant. */
    private static final List<String> ROLES = List.of("caseworker", "manager", "health", "ctofficer", "analyst", "publisher", "admin");

    record Operation(String method, String path, JsonObject spec) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        boolean secured() {
            return spec.containsKey("security") && !spec.getJsonArray("security").isEmpty();
        }

        JsonObject requestSchema() {
            JsonObject body = spec.getJsonObject("requestBody");
            if (body == null || !body.containsKey("content")) {
                return null;
            }
            for (JsonValue media : body.getJsonObject("content").values()) {
                if (media.asJsonObject().containsKey("schema")) {
                    return media.asJsonObject().getJsonObject("schema");
                }
            }
            return Json.createObjectBuilder().build();
        }
    }

    private static JsonObject document;
    private static SchemaCheck schemas;
    private static World world;
    private static World other;
    private static ValidWrites writes;
    private static String caseNumber;
    private static long personId;
    private static long movementId;

    @BeforeAll
    static void aWorldWithACase() {
        document = OpenApiDocumentIT.document();
        schemas = new SchemaCheck(document);
        world = World.create();
        other = World.create();
        JsonObject created = World.object(CaseFixtures.register(world.token("caseworker"), "RST", world.mission(),
                CaseFixtures.person(CaseFixtures.unique("Contract"), CaseFixtures.unique("Test"), "1988-04-05", CaseFixtures.unique("C"), "")));
        caseNumber = created.getString("number");
        personId = created.getJsonArray("household").getJsonObject(0).getJsonObject("person").getJsonNumber("id").longValue();
        movementId = created.getJsonArray("movements").getJsonObject(0).getJsonNumber("id").longValue();
        ROLES.forEach(world::token); // every account exists before anything is counted
        other.token("caseworker");
        writes = new ValidWrites(world);
    }

    @Test
    void everyOperationAnswersAsTheDocumentDeclares() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 100, "operations in the document: " + operations.size());
        for (Operation operation : operations) {
            String at = concrete(operation);
            boolean hasBody = operation.requestSchema() != null;
            HttpResponse<String> anonymous = call(operation, at, null, hasBody ? "{}" : null);
            conforms(operation, anonymous, "without a token", failures, seen);
            if (operation.secured() && anonymous.statusCode() != 401) {
                failures.add(operation + " without a token: " + anonymous.statusCode() + ", not 401");
            }
            if (!operation.secured()) {
                continue; // open calls: their valid call is below
            }
            conforms(operation, call(operation, at, other.token("caseworker"), hasBody ? "{}" : null), "another mission", failures, seen);
            conforms(operation, call(operation, at, world.token("analyst"), hasBody ? "{}" : null), "wrong role", failures, seen);
            if (hasBody) {
                HttpResponse<String> invalid = call(operation, at, tokenFor(operation), "[\"not\", \"the object\"]");
                conforms(operation, invalid, "an invalid body", failures, seen);
                if (invalid.statusCode() < 400 || invalid.statusCode() >= 500) {
                    failures.add(operation + " with an invalid body: " + invalid.statusCode() + " " + invalid.body());
                }
            }
        }
        int valid = 0;
        int changes = 0;
        for (Operation operation : operations) {
            HttpResponse<String> answer = validCall(operation);
            if (answer != null) {
                conforms(operation, answer, "a valid call", failures, seen);
                valid += answer.statusCode() < 300 ? 1 : 0;
                if (!operation.method().equals("GET")) {
                    changes++;
                    if (answer.statusCode() >= 300) {
                        failures.add(operation + " called as meant: " + answer.statusCode() + " " + abbreviated(answer.body()));
                    }
                }
            }
        }
        report(operations.size() + " operations; answers by status " + seen + "; valid calls answered 2xx: " + valid
                + ", of which changes: " + changes);
        assertTrue(failures.isEmpty(), failures.size() + " answers differ from the document:\n" + String.join("\n", failures));
        assertTrue(seen.getOrDefault("401", 0) >= 100, "401s: " + seen);
        assertTrue(seen.getOrDefault("403", 0) >= 30, "403s (wrong mission or role): " + seen);
        assertTrue(valid >= 33, "valid calls answered 2xx: " + valid + " " + seen);
        assertTrue(changes >= 46, "changes called as meant: " + changes);
    }

    @Test
    void fuzzedBodiesNeverFailTheServerAndSaveNothing() {
        List<String> before = world();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations()) {
            JsonObject schema = operation.requestSchema();
            if (schema == null) {
                continue;
            }
            String at = concrete(operation);
            for (String body : fuzz(schema)) {
                HttpResponse<String> answer = call(operation, at, operation.secured() ? tokenFor(operation) : null, body);
                sent++;
                if (answer.statusCode() >= 500) {
                    failures.add(operation + " with " + abbreviated(body) + ": " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        report("fuzz: " + sent + " bodies sent");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(sent >= 8 * 25, "bodies sent: " + sent);
        assertEquals(before, world(), "nothing was saved");
    }

    // ---- the calls

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> entry : paths.getJsonObject(path).entrySet()) {
                if (List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                    operations.add(new Operation(entry.getKey().toUpperCase(), path, entry.getValue().asJsonObject()));
                }
            }
        }
        return operations;
    }

    /** The operation's path with the world's case, person and movement, and a plain value for other parameters. */
    private static String concrete(Operation operation) {
        String path = operation.path();
        String at = path.substring(path.indexOf("/api/"));
        for (String name : List.of("number", "id", "stage", "caseType", "status", "mission")) {
            String value = switch (name) {
                case "number" -> caseNumber;
                case "id" -> String.valueOf(at.contains("/people/") ? personId : at.contains("/movements/") ? movementId : 1);
                case "stage" -> "referral_received";
                case "caseType" -> "rst";
                case "status" -> "open";
                default -> world.mission().toLowerCase();
            };
            at = at.replace("{" + name + "}", value);
        }
        StringBuilder plain = new StringBuilder();
        for (String segment : at.split("/", -1)) {
            plain.append(plain.length() == 0 && segment.isEmpty() ? "" : "/")
                    .append(segment.startsWith("{") ? "1" : segment);
        }
        return plain.toString();
    }

    private static HttpResponse<String> call(Operation operation, String at, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DeployedCamino.baseUrl() + at));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        return Api.send(request);
    }

    /** The role whose token an operation that changes something is meant to get, by the area of its path. */
    private static String tokenFor(Operation operation) {
        String path = operation.path();
        String role = path.contains("/admin/") || path.contains("/cdr/") ? "admin"
                : path.contains("/publications") ? "analyst"
                : path.contains("/reports") || path.contains("/approvals") || path.contains("/consent-withdrawal") ? "manager"
                : path.contains("/health") && path.contains("/cases/") ? "health"
                : path.contains("/trafficking") ? "ctofficer" : "caseworker";
        return world.token(role);
    }

    /** A call as meant: GETs by the first role allowed, changes with a real body ({@link ValidWrites}); null if not called. */
    private static HttpResponse<String> validCall(Operation operation) {
        String at = concrete(operation);
        if (NOT_CALLED_VALIDLY.stream().anyMatch(operation.path()::contains)) {
            return null;
        }
        if (operation.method().equals("GET")) {
            if (!operation.secured()) {
                return call(operation, at, null, null);
            }
            HttpResponse<String> answer = null;
            for (String role : ROLES) {
                answer = call(operation, at, world.token(role), null);
                if (answer.statusCode() != 403) {
                    return answer;
                }
            }
            return answer;
        }
        String relative = at.substring(at.indexOf("/api/v1") + "/api/v1".length());
        String caseworker = world.token("caseworker");
        return switch (operation.method() + " " + relative) {
            case "POST /cases" -> call(operation, at, caseworker, CaseFixtures.newCase("AVR", world.mission(), CaseFixtures.person(
                    CaseFixtures.unique("Valid"), CaseFixtures.unique("Call"), "1979-01-02", CaseFixtures.unique("W"), ""), "[]", true));
            case "POST /cases/duplicates" -> call(operation, at, caseworker, CaseFixtures.person(CaseFixtures.unique("Dup"),
                    CaseFixtures.unique("Check"), "1979-01-02", CaseFixtures.unique("D"), ""));
            case "POST /tokens" -> call(operation, at, null, Json.createObjectBuilder().add("username", world.username("caseworker"))
                    .add("password", world.password("caseworker")).add("name", "contract").build().toString());
            case "POST /admin/access-log/verify" -> call(operation, at, world.token("admin"), null);
            default -> writes.call(operation.method(), operation.path());
        };
    }

    // ---- the answers against the document

    private static void conforms(Operation operation, HttpResponse<String> answer, String what, List<String> failures,
                                 Map<String, Integer> seen) {
        String status = String.valueOf(answer.statusCode());
        seen.merge(status, 1, Integer::sum);
        JsonObject responses = operation.spec().getJsonObject("responses");
        JsonObject declared = responses.containsKey(status) ? responses.getJsonObject(status) : responses.getJsonObject("default");
        if (declared == null) {
            failures.add(operation + " " + what + ": " + status + " is not declared (" + responses.keySet() + ") " + abbreviated(answer.body()));
            return;
        }
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        String media = contentType.contains(";") ? contentType.substring(0, contentType.indexOf(';')).strip() : contentType.strip();
        boolean healthDocument = operation.path().endsWith("/api/v1/health");
        if (answer.statusCode() >= 400 && !healthDocument && !media.equals("application/problem+json")) {
            failures.add(operation + " " + what + ": " + status + " is " + contentType + ", not a problem: " + abbreviated(answer.body()));
            return;
        }
        JsonObject content = declared.getJsonObject("content");
        if (!media.endsWith("json") || answer.body().isBlank()) {
            return;
        }
        if (content == null || !content.containsKey(media)) {
            failures.add(operation + " " + what + ": " + status + " " + media + " is not a declared content " + (content == null ? "{}" : content.keySet()));
            return;
        }
        JsonObject schema = content.getJsonObject(media).getJsonObject("schema");
        if (schema == null) {
            return;
        }
        JsonValue body;
        try (var reader = Json.createReader(new java.io.StringReader(answer.body()))) {
            body = reader.readValue();
        } catch (jakarta.json.JsonException e) {
            failures.add(operation + " " + what + ": " + status + " is not JSON: " + abbreviated(answer.body()));
            return;
        }
        List<String> mismatches = schemas.check(body, schema);
        if (!mismatches.isEmpty()) {
            failures.add(operation + " " + what + ": " + status + " does not match its schema: " + mismatches);
        }
    }

    // ---- fuzzing

    /** Malformed, empty, wrongly typed and oversized bodies for an operation taking the given schema. */
    private static List<String> fuzz(JsonObject schema) {
        List<String> bodies = new ArrayList<>(List.of("{\"version\":", "{\"a\":1,,}", "not json", "[", "", "{}", "[]",
                "\"text\"", "12", "true"));
        JsonObject properties = schemas.resolve(schema).getJsonObject("properties");
        JsonObjectBuilder wrong = Json.createObjectBuilder();
        JsonObjectBuilder oversized = Json.createObjectBuilder();
        if (properties != null) {
            for (String name : properties.keySet()) {
                JsonObject property = schemas.resolve(properties.getJsonObject(name));
                String type = property.get("type") instanceof JsonString t ? t.getString()
                        : property.containsKey("type") ? property.getJsonArray("type").getString(0) : "object";
                switch (type) {
                    case "string" -> {
                        wrong.add(name, Json.createArrayBuilder().add(1));
                        oversized.add(name, "x".repeat(200_000));
                    }
                    case "integer", "number" -> {
                        wrong.add(name, "not a number");
                        oversized.add(name, new java.math.BigDecimal("1e40"));
                    }
                    case "boolean" -> {
                        wrong.add(name, "yes");
                        oversized.add(name, true);
                    }
                    case "array" -> {
                        wrong.add(name, Json.createObjectBuilder().add("a", 1));
                        var many = Json.createArrayBuilder();
                        for (int i = 0; i < 20_000; i++) {
                            many.add("x" + i);
                        }
                        oversized.add(name, many);
                    }
                    default -> {
                        wrong.add(name, 42);
                        oversized.add(name, Json.createObjectBuilder().add("x", "y".repeat(200_000)));
                    }
                }
            }
        }
        bodies.add(wrong.build().toString());
        bodies.add(oversized.build().toString());
        bodies.add("{\"filler\":\"" + "z".repeat(2_000_000) + "\"}");
        return bodies;
    }

    /** What the world holds, read through the API: a change saved by a fuzzed body shows here. */
    private static List<String> world() {
        List<String> state = new ArrayList<>();
        String manager = world.token("manager");
        state.add("cases " + World.object(Api.get("/api/v1/cases?mission=" + world.mission() + "&limit=1", manager).body()).get("total"));
        JsonObject theCase = World.object(Api.get("/api/v1/cases/" + caseNumber, world.token("caseworker")).body());
        state.add("case version " + theCase.get("version") + " notes " + theCase.getJsonArray("notes").size()
                + " household " + theCase.getJsonArray("household").size() + " movements " + theCase.getJsonArray("movements").size());
        for (String[] list : new String[][] {{"/api/v1/cases/" + caseNumber + "/documents", "caseworker"},
                {"/api/v1/reports/saved", "manager"}, {"/api/v1/cdr/nodes", "admin"}, {"/api/v1/admin/users", "admin"},
                {"/api/v1/admin/missions", "admin"}, {"/api/v1/publications", "analyst"},
                {"/api/v1/imports?mission=" + world.mission(), "caseworker"}}) {
            HttpResponse<String> answer = Api.get(list[0], world.token(list[1]));
            assertEquals(200, answer.statusCode(), list[0] + ": " + answer.body());
            state.add(list[0] + " " + sizes(answer.body()));
        }
        return state;
    }

    /** How many entries a list holds (or each list of an object): what a saved change would add to. */
    private static String sizes(String json) {
        JsonValue value;
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            value = reader.readValue();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return String.valueOf(value.asJsonArray().size());
        }
        StringBuilder sizes = new StringBuilder();
        value.asJsonObject().forEach((name, member) -> {
            if (member.getValueType() == JsonValue.ValueType.ARRAY) {
                sizes.append(name).append('=').append(member.asJsonArray().size()).append(' ');
            }
        });
        return sizes.toString();
    }

    /** The figures of a run, in target/api-contract.txt. */
    private static void report(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("camino.build.dir", "target"), "api-contract.txt"),
                    line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
