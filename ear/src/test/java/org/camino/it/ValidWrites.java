package org.camino.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Predicate;

import static org.camino.it.AreaFixtures.change;
import static org.camino.it.AreaFixtures.day;

/**
 * The changes of the API called as they are meant, for the contract test: each call first makes what it
 * changes (its own case, item, account, node or saved report) through the API, as the right role, so that
 * the answer checked against the document is a real success, not a refusal. The set-up calls are not
 * checked here: the tests of each area do that.
 */
final class ValidWrites {

    private final World world;

    ValidWrites(World world) {
        this.world = world;
    }

    /** The answer of the operation (method and path as the document names them) called as meant; null if not called. */
    HttpResponse<String> call(String method, String template) {
        String path = template.substring(template.indexOf("/api/v1") + "/api/v1".length());
        String caseworker = world.token("caseworker");
        String admin = world.token("admin");
        return switch (method + " " + path) {
            case "POST /cases/{number}/notes" -> Api.post(casePath(caseworker, "RST") + "/notes", caseworker,
                    "{\"text\":\"A note of the contract test\"}");
            case "POST /cases/{number}/movements" -> Api.post(casePath(caseworker, "RST") + "/movements", caseworker,
                    CaseFixtures.movement());
            case "PUT /cases/{number}/assignee" -> {
                JsonObject made = register(caseworker, "RST");
                yield Api.put("/api/v1/cases/" + made.getString("number") + "/assignee", caseworker, "{\"assignee\":\""
                        + world.username("caseworker") + "\",\"version\":" + made.getJsonNumber("version") + "}");
            }
            case "PUT /cases/{number}/people/{id}" -> {
                JsonObject made = register(caseworker, "RST");
                JsonObject person = made.getJsonArray("household").getJsonObject(0).getJsonObject("person");
                yield Api.put("/api/v1/cases/" + made.getString("number") + "/people/" + person.getJsonNumber("id"), caseworker,
                        "{\"version\":" + person.getJsonNumber("version") + ",\"person\":" + person("Edited") + "}");
            }
            case "PUT /cases/{number}/movements/{id}" -> {
                JsonObject made = register(caseworker, "RST");
                JsonObject movement = made.getJsonArray("movements").getJsonObject(0);
                yield Api.put("/api/v1/cases/" + made.getString("number") + "/movements/" + movement.getJsonNumber("id"),
                        caseworker, "{\"version\":" + movement.getJsonNumber("version") + ",\"movement\":"
                                + CaseFixtures.movement().replace("Toronto", "Vancouver") + "}");
            }
            case "POST /cases/{number}/members" -> Api.post(casePath(caseworker, "RST") + "/members", caseworker,
                    "{\"person\":" + person("Member") + ",\"relationship\":\"CHILD\"}");
            case "POST /cases/{number}/steps" -> {
                JsonObject made = register(caseworker, "RST");
                yield Api.post("/api/v1/cases/" + made.getString("number") + "/steps", caseworker, "{\"expectedVersion\":"
                        + made.getJsonNumber("version") + ",\"toStatus\":\"IN_PROCESSING\"}");
            }
            case "POST /approvals/{id}" -> decidedApproval();
            case "POST /cases/{number}/consent-withdrawal" -> {
                JsonObject made = register(caseworker, "RST");
                yield Api.post("/api/v1/cases/" + made.getString("number") + "/consent-withdrawal", world.token("manager"),
                        "{\"version\":" + made.getJsonNumber("version") + ",\"reason\":\"PERSON_REQUEST\"}");
            }
            case "POST /cases/export/encrypted" -> Api.post("/api/v1/cases/export/encrypted", world.token("manager"),
                    Json.createObjectBuilder().add("mission", world.mission()).add("password", "Contract-test-archive-9")
                            .add("format", "xlsx").build().toString());
            case "POST /cases/{number}/documents", "PUT /cases/{number}/documents/{id}",
                 "POST /cases/{number}/documents/{id}/invalidation" -> documentCall(method, path);
            case "PUT /cases/{number}/resettlement" -> Api.put(casePath(caseworker, "RST") + "/resettlement", caseworker,
                    change("null", "{\"resettlementCountry\":\"CAN\",\"referralSource\":\"UNHCR_REFERRAL\"}"));
            case "POST /cases/{number}/resettlement/stages" -> Api.post(casePath(caseworker, "RST") + "/resettlement/stages",
                    caseworker, "{\"stage\":\"REFERRAL_RECEIVED\",\"reachedOn\":\"" + day(20) + "\"}");
            case "PUT /cases/{number}/resettlement/stages/{stage}" -> Api.put(casePath(caseworker, "RST")
                    + "/resettlement/stages/referral_received", caseworker, "{\"version\":null,\"reachedOn\":\"" + day(20) + "\"}");
            case "PUT /cases/{number}/returns" -> Api.put(casePath(caseworker, "AVR") + "/returns", caseworker,
                    change("null", RETURN_DETAILS));
            case "POST /cases/{number}/returns/assistance" -> Api.post(casePath(caseworker, "AVR") + "/returns/assistance",
                    caseworker, ASSISTANCE);
            case "PUT /cases/{number}/returns/assistance/{id}" -> addThenEdit(casePath(caseworker, "AVR") + "/returns/assistance",
                    caseworker, ASSISTANCE, "item", ASSISTANCE.replace("plannedOn", "deliveredOn"));
            case "POST /cases/{number}/returns/monitoring-visits" -> Api.post(casePath(caseworker, "AVR")
                    + "/returns/monitoring-visits", caseworker, "{\"visit\":\"MONTH_3\",\"visitedOn\":\"" + day(5)
                    + "\",\"economicScore\":0.5,\"socialScore\":0.6,\"psychosocialScore\":0.7,\"notes\":\"ok\"}");
            case "PUT /cases/{number}/health" -> {
                String health = world.token("health");
                yield Api.put(casePath(health, "MHA") + "/health", health, change("null", "{\"receivingCountry\":\"USA\","
                        + "\"assessedOn\":\"" + day(3) + "\",\"outcome\":\"FIT_TO_TRAVEL\",\"referredForTreatment\":false}"));
            }
            case "PUT /cases/{number}/trafficking" -> {
                String ct = world.token("ctofficer");
                yield Api.put(casePath(ct, "CTA") + "/trafficking", ct, change("null", TRAFFICKING_DETAILS));
            }
            case "POST /cases/{number}/trafficking/events" -> {
                String ct = world.token("ctofficer");
                yield Api.post(casePath(ct, "CTA") + "/trafficking/events", ct, EVENT);
            }
            case "PUT /cases/{number}/trafficking/events/{id}" -> {
                String ct = world.token("ctofficer");
                yield addThenEdit(casePath(ct, "CTA") + "/trafficking/events", ct, EVENT,
                        "event", EVENT.replace("met at a market", "met at a bus station"));
            }
            case "POST /cases/{number}/trafficking/referrals" -> {
                String ct = world.token("ctofficer");
                yield Api.post(casePath(ct, "CTA") + "/trafficking/referrals", ct, "{\"direction\":\"OUTGOING\","
                        + "\"organisationType\":\"NGO\",\"reason\":\"AdditionalServicesRequired\",\"referredOn\":\"" + day(1) + "\"}");
            }
            case "POST /cases/{number}/trafficking/support-plan" -> {
                String ct = world.token("ctofficer");
                yield Api.post(casePath(ct, "CTA") + "/trafficking/support-plan", ct, SUPPORT_ITEM);
            }
            case "PUT /cases/{number}/trafficking/support-plan/{id}" -> {
                String ct = world.token("ctofficer");
                yield addThenEdit(casePath(ct, "CTA") + "/trafficking/support-plan", ct, SUPPORT_ITEM, "item",
                        "{\"type\":\"Health\",\"plannedEndDate\":\"" + day(-30) + "\",\"actualEndDate\":\"" + day(1) + "\"}");
            }
            case "POST /admin/missions" -> Api.post("/api/v1/admin/missions", admin, Json.createObjectBuilder()
                    .add("code", World.newMissionCode()).add("name", "Contract test mission").add("country", "KEN").build().toString());
            case "POST /admin/users" -> Api.post("/api/v1/admin/users", admin, newUser());
            case "PUT /admin/users/{id}/enabled" -> {
                JsonObject user = World.object(Api.post("/api/v1/admin/users", admin, newUser()).body());
                yield Api.put("/api/v1/admin/users/" + user.getJsonNumber("id") + "/enabled", admin,
                        "{\"enabled\":false,\"version\":" + user.getJsonNumber("version") + "}");
            }
            case "POST /account/password" -> {
                String username = CaseFixtures.unique("contract.pw").toLowerCase(Locale.ROOT);
                Api.post("/api/v1/admin/users", admin, newUser(username, "Initial-password-77"));
                yield Api.post("/api/v1/account/password", null, Json.createObjectBuilder().add("username", username)
                        .add("currentPassword", "Initial-password-77").add("newPassword", "A-new-password-of-the-test-88")
                        .build().toString());
            }
            // server-wide settings: set to the value they have, so that no other test sees a change
            case "PUT /admin/retention-periods/{caseType}" -> {
                JsonObject period = first(Api.get("/api/v1/admin/retention-periods", admin), p -> p.getString("caseType").equals("RST"));
                yield Api.put("/api/v1/admin/retention-periods/rst", admin, "{\"retentionDays\":" + period.getInt("retentionDays")
                        + ",\"version\":" + period.getInt("version") + "}");
            }
            case "PUT /admin/workflow-expected-days/{caseType}/{status}" -> {
                JsonObject setting = first(Api.get("/api/v1/admin/workflow-expected-days", admin), s -> s.getString("caseType").equals("RST"));
                yield Api.put("/api/v1/admin/workflow-expected-days/rst/" + setting.getString("status").toLowerCase(Locale.ROOT), admin,
                        "{\"expectedDays\":" + setting.getInt("expectedDays") + ",\"version\":" + setting.getInt("version") + "}");
            }
            case "POST /cdr/nodes" -> Api.post("/api/v1/cdr/nodes", admin, newNode());
            case "DELETE /cdr/nodes/{name}" -> {
                String name = World.object(Api.post("/api/v1/cdr/nodes", admin, newNode()).body()).getString("name");
                yield delete("/api/v1/cdr/nodes/" + name, admin);
            }
            case "PUT /cdr/nodes/{name}/signing-key" -> {
                String name = World.object(Api.post("/api/v1/cdr/nodes", admin, newNode()).body()).getString("name");
                yield Api.put("/api/v1/cdr/nodes/" + name + "/signing-key", admin,
                        Json.createObjectBuilder().add("publicKey", newPublicKey()).build().toString());
            }
            case "POST /reports/saved" -> Api.post("/api/v1/reports/saved", world.token("manager"), savedReport());
            case "PUT /reports/saved/{id}", "DELETE /reports/saved/{id}", "POST /reports/saved/{id}/run" -> savedReportCall(method, path);
            case "DELETE /tokens/{id}" -> {
                String issued = Api.post("/api/v1/tokens", null, Json.createObjectBuilder().add("username", world.username("caseworker"))
                        .add("password", world.password("caseworker")).add("name", "contract-revoked").build().toString()).body();
                yield delete("/api/v1/tokens/" + World.object(issued).getJsonNumber("id"), caseworker);
            }
            case "POST /publications" -> Api.post("/api/v1/publications", world.token("analyst"), publication());
            default -> null;
        };
    }

