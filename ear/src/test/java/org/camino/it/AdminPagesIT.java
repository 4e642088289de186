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
            "/admin/roles.xhtml", "/admin/access-log.xhtml", "/admin/integrity.xhtml");

    @Test
    void administratorsOpenEveryAdminPageAndCreateAMission() {
        WebClient admin = new WebClient();
        admin.signIn("admin", WebClient.DEMO_PASSWORD);
        for (String page : PAGES) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("camino-card"), page);
        }
        assertTrue(admin.get("/admin/roles.xhtml").body().contains("case:read,create,update,transition:{area}:{mission}"));
        String accessLog = admin.get("/admin/access-log.xhtml").body();
        assertTrue(accessLog.contains("<time datetime=\"") && !accessLog.matches("(?s).*>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z<.*"),
                "times on the access log read as dates and times, not as ISO instants");

        String code = "T" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26));
        HttpResponse<String> created = admin.submit(admin.get("/admin/missions.xhtml"), "create",
                Map.of("code", code, "name", "Test mission " + code, "country", "TZA"), "save");
        assertEquals(200, created.statusCode());
        assertTrue(created.body().contains("Test mission " + code) || created.body().contains("already in use"), created.body());

        HttpResponse<String> bad = admin.submit(admin.get("/admin/missions.xhtml"), "create",
                Map.of("code", "not a code", "name", "Bad", "country", "TZA"), "save");
        assertTrue(bad.body().contains("three capital letters"), "message beside the field");
    }

    @Test
    void nobodyElseReachesThem() {
        for (String user : List.of("caseworker", "manager", "analyst", "ctofficer")) {
            WebClient client = new WebClient();
            client.signIn(user, WebClient.DEMO_PASSWORD);
            for (String page : PAGES) {
                HttpResponse<String> response = client.get(page);
                assertEquals(403, response.statusCode(), user + " " + page);
                assertTrue(response.body().contains("Not allowed"), "the 403 page, no stack trace");
            }
        }
    }
}
