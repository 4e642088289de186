package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The central data repository's pages: HQ's overview for analysts, the outbox for managers, nobody else. */
@ExtendWith(DeployedCamino.class)
class CdrPagesIT {

    private static World WORLD;
    private static World OTHER;

    @org.junit.jupiter.api.BeforeAll
    static void createWorlds() {
        WORLD = World.create();
        OTHER = World.create();
    }


    @Test
    void analystsSeeTheRepositoryWithItsChart() {
        WebClient analyst = new WebClient();
        WORLD.signIn(analyst, "analyst");
        HttpResponse<String> page = analyst.get("/cdr/overview.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Feeds by mission") && page.body().contains("<canvas"), page.body());
        assertEquals(403, analyst.get("/cdr/outbox.xhtml").statusCode(), "the outbox is the mission's");
    }

    @Test
    void managersSeeTheirOutboxAndSendNow() {
        WebClient manager = new WebClient();
        WORLD.signIn(manager, "manager");
        HttpResponse<String> page = manager.get("/cdr/outbox.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<code>" + WORLD.mission() + "</code>") && !page.body().contains("<code>" + OTHER.mission() + "</code>"), page.body());
        HttpResponse<String> sent = manager.submit(page, "outbox", Map.of(), "send");
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Sent.") || sent.body().contains("Sending failed"), sent.body());
        assertEquals(403, manager.get("/cdr/overview.xhtml").statusCode(), "HQ's repository is not a mission's");
        assertTrue(page.body().contains("id=\"signing-key\""), "the node's public key for HQ is shown");
        assertEquals(403, manager.get("/cdr/import.xhtml").statusCode(), "importing files is HQ's administrators'");
    }

    @Test
    void administratorsImportBatchFiles() {
        WebClient admin = new WebClient();
        WORLD.signIn(admin, "admin");
        HttpResponse<String> page = admin.get("/cdr/import.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("type=\"file\"") && page.body().contains("multipart/form-data"), page.body());
    }

    @Test
    void nobodyElseReachesThem() {
        for (String user : List.of("caseworker", "health", "ctofficer")) {
            WebClient client = new WebClient();
            WORLD.signIn(client, user);
            for (String page : List.of("/cdr/overview.xhtml", "/cdr/outbox.xhtml", "/cdr/import.xhtml")) {
                HttpResponse<String> response = client.get(page);
                assertEquals(403, response.statusCode(), user + " " + page);
                assertTrue(response.body().contains("Not allowed"), "the 403 page, no stack trace");
            }
        }
    }
}