    private static final String RETURN_DETAILS = "{\"hostCountry\":\"KEN\",\"originCountry\":\"SOM\",\"programme\":\"AVRR\","
            + "\"migrantCategory\":\"STRANDED_MIGRANT\",\"returnReasons\":[\"FAMILY_REASONS\"],\"monthsInHost\":18}";
    private static final String ASSISTANCE = "{\"type\":\"BUSINESS_START_UP\",\"level\":\"INDIVIDUAL\",\"plannedOn\":\""
            + day(10) + "\",\"amount\":500.00,\"currency\":\"USD\"}";
    private static final String TRAFFICKING_DETAILS = "{\"traffickingStatus\":\"ActualVictimOfTrafficking\",\"statusDecidedBy\":\"NGO\","
            + "\"exploitationTypes\":[\"SexualExploitation\"],\"sexExploitationTypes\":[\"Prostitution\"],"
            + "\"controlMethods\":[\"DebtBondage\"],\"recruitmentMethods\":[\"ThroughOnlineSocialNetworks\"],"
            + "\"relationshipToTrafficker\":\"Acquainted\"}";
    private static final String EVENT = "{\"type\":\"Recruitment\",\"country\":\"SOM\",\"startDate\":\"" + day(400)
            + "\",\"endDate\":\"" + day(390) + "\",\"description\":\"met at a market\"}";
    private static final String SUPPORT_ITEM = "{\"type\":\"Health\",\"plannedEndDate\":\"" + day(-30) + "\"}";

