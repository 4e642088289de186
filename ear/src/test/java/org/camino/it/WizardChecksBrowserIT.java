package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registration wizard checks each step with the service's own checks before Next, beside the field. */
@ExtendWith(DeployedCamino.class)
class WizardChecksBrowserIT {

    private static World WORLD;

    @org.junit.jupiter.api.BeforeAll
    static void createWorld() {
        WORLD = World.create();
    }

    @Test
    void aFutureBirthDateIsRefusedOnTheFirstStep() {
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, WORLD.user("caseworker"));
            pages.open("/cases/new.xhtml?type=RST");
            String family = CaseFixtures.unique("Future");
            pages.type("wizard:principal_givenName", "Nadia");
            pages.type("wizard:principal_familyName", family);
            pages.choose("wizard:principal_sex", "FEMALE");
            pages.date("wizard:principal_dateOfBirth", LocalDate.now().plusDays(3).toString());
            pages.press("wizard:next");
            assertEquals("The date of birth cannot be in the future.", pages.messageBeside("wizard:principal_dateOfBirth"));
            assertEquals(CaseworkerPages.FIELD_MESSAGE_LOOK, pages.messageLook("wizard:principal_dateOfBirth"));
            assertTrue(pages.driver().findElement(By.id("step1")).isDisplayed(), "still on step 1");
            assertFalse(pages.driver().findElement(By.id("step2")).isDisplayed(), "not on step 2");
            pages.screenshot("wizard-step1-future-birth-date");

            pages.date("wizard:principal_dateOfBirth", "1990-04-01");
            pages.press("wizard:next");
            assertTrue(pages.driver().findElement(By.id("step2")).isDisplayed(), "a correct date goes on to step 2");

            // a household member is checked before they are added; a year-only birth shows as the year
            pages.choose("wizard:member_relationship", "CHILD");
            pages.type("wizard:member_person_givenName", "Yusuf" + family);
            pages.choose("wizard:member_person_sex", "MALE");
            pages.type("wizard:member_person_birthYear", String.valueOf(LocalDate.now().getYear() + 1));
            pages.press("wizard:addMember");
            assertEquals("The birth year must be within the last 120 years.", pages.messageBeside("wizard:member_person_birthYear"));
            assertFalse(pages.text("wizard:members").contains("Yusuf"), "not added");
            pages.type("wizard:member_person_birthYear", "2017");
            pages.press("wizard:addMember");
            pages.waitForText(By.id("wizard:members"), "Yusuf" + family);
            String row = pages.driver().findElement(By.xpath("//*[@id='wizard:members']//tr[contains(., 'Yusuf')]")).getText();
            assertTrue(row.contains("2017"), "the year of birth is shown: " + row);
            ((org.openqa.selenium.JavascriptExecutor) pages.driver()).executeScript(
                    "document.getElementById('wizard:members').scrollIntoView();");
            pages.screenshot("wizard-step2-year-only-birth");
            pages.forgetUnsavedChanges();
        }
    }

    @Test
    void aNameOverItsLimitIsRefusedBesideTheFieldNotCut() {
        String tooLong = "Amaal".repeat(60); // 300 characters; the limit is 200
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, WORLD.user("caseworker"));
            pages.open("/cases/new.xhtml?type=RST");
            pages.type("wizard:principal_givenName", tooLong);
            assertEquals(tooLong.length(), pages.value("wizard:principal_givenName").length(), "the browser keeps every character typed");
            String family = CaseFixtures.unique("Long");
            pages.type("wizard:principal_familyName", family);
            pages.choose("wizard:principal_sex", "FEMALE");
            pages.press("wizard:next");
            assertEquals("This text is too long.", pages.messageBeside("wizard:principal_givenName"));
            assertEquals(tooLong, pages.value("wizard:principal_givenName"), "the text is kept to be shortened, not cut");
            assertTrue(pages.driver().findElement(By.id("step1")).isDisplayed(), "still on step 1");
            pages.screenshot("wizard-step1-name-too-long");

            String token = WORLD.missionToken("caseworker");
            assertEquals("[]", Api.get("/api/cases/search?by=name&value=" + URLEncoder.encode(family, StandardCharsets.UTF_8), token)
                    .body(), "nothing was saved");
            pages.forgetUnsavedChanges();
        }
    }
}
