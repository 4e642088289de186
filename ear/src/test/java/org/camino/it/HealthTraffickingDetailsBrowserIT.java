package org.camino.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.camino.it.AreaFixtures.change;
import static org.camino.it.AreaFixtures.day;
import static org.camino.it.AreaFixtures.newCase;
import static org.camino.it.AreaFixtures.ok;
import static org.camino.it.AreaFixtures.topLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme-details tab of migration health and counter-trafficking
 * cases in Chromium: what the health practitioner, the manager and the
 * counter-trafficking officer see and save, checked against the API.
 */
@ExtendWith(DeployedCamino.class)
class HealthTraffickingDetailsBrowserIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    @Test
    void healthPractitionerRecordsTheAssessmentAndTheManagerSeesNoClinicalDetail() {
        String health = world.missionToken("health");
        String number = newCase(health, "MHA", world.mission());
        String api = "/api/cases/" + number + "/health";
        String note = CaseFixtures.unique("ClinicalNote");
        String physician = CaseFixtures.unique("DrPanel");
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("health"));
            openDetails(pages, number);
            Instant registered = pages.lastChange();
            assertTrue(pages.text("health:summary").contains("No assessment has been recorded yet."));
            pages.press("health:edit");
            pages.choose("health:receivingCountry", "USA");
            pages.date("health:assessedOn", day(3));
            assertTrue(pages.driver().findElements(By.id("health:outcomeDetail")).isEmpty(), "no conditions before the outcome has any");
            pages.choose("health:outcome", "FIT_WITH_CONDITIONS");
            pages.settle();
            pages.choose("health:outcomeDetail", "FIT_AFTER_TREATMENT");
            tick(pages, "health:findings", "HEPATITIS_B");
            tick(pages, "health:vaccinations", "MMR");
            pages.choose("health:tbClass", "CLASS_B2_LTBI");
            pages.type("health:physician", physician);
            pages.type("health:referralNote", "Hepatology clinic");
            pages.type("health:clinicalNotes", note);
            pages.date("health:assessedOn", day(-2)); // in the future: refused beside the field
            pages.press("health:save");
            assertEquals("This date cannot be in the future.", pages.messageBeside("health:assessedOn"));
            assertEquals("Hepatology clinic", pages.value("health:referralNote"), "the input is kept");
            assertNull(topLevel(ok(Api.get(api, health)).body(), "version"), "nothing saved");
            // a referral note needs the referral itself
            pages.date("health:assessedOn", day(3));
            pages.press("health:save");
            assertEquals("A referral note needs a referral for treatment.", pages.messageBeside("health:referralNote"));
            assertNull(topLevel(ok(Api.get(api, health)).body(), "version"), "still nothing saved");
            tall(pages, "details-health-wrong-field");

            pages.driver().findElement(By.cssSelector("[id='health:referredForTreatment'] .ui-chkbox-box")).click();
            tall(pages, "details-health-editor");
            pages.press("health:save");
            pages.waitForText(By.id("messages"), "The health assessment has been saved.");
            assertTrue(pages.lastChange().isAfter(registered), "the header's last change is the save");

            long before = clinicalReads(number, world.username("health"));
            pages.open("/cases/view.xhtml?number=" + number + "&tab=details");
            String page = pages.text("health:summary");
            for (String shown : new String[] {"United States", "Fit to travel with conditions", "Fit to travel after treatment",
                    "Hepatitis B", "Class B2 TB, latent TB infection", "Measles, mumps and rubella", physician, note}) {
                assertTrue(page.contains(shown), shown + " in " + page);
            }
            assertEquals(before + 1, clinicalReads(number, world.username("health")), "one page view, one clinical read in the access log");
            ok(Api.get(api, health));
            assertEquals(before + 2, clinicalReads(number, world.username("health")), "the API read is logged the same way");
            fullPage(pages, "details-health");
        }
        String saved = ok(Api.get(api, health)).body();
        assertEquals(note, topLevel(saved, "clinicalNotes"));
        assertEquals("FIT_AFTER_TREATMENT", topLevel(saved, "outcomeDetail"));
        assertEquals("true", topLevel(saved, "referredForTreatment"));

        try (Browser browser = Browser.open()) {
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            openDetails(manager, number);
            String page = manager.text("health:summary");
            assertTrue(page.contains("Fit to travel with conditions") && page.contains("United States"), page);
            assertTrue(manager.text("health:withheld").contains("Clinical detail"), "says that clinical detail is withheld");
            String source = manager.driver().getPageSource();
            for (String secret : new String[] {note, physician, "Hepatitis", "Hepatology", "Class B2", "after treatment"}) {
                assertFalse(source.contains(secret), secret + " must not reach the manager's page");
            }
            assertTrue(manager.driver().findElements(By.id("health:edit")).isEmpty(), "the manager may not change the assessment");
            fullPage(manager, "details-health-manager");
        }
        assertEquals(0, clinicalReads(number, world.username("manager")), "no clinical read by the manager");
    }

    @Test
    void counterTraffickingOfficerRecordsTheVictimContextEventsSupportAndReferrals() {
        String ct = world.missionToken("ctofficer");
        String number = newCase(ct, "CTA", world.mission());
        String api = "/api/cases/" + number + "/trafficking";
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("ctofficer"));
            openDetails(pages, number);
            Instant registered = pages.lastChange();
            pages.press("trafficking:edit");
            assertTrue(pages.driver().findElements(By.id("trafficking:forcedLabourIndustry")).isEmpty(), "no industry without forced labour");
            tick(pages, "trafficking:exploitationTypes", "ForcedLabour");
            pages.choose("trafficking:forcedLabourIndustry", "A_AgricultureForestryAndFishing");
            assertTrue(pages.driver().findElements(By.id("trafficking:sexExploitationTypes")).isEmpty(), "only for sexual exploitation");
            tick(pages, "trafficking:exploitationTypes", "SexualExploitation");
            tick(pages, "trafficking:sexExploitationTypes", "Pornography");
            assertEquals("A_AgricultureForestryAndFishing", pages.value("trafficking:forcedLabourIndustry"), "kept across the update");
            tick(pages, "trafficking:exploitationTypes", "SexualExploitation"); // taken back: its kinds go with it
            assertTrue(pages.driver().findElements(By.id("trafficking:sexExploitationTypes")).isEmpty());
            tick(pages, "trafficking:controlMethods", "DebtBondage");
            tick(pages, "trafficking:recruitmentMethods", "ThroughOnlineSocialNetworks");
            pages.choose("trafficking:relationshipToTrafficker", "Acquainted");
            pages.choose("trafficking:statusDecidedBy", "NGO"); // without a status: refused
            pages.type("trafficking:narrative", "Recruited for farm work");
            pages.press("trafficking:save");
            assertEquals("Choose the trafficking status this organisation decided.", pages.messageBeside("trafficking:statusDecidedBy"));
            assertNull(topLevel(ok(Api.get(api, ct)).body(), "version"), "nothing saved");
            tall(pages, "details-trafficking-wrong-field");

            pages.choose("trafficking:traffickingStatus", "ActualVictimOfTrafficking");
            tall(pages, "details-trafficking-editor");
            pages.press("trafficking:save");
            pages.waitForText(By.id("messages"), "The victim context has been saved.");
            Instant contextSaved = pages.lastChange();
            assertTrue(contextSaved.isAfter(registered), "the header's last change is the save: " + contextSaved);
            String saved = ok(Api.get(api, ct)).body();
            assertEquals("A_AgricultureForestryAndFishing", topLevel(saved, "forcedLabourIndustry"));
            assertTrue(saved.contains("\"exploitationTypes\":[\"ForcedLabour\"]"), saved);
            assertTrue(saved.contains("\"sexExploitationTypes\":[]"), saved);
            assertTrue(pages.text("trafficking:summary").contains("Agriculture, forestry and fishing"));

            // someone saves meanwhile: the user's input stays, with who changed what
            pages.press("trafficking:edit");
            pages.type("trafficking:narrative", "Recruited for farm work, then moved");
            ok(Api.put(api, ct, change(topLevel(saved, "version"), "{\"traffickingStatus\":\"ActualVictimOfTrafficking\","
                    + "\"statusDecidedBy\":\"Police\",\"exploitationTypes\":[\"ForcedLabour\"],"
                    + "\"forcedLabourIndustry\":\"A_AgricultureForestryAndFishing\",\"relationshipToTrafficker\":\"Acquainted\","
                    + "\"narrative\":\"Recruited for farm work\"}")));
            pages.press("trafficking:save");
            String conflict = pages.text("conflict");
            assertTrue(conflict.contains("ctofficer of " + world.mission() + " saved this record since you opened it") && conflict.contains("Police"), conflict);
            assertEquals("Recruited for farm work, then moved", pages.value("trafficking:narrative"), "the input is kept");
            tall(pages, "details-trafficking-conflict");
            pages.press("trafficking:overwrite");
            pages.waitForText(By.id("messages"), "The victim context has been saved.");
            assertEquals("Recruited for farm work, then moved", topLevel(ok(Api.get(api, ct)).body(), "narrative"));

            pages.press("events:add");
            pages.choose("events:type", "Recruitment");
            pages.choose("events:country", "UGA");
            pages.date("events:startDate", day(40));
            pages.date("events:endDate", day(50));
            pages.type("events:description", "Offer of farm work");
            pages.press("events:save");
            assertEquals("This date cannot be before the one it follows.", pages.messageBeside("events:endDate"));
            assertEquals("[]", ok(Api.get(api + "/events", ct)).body(), "no event saved");
            pages.date("events:endDate", day(30));
            pages.press("events:save");
            pages.waitForText(By.id("events:list"), "Uganda");
            assertTrue(pages.lastChange().isAfter(contextSaved), "the event is the case's last change");
            assertTrue(pages.text("events:list").contains("Offer of farm work"));
            pages.press(By.cssSelector("#events\\:list [data-event]")); // a wrong country: corrected
            pages.choose("events:country", "TZA");
            pages.press("events:save");
            pages.waitForText(By.id("events:list"), "Tanzania");
            assertTrue(ok(Api.get(api + "/events", ct)).body().contains("\"country\":\"TZA\""));

            pages.press("supportPlan:add");
            pages.press("supportPlan:save");
            assertEquals("Choose the type of support.", pages.messageBeside("supportPlan:type"));
            pages.choose("supportPlan:type", "Health");
            pages.date("supportPlan:plannedEndDate", day(-30));
            pages.press("supportPlan:save");
            pages.waitForText(By.id("supportPlan:list"), "Health");
            pages.press(By.cssSelector("[data-item='Health']"));
            pages.date("supportPlan:actualEndDate", day(1));
            pages.press("supportPlan:save");
            pages.waitForText(By.id("messages"), "The support has been saved.");
            assertTrue(ok(Api.get(api + "/support-plan", ct)).body().contains("\"actualEndDate\":\"" + day(1) + "\""));

            pages.press("referrals:add");
            pages.choose("referrals:direction", "OUTGOING");
            pages.date("referrals:referredOn", day(2));
            pages.choose("referrals:organisationType", "HealthServiceOrganisation");
            pages.choose("referrals:reason", "AdditionalServicesRequired");
            pages.press("referrals:save");
            pages.waitForText(By.id("referrals:list"), "Outgoing referral");

            pages.open("/cases/view.xhtml?number=" + number + "&tab=details");
            assertTrue(pages.text("trafficking:summary").contains("Debt bondage"));
            assertTrue(pages.text("supportPlan:list").contains("Health"));
            fullPage(pages, "details-trafficking");

            pages.press(By.cssSelector("[data-lang='fr']"));
            pages.waitForText(By.id("nav-cases"), "Dossiers");
            assertTrue(pages.text("trafficking:summary").contains("Servitude pour dettes"), "code labels in French");
            assertTrue(pages.pageText().contains("Plan d'assistance"), "texts in French");
            assertTrue(pages.text("events:list").contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.FRENCH).format(LocalDate.parse(day(40)))), "dates as French writes them");
            tall(pages, "details-trafficking-french");
            pages.press(By.cssSelector("[data-lang='en']"));
        }
    }

    private static void openDetails(CaseworkerPages pages, String number) {
        pages.open("/cases/view.xhtml?number=" + number + "&tab=details");
    }

    /** Ticks (or unticks) one box of a PrimeFaces checkbox group and waits for any update it causes. */
    private static void tick(CaseworkerPages pages, String group, String value) {
        pages.press(By.xpath("//input[@name='" + group + "' and @value='" + value + "']"
                + "/ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"));
    }

    /** The whole page at 1024 px wide, as it is now (an open editor, a message beside a field). */
    private static void tall(CaseworkerPages pages, String name) {
        Dimension original = pages.driver().manage().window().getSize();
        try {
            pages.driver().manage().window().setSize(new Dimension(1024, 3200));
            pages.screenshot(name);
        } finally {
            pages.driver().manage().window().setSize(original);
        }
    }

    /** The whole page at 1024 px wide, then at 1366. */
    private static void fullPage(CaseworkerPages pages, String name) {
        Dimension original = pages.driver().manage().window().getSize();
        try {
            pages.driver().manage().window().setSize(new Dimension(1024, 2400));
            pages.screenshot(name + "-1024");
            pages.driver().manage().window().setSize(new Dimension(1366, 2000));
            pages.screenshot(name + "-1366");
        } finally {
            pages.driver().manage().window().setSize(original);
        }
    }

    /** Clinical reads of the case by this user in the access log. */
    private static long clinicalReads(String number, String username) {
        String log = ok(Api.get("/api/admin/access-log?limit=1000", world.token("admin"))).body();
        return World.array(log).getValuesAs(JsonObject.class).stream()
                .filter(e -> ("case:" + number).equals(e.getString("target", null))
                        && "clinical".equals(e.getString("detail", null)) && username.equals(e.getString("username", null)))
                .count();
    }
}