    private JsonObject register(String token, String type) {
        return World.object(CaseFixtures.register(token, type, world.mission(), person("Contract")));
    }

    private String casePath(String token, String type) {
        return "/api/v1/cases/" + register(token, type).getString("number");
    }

    private static String person(String given) {
        return CaseFixtures.person(CaseFixtures.unique(given), CaseFixtures.unique("Writes"), "1987-03-04", CaseFixtures.unique("W"), "");
    }

    private static String document(long personId, String type, String number) {
        return "{\"personId\":" + personId + ",\"documentType\":\"" + type + "\",\"documentNumber\":\"" + number
                + "\",\"issuingCountry\":\"SOM\",\"issuedOn\":\"2020-01-15\",\"expiresOn\":\"2030-01-14\"}";
    }

    /** A document added to a new case's principal; then, for a change or an invalidation, that document changed. */
    private HttpResponse<String> documentCall(String method, String path) {
        String caseworker = world.token("caseworker");
        JsonObject made = register(caseworker, "RST");
        String at = "/api/v1/cases/" + made.getString("number") + "/documents";
        long personId = made.getJsonArray("household").getJsonObject(0).getJsonObject("person").getJsonNumber("id").longValue();
        String number = CaseFixtures.unique("PD");
        if (method.equals("POST") && path.endsWith("/documents")) {
            return Api.post(at, caseworker, document(personId, "PASSPORT", number));
        }
        JsonObject added = first(Api.post(at, caseworker, document(personId, "PASSPORT", number)),
                d -> d.getString("documentNumber").equals(number));
        String item = at + "/" + added.getJsonNumber("id");
        return path.endsWith("/invalidation")
                ? Api.post(item + "/invalidation", caseworker, "{\"version\":" + added.getJsonNumber("version") + "}")
                : Api.put(item, caseworker, "{\"version\":" + added.getJsonNumber("version") + ",\"document\":"
                        + document(personId, "PASSPORT", number + "9") + "}");
    }

