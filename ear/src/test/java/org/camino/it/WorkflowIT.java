package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks each case type along its workflow; at every state it tries every
 * other state and expects all steps but the allowed ones to be refused.
 */
@ExtendWith(DeployedCamino.class)
class WorkflowIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    private static final Map<String, List<String>> STATES = Map.of(
            "RST", List.of("OPEN", "IN_PROCESSING", "APPROVED_FOR_TRAVEL", "DEPARTED", "ARRIVED", "CLOSED"),
            "AVR", List.of("OPEN", "ELIGIBLE", "RETURN_PLANNED", "RETURNED", "REINTEGRATION", "CLOSED"),
            "MHA", List.of("OPEN", "ASSESSED", "DEFERRED", "CLEARED", "CLOSED"),
            "CTA", List.of("ACTIVE", "FOLLOW_UP", "CLOSED", "CLOSED_REFERRED"));

    /** The happy path per type, with the steps a manager must approve marked. */
    private static final Map<String, List<String>> PATHS = Map.of(
            "RST", List.of("IN_PROCESSING", "APPROVED_FOR_TRAVEL!", "DEPARTED", "ARRIVED", "CLOSED"),
            "AVR", List.of("ELIGIBLE!", "RETURN_PLANNED", "RETURNED", "REINTEGRATION", "CLOSED"),
            "MHA", List.of("ASSESSED", "DEFERRED", "ASSESSED", "CLEARED!", "CLOSED"),
            "CTA", List.of("FOLLOW_UP", "ACTIVE", "FOLLOW_UP", "CLOSED_REFERRED"));

    @Test
    void everyIllegalTransitionAlongEachWorkflowIsRefusedAndLegalOnesAreRecorded() {
        String manager = world.token("manager");
        Map<String, String> workers = Map.of("RST", world.token("caseworker"),
                "AVR", world.token("caseworker"), "MHA", world.token("health"),
                "CTA", world.token("ctofficer"));
        int refused = 0;
        for (String type : List.of("RST", "AVR", "MHA", "CTA")) {
            String worker = workers.get(type);
            String json = register(worker, type, world.mission(), person(unique("Flow"), type, "1990-01-01", unique("D"), ""));
            String number = number(json);
            for (String step : PATHS.get(type)) {
                String target = step.replace("!", "");
                String current = CaseFixtures.status(json);
                List<String> allowed = allowed(json);
                for (String other : STATES.get(type)) {
                    if (allowed.contains(other)) {
                        continue;
                    }
                    HttpResponse<String> illegal = step(worker, number, json, other);
                    assertEquals(400, illegal.statusCode(), type + " " + current + " -> " + other + ": " + illegal.body());
                    assertTrue(illegal.body().contains("toStatus"), illegal.body());
                    refused++;
                }
                assertTrue(allowed.contains(target), type + " " + current + " allows " + target + ": " + allowed);
                // caseworkers do not close cases; mission managers do (CT officers close CT cases)
                String actor = target.startsWith("CLOSED") && !type.equals("CTA") ? manager : worker;
                if (target.startsWith("CLOSED")) {
                    if (!type.equals("CTA")) {
                        assertEquals(403, step(worker, number, json, target).statusCode(), "a caseworker may not close");
                    }
                    HttpResponse<String> noReason = Api.post("/api/cases/" + number + "/steps", actor,
                            "{\"expectedVersion\":" + CaseFixtures.version(json) + ",\"toStatus\":\"" + target + "\"}");
                    assertEquals(400, noReason.statusCode(), "closing needs a reason: " + noReason.body() + " sent version " + CaseFixtures.version(json));
                    assertTrue(noReason.body().contains("closureReason") && noReason.body().contains("\"field\":\"reason\""), noReason.body());
                }
                HttpResponse<String> done = step(actor, number, json, target);
                assertEquals(200, done.statusCode(), type + " " + current + " -> " + target + ": " + done.body());
                json = done.body();
                if (step.endsWith("!")) {
                    assertEquals(target, Api.jsonString(json, "pendingStatus"), "waits for approval");
                    assertEquals(current, CaseFixtures.status(json));
                    assertEquals(400, step(worker, number, json, target).statusCode(), "nothing moves while pending");
                    json = approve(manager, number);
                }
                assertEquals(target, CaseFixtures.status(json));
            }
            // closed: only reopening is allowed
            List<String> allowedWhenClosed = allowed(json);
            for (String other : STATES.get(type)) {
                if (!allowedWhenClosed.contains(other)) {
                    assertEquals(400, step(type.equals("CTA") ? worker : manager, number, json, other).statusCode(), type + " closed -> " + other);
                    refused++;
                }
            }
            String history = json.substring(json.indexOf("\"statusHistory\""));
            assertTrue(history.contains("\"by\":"), history);
        }
        assertTrue(refused > 60, "refused " + refused + " illegal steps");
    }

    @Test
    void aManagerCannotApproveTheirOwnRequestAndAClosedCaseReopensOnlyWithApproval() {
        String worker = world.token("caseworker");
        String manager = world.token("manager");
        String json = register(worker, "RST", world.mission(), person(unique("Reopen"), "Me", "1990-01-01", unique("D"), ""));
        String number = number(json);
        json = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":" + CaseFixtures.version(json)
                + ",\"toStatus\":\"CLOSED\",\"reason\":\"Left the country\",\"closureReason\":\"LOST_CONTACT\"}").body();
        assertEquals("CLOSED", CaseFixtures.status(json));
        HttpResponse<String> reopen = Api.post("/api/cases/" + number + "/steps", manager, "{\"expectedVersion\":"
                + CaseFixtures.version(json) + ",\"toStatus\":\"OPEN\",\"reason\":\"Back in contact\"}");
        assertEquals(200, reopen.statusCode(), reopen.body());
        assertEquals("OPEN", Api.jsonString(reopen.body(), "pendingStatus"));
        String item = approvalItem(manager, number);
        HttpResponse<String> own = Api.post("/api/approvals/" + Api.jsonString(item, "id"), manager, "{\"approve\":true}");
        assertEquals(400, own.statusCode(), "four eyes: " + own.body());
        HttpResponse<String> byWorker = Api.post("/api/approvals/" + Api.jsonString(item, "id"), worker, "{\"approve\":true}");
        assertEquals(403, byWorker.statusCode(), "a caseworker may not approve (they may read the case, so 403)");
    }

    private static HttpResponse<String> step(String token, String number, String json, String target) {
        boolean closing = target.startsWith("CLOSED");
        boolean reopening = "CLOSED".equals(CaseFixtures.status(json)) || "CLOSED_REFERRED".equals(CaseFixtures.status(json));
        return Api.post("/api/cases/" + number + "/steps", token, "{\"expectedVersion\":" + CaseFixtures.version(json)
                + ",\"toStatus\":\"" + target + "\"" + (closing || reopening ? ",\"reason\":\"Test step\"" : "")
                + (closing ? ",\"closureReason\":\"ASSISTANCE_COMPLETED\"" : "") + "}");
    }

    private static String approve(String manager, String number) {
        String item = approvalItem(manager, number);
        HttpResponse<String> decided = Api.post("/api/approvals/" + Api.jsonString(item, "id"), manager,
                "{\"approve\":true,\"note\":\"ok\"}");
        assertEquals(200, decided.statusCode(), decided.body());
        return decided.body();
    }

    private static String approvalItem(String manager, String number) {
        String queue = Api.get("/api/approvals", manager).body();
        int at = queue.indexOf("\"caseNumber\":\"" + number + "\"");
        assertTrue(at >= 0, "in the approval queue: " + queue);
        return queue.substring(queue.lastIndexOf('{', at), queue.indexOf('}', at) + 1);
    }

    private static List<String> allowed(String json) {
        String list = json.substring(json.indexOf("\"allowedTransitions\":[") + 22);
        list = list.substring(0, list.indexOf(']'));
        List<String> allowed = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                allowed.add(s.replace("\"", "").trim());
            }
        }
        return allowed;
    }
}
