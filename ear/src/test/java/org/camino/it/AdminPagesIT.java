package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators manage users, missions and roles on pages of their own; nobody else reaches them. */
@ExtendWith(DeployedCamino.class)
class AdminPagesIT {

    private static final List<String> PAGES = List.of("/admin/users.xhtml", "/admin/missions.xhtml",
            "/admin/roles.xhtml", "/admin/access-log.xhtml", "/admin/integrity.xhtml", "/admin/workflows.xhtml",
            "/admin/retention.xhtml");

    @Test
    void administratorsOpenEveryAdminPageAndCreateAMission() {
        World world = World.create();
        WebClient admin = new WebClient();
        world.signIn(admin, "admin");
        for (String page : PAGES) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("camino-card"), page);
        }
        assertTrue(admin.get("/admin/roles.xhtml").body().contains("case:read,create,update,transition:{area}:{mission}"));
        String accessLog = admin.get("/admin/access-log.xhtml").body();
        assertTrue(accessLog.contains("<time datetime=\"") && !accessLog.matches("(?s).*>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z<.*"),
                "times on the access log read as dates and times, not as ISO instants");

        String code = World.newMissionCode();
        HttpResponse<String> created = admin.submit(admin.get("/admin/missions.xhtml"), "create",
                Map.of("code", code, "name", "Test mission " + code, "country", "TZA"), "save");
        assertEquals(200, created.statusCode());
        assertTrue(created.body().contains("Test mission " + code), created.body());

        HttpResponse<String> taken = admin.submit(admin.get("/admin/missions.xhtml"), "create",
                Map.of("code", world.mission(), "name", "Same code again", "country", "TZA"), "save");
        assertTrue(taken.body().contains("This mission code is already in use."), "a code in use, said beside the field");

        HttpResponse<String> bad = admin.submit(admin.get("/admin/missions.xhtml"), "create",
                Map.of("code", "not a code", "name", "Bad", "country", "TZA"), "save");
        assertTrue(bad.body().contains("three capital letters"), "message beside the field");

        // the days expected in a workflow status: the first row is resettlement's first status
        HttpResponse<String> workflows = admin.get("/admin/workflows.xhtml");
        assertTrue(workflows.body().contains("Resettlement") && workflows.body().contains("Expected days"), workflows.body());
        HttpResponse<String> zero = admin.submit(workflows, "steps", Map.of("table:0:expectedDays", "0"), "table:0:save");
        assertTrue(zero.body().contains("Enter a number of days from 1 to 3650."), zero.body());
        HttpResponse<String> words = admin.submit(workflows, "steps", Map.of("table:0:expectedDays", "a month"), "table:0:save");
        assertTrue(words.body().contains("Enter a number of days from 1 to 3650."), words.body());
        HttpResponse<String> saved = admin.submit(workflows, "steps", Map.of("table:0:expectedDays", "31"), "table:0:save");
        assertTrue(saved.body().contains("Resettlement, Open: 31 days saved."), saved.body());
        // the same page sent again holds the version before that save: refused, not overwritten
        HttpResponse<String> stale = admin.submit(workflows, "steps", Map.of("table:0:expectedDays", "45"), "table:0:save");
        assertTrue(stale.body().contains("changed this value since you opened the page"), stale.body());
        HttpResponse<String> restored = admin.submit(admin.get("/admin/workflows.xhtml"), "steps",
                Map.of("table:0:expectedDays", "30"), "table:0:save");
        assertTrue(restored.body().contains("Resettlement, Open: 30 days saved."), restored.body());

        // retention: the first row is resettlement; a wrong value is said beside its field and saves nothing
        HttpResponse<String> retention = admin.get("/admin/retention.xhtml");
        assertTrue(retention.body().contains("Days after closure") && retention.body().contains("Purge now"), retention.body());
        HttpResponse<String> none = admin.submit(retention, "periods", Map.of("table:0:retentionDays", "0"), "table:0:save");
        assertTrue(none.body().contains("Enter a number of days from 1 to 36500."), none.body());
    }

    @Test
    void nobodyElseReachesThem() {
        World world = World.create();
        for (String user : List.of("caseworker", "manager", "analyst", "ctofficer")) {
            WebClient client = new WebClient();
            world.signIn(client, user);
            for (String page : PAGES) {
                HttpResponse<String> response = client.get(page);
                assertEquals(403, response.statusCode(), user + " " + page);
                assertTrue(response.body().contains("Not allowed"), "the 403 page, no stack trace");
            }
        }
    }
}