    /** A reopening asked by the mission manager and approved by a second manager (four eyes). */
    private HttpResponse<String> decidedApproval() {
        String manager = world.token("manager");
        JsonObject made = register(world.token("caseworker"), "RST");
        String steps = "/api/v1/cases/" + made.getString("number") + "/steps";
        JsonObject closed = World.object(Api.post(steps, manager, "{\"expectedVersion\":" + made.getJsonNumber("version")
                + ",\"toStatus\":\"CLOSED\",\"reason\":\"Left the country\",\"closureReason\":\"LOST_CONTACT\"}").body());
        Api.post(steps, manager, "{\"expectedVersion\":" + closed.getJsonNumber("version") + ",\"toStatus\":\"OPEN\",\"reason\":\"Back\"}");
        World.Member approver = world.newUser("approver", new String[] {"MISSION_MANAGER", world.mission(), null});
        String token = Api.token(approver.username(), approver.password(), world.mission());
        JsonObject item = first(Api.get("/api/v1/approvals", token), a -> a.getString("caseNumber").equals(made.getString("number")));
        return Api.post("/api/v1/approvals/" + item.getJsonNumber("id"), token, "{\"approve\":true,\"note\":\"ok\"}");
    }

    private String newUser() {
        return newUser(CaseFixtures.unique("contract.user").toLowerCase(Locale.ROOT), "Initial-password-77");
    }

