package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Script payloads saved in a case's text fields come back escaped on every page that shows them. */
@ExtendWith(DeployedCamino.class)
class EscapingIT {

    @Test
    void scriptInNamesAndNotesIsShownAsTextOnCasePages() {
        World world = World.create();
        String token = world.token("caseworker");
        String marker = CaseFixtures.unique("x");
        String payload = "<script>alert('" + marker + "')</script>";
        String json = CaseFixtures.register(token, "AVR", world.mission(),
                CaseFixtures.person(payload.replace("'", "\\u0027"), "<img src=x onerror=alert(1)>", "1990-01-01",
                        CaseFixtures.unique("D"), ""));
        String number = CaseFixtures.number(json);
        Api.post("/api/cases/" + number + "/notes", token, "{\"text\":\"<b onmouseover=alert(2)>" + marker + "</b>\"}");

        WebClient browser = new WebClient();
        world.signIn(browser, "caseworker");
        for (String page : List.of("/cases/view.xhtml?number=" + number, "/cases/view.xhtml?number=" + number + "&tab=notes",
                "/cases/list.xhtml", "/index.xhtml")) {
            var response = browser.open(page);
            assertEquals(200, response.statusCode(), page);
            String body = response.body();
            assertFalse(body.contains("<script>alert('" + marker), page + ": script rendered raw");
            assertFalse(body.contains("<img src=x onerror"), page + ": markup rendered raw");
            assertFalse(body.contains("<b onmouseover"), page + ": markup rendered raw");
        }
        assertTrue(browser.open("/cases/view.xhtml?number=" + number).body().contains("&lt;script&gt;alert("),
                "shown as text, escaped");
    }
}
