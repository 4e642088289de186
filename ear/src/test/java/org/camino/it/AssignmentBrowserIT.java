package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.camino.it.CaseFixtures.number;
import static org.camino.it.CaseFixtures.person;
import static org.camino.it.CaseFixtures.register;
import static org.camino.it.CaseFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Chromium: a manager assigns a case, the caseworker finds it on their dashboard and records a document. */
@ExtendWith(DeployedCamino.class)
class AssignmentBrowserIT {

    private static World world;
    private static String caseworkerName;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
        caseworkerName = "caseworker of " + world.mission();
    }

    @Test
    void managerAssignsACaseThatTheCaseworkerThenFindsAmongTheirOpenCasesAndAddsADocumentTo() {
        // registered by a colleague, so that only the assignment can make it the demo caseworker's
        World.Member colleague = world.newUser("colleague", new String[] {"CASEWORKER", world.mission(), "resettlement"});
        String family = unique("Assign");
        String number = number(register(Api.token(colleague.username(), colleague.password(), world.mission()), "RST", world.mission(),
                person("Hodan", family, "1991-06-01", unique("P"), "")));

        try (Browser caseworkerBrowser = Browser.open(); Browser managerBrowser = Browser.open()) {
            CaseworkerPages caseworker = CaseworkerPages.signedIn(caseworkerBrowser, world.user("caseworker"));
            assertFalse(caseworker.text("mine").contains(number), "not the caseworker's case yet");
            caseworker.open("/cases/view.xhtml?number=" + number);
            assertEquals("Nobody", caseworker.text("case-assignee"));
            assertTrue(caseworker.driver().findElements(By.id("assignment:assign")).isEmpty(), "no Assign… for a caseworker");
            assertTrue(caseworker.driver().findElement(By.id("assignment:takeForMe")).isDisplayed(), "Assign to me is offered");

            CaseworkerPages manager = CaseworkerPages.signedIn(managerBrowser, world.user("manager"));
            manager.open("/cases/view.xhtml?number=" + number);
            manager.press("assignment:assign");
            manager.choose("assign:assignee", world.username("caseworker"));
            manager.screenshot("case-view-assign-dialog");
            manager.press("assign:confirm");
            manager.waitForText(By.id("case-assignee"), caseworkerName);
            assertTrue(manager.pageText().contains("The case is now assigned to " + caseworkerName + "."), manager.pageText());
            manager.screenshot("case-view-assigned-manager");

            caseworker.open("/index.xhtml");
            assertTrue(caseworker.text("mine").contains(number), "my open cases: " + caseworker.text("mine"));
            caseworker.screenshot("dashboard-caseworker-assigned");
            caseworker.open("/cases/list.xhtml?assigned=me");
            assertTrue(caseworker.text("list:cases").contains(number), "the list of cases assigned to me");
            caseworker.screenshot("case-list-assigned-to-me");

            caseworker.open("/cases/view.xhtml?number=" + number + "&tab=notes");
            assertEquals(caseworkerName, caseworker.text("case-assignee"));
            assertTrue(caseworker.driver().findElements(By.id("assignment:takeForMe")).isEmpty(), "already theirs");
            caseworker.press("documents:addDocument");
            caseworker.choose("document:documentType", "PASSPORT");
            String passport = unique("PB");
            caseworker.type("document:documentNumber", passport);
            caseworker.choose("document:issuingCountry", "SOM");
            caseworker.date("document:issuedOn", "2022-03-01");
            caseworker.date("document:expiresOn", "2021-03-01");
            caseworker.press("document:save");
            assertEquals("Choose whose document this is.", caseworker.messageBeside("document:personId"));
            new Select(caseworker.driver().findElement(By.id("document:personId"))).selectByVisibleText("Hodan " + family);
            caseworker.press("document:save");
            assertEquals("The expiry date cannot be before the issue date.", caseworker.messageBeside("document:expiresOn"));
            assertEquals(passport, caseworker.value("document:documentNumber"), "the input is kept");
            assertEquals(CaseworkerPages.FIELD_MESSAGE_LOOK, caseworker.messageLook("document:expiresOn"), "in a dialog as on a page");
            caseworker.screenshot("case-view-document-wrong-dates");
            caseworker.date("document:expiresOn", "2032-02-28");
            caseworker.press("document:save");
            caseworker.waitForText(By.id("documents:list"), passport);
            String row = caseworker.text("documents:list");
            assertTrue(row.contains("Passport") && row.contains("Somalia") && row.contains("Hodan " + family) && row.contains("Valid"), row);
            assertTrue(caseworker.pageText().contains("The document has been recorded."), "confirmation");
            ((org.openqa.selenium.JavascriptExecutor) caseworker.driver()).executeScript(
                    "document.getElementById('documents-title').scrollIntoView()");
            caseworker.screenshot("case-view-notes-documents");

            // the longer French and Spanish labels at 1024 px
            caseworker.press(By.cssSelector("#lang a[data-lang='fr']"));
            assertEquals("Passeport", caseworker.driver().findElement(By.cssSelector("[id='documents:list'] tbody tr td:nth-child(2)")).getText());
            assertTrue(caseworker.pageText().contains("Attribu\u00e9 \u00e0"), "header in French");
            caseworker.screenshot("case-view-notes-documents-fr");
            caseworker.press(By.cssSelector("#lang a[data-lang='en']"));
            caseworker.waitForText(By.id("case-assignee"), caseworkerName);
        }
    }

    @Test
    void aChangeMadeMeanwhileIsShownAndTheManagersChoiceIsKept() {
        String caseworkerToken = world.missionToken("caseworker");
        String number = number(register(caseworkerToken, "AVR", world.mission(),
                person("Sahra", unique("Conflict"), "1985-02-02", unique("P"), "")));
        try (Browser browser = Browser.open()) {
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            manager.open("/cases/view.xhtml?number=" + number);
            manager.press("assignment:assign");
            manager.choose("assign:assignee", world.username("caseworker"));
            // meanwhile the caseworker takes the case for themselves (a newer version of the case)
            String current = Api.get("/api/cases/" + number, caseworkerToken).body();
            assertEquals(200, Api.put("/api/cases/" + number + "/assignee", caseworkerToken,
                    "{\"assignee\":\"" + world.username("caseworker") + "\",\"version\":" + CaseFixtures.version(current) + "}").statusCode());
            Api.post("/api/cases/" + number + "/notes", caseworkerToken, "{\"text\":\"Called the family\"}");
            manager.press("assign:confirm");
            String conflict = manager.text("conflict");
            assertTrue(conflict.contains("caseworker of " + world.mission()), "who changed the case, by display name: " + conflict);
            assertEquals(world.username("caseworker"), manager.value("assign:assignee"), "the manager's choice is kept");
            manager.screenshot("case-view-assign-conflict");
            manager.choose("assign:assignee", "");
            manager.press("assign:overwrite");
            manager.waitForText(By.id("case-assignee"), "Nobody");
            assertTrue(manager.pageText().contains("The case is no longer assigned to anyone."), manager.pageText());
        }
    }
}