    private String newUser(String username, String initialPassword) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "Contract test user")
                .add("initialPassword", initialPassword).add("assignments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("roleCode", "CASEWORKER").add("missionCode", world.mission())
                                .add("programmeArea", "resettlement"))).build().toString();
    }

    private String newNode() {
        return Json.createObjectBuilder().add("name", CaseFixtures.unique("contract-node-").toLowerCase(Locale.ROOT))
                .add("missions", Json.createArrayBuilder().add(world.mission())).build().toString();
    }

    private static String newPublicKey() {
        try {
            return Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String savedReport() {
        return Json.createObjectBuilder().add("name", CaseFixtures.unique("Returns by country ")).add("report", "avrr-returns")
                .add("period", String.valueOf(LocalDate.now().getYear())).add("missions", Json.createArrayBuilder().add(world.mission()))
                .add("by", "destinationCountry").build().toString();
    }

    private HttpResponse<String> savedReportCall(String method, String path) {
        String manager = world.token("manager");
        JsonObject saved = World.object(Api.post("/api/v1/reports/saved", manager, savedReport()).body());
        String at = "/api/v1/reports/saved/" + saved.getJsonNumber("id");
        return switch (method) {
            case "PUT" -> Api.put(at, manager, Json.createObjectBuilder().add("name", CaseFixtures.unique("Renamed "))
                    .add("version", saved.getJsonNumber("version")).build().toString());
            case "DELETE" -> delete(at + "?version=" + saved.getJsonNumber("version"), manager);
            default -> Api.post(at + "/run", manager, "");
        };
    }

    private String publication() {
        return Json.createObjectBuilder().add("series", CaseFixtures.unique("contract-").toLowerCase(Locale.ROOT))
                .add("title", "Returns, Q1 2019").add("methodology", "Returns of AVRR cases, by country of return and sex.")
                .add("from", "2019-01").add("to", "2019-03").add("missions", Json.createArrayBuilder().add(world.mission()))
                .add("tables", Json.createArrayBuilder().add(Json.createObjectBuilder().add("standard", "returns-by-nationality-sex")))
                .build().toString();
    }

    private static HttpResponse<String> delete(String path, String token) {
        return Api.callAt(DeployedCamino.baseUrl(), "DELETE", path, token, null);
    }

    /**
     * An item added to the list at {@code at} (a new case's, so it is the only one there), read back for its id and
     * version, then changed: {@code {"version": .., "<field>": changed}} PUT at its address.
     */
    private static HttpResponse<String> addThenEdit(String at, String token, String item, String field, String changed) {
        Api.post(at, token, item);
        JsonObject added = only(Api.get(at, token));
        return Api.put(at + "/" + added.getJsonNumber("id"), token, "{\"version\":" + added.getJsonNumber("version")
                + ",\"" + field + "\":" + changed + "}");
    }

    /** The only element of a JSON array answer. */
    private static JsonObject only(HttpResponse<String> answer) {
        JsonArray all = World.array(answer.body());
        if (all.size() != 1) {
            throw new AssertionError("one item expected: " + answer.body());
        }
        return all.getJsonObject(0);
    }

    private static JsonObject first(HttpResponse<String> answer, Predicate<JsonObject> wanted) {
        return World.array(answer.body()).stream().map(JsonValue::asJsonObject).filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("not in " + answer.statusCode() + " " + answer.body()));
    }
}
