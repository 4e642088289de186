package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.camino.it.AreaFixtures.day;
import static org.camino.it.AreaFixtures.newCase;
import static org.camino.it.AreaFixtures.ok;
import static org.camino.it.AreaFixtures.topLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programme-details tab of resettlement and AVRR cases in Chromium: what a caseworker records and a manager reads. */
@ExtendWith(DeployedCamino.class)
class ProgrammeDetailsBrowserIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    @Test
    void caseworkerRecordsResettlementDetailsAndStagesAndAStageOutOfOrderIsRefusedBesideItsDate() {
        String token = world.token("caseworker");
        String number = newCase(token, "RST", world.mission());
        String api = "/api/cases/" + number + "/resettlement";
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open(details(number));
            Instant registered = pages.lastChange();
            assertEquals("—", pages.text("rst-country"));
            assertTrue(pages.text("rstStages:list").contains("No stage recorded yet."), pages.text("rstStages:list"));

            pages.press("rstDetails:edit");
            pages.choose("rstDetails:resettlementCountry", "CAN");
            pages.choose("rstDetails:referralSource", "UNHCR_REFERRAL");
            pages.press("rstDetails:save");
            pages.waitForText(By.id("rst-country"), "Canada");
            assertTrue(pages.lastChange().isAfter(registered), "the header shows the save as the case's last change");
            addStage(pages, "REFERRAL_RECEIVED", day(20));
            pages.waitForText(By.id("rstStages:list"), "Referral received");
            addStage(pages, "INTERVIEW", day(10));
            pages.waitForText(By.id("rstStages:list"), "Interview");

            pages.open(details(number));
            assertEquals("Canada", pages.text("rst-country"));
            assertEquals("UNHCR referral", pages.text("rst-referral"));
            String stages = pages.text("rstStages:list");
            assertTrue(stages.indexOf("Referral received") < stages.indexOf("Interview"), "in the order of their dates: " + stages);
            assertTrue(stages.contains(date(day(20))) && stages.contains(date(day(10))), stages);

            // a departure dated before the referral: the service's order rule, beside the date; nothing saved
            addStage(pages, "DEPARTURE", day(30));
            assertEquals("This date does not fit the order of the stages: the referral comes first, departure after the other "
                    + "stages, arrival last.", pages.messageBeside("rstStages:reachedOn"));
            assertEquals("DEPARTURE", pages.value("rstStages:stage"), "the input is kept");
            fullPage(pages, "details-resettlement-stage-out-of-order");
            assertFalse(ok(Api.get(api, token)).body().contains("DEPARTURE"), "nothing saved");
            pages.press("rstStages:cancel");

            // a missing date: the form's own check, beside the field
            pages.press("rstStages:addStage");
            pages.choose("rstStages:stage", "HEALTH_ASSESSMENT");
            pages.press("rstStages:save");
            assertEquals("Enter the date the stage was reached.", pages.messageBeside("rstStages:reachedOn"));
            assertFalse(ok(Api.get(api, token)).body().contains("HEALTH_ASSESSMENT"), "nothing saved");
            pages.press("rstStages:cancel");

            // a correction
            pages.press(By.cssSelector("[data-stage='INTERVIEW']"));
            pages.date("rstStages:reachedOn", day(12));
            pages.press("rstStages:save");
            pages.waitForText(By.id("rstStages:list"), date(day(12)));
            assertTrue(ok(Api.get(api, token)).body().contains("\"reachedOn\":\"" + day(12) + "\""));
            fullPage(pages, "details-resettlement");
            pages.driver().manage().window().setSize(new Dimension(1366, 1100));
            pages.screenshot("details-resettlement-1366");
        }
    }

    @Test
    void aStageOrDetailsSavedMeanwhileShowTheConflictAndKeepTheInput() {
        String token = world.token("caseworker");
        String number = newCase(token, "RST", world.mission());
        String api = "/api/cases/" + number + "/resettlement";
        ok(Api.put(api, token, "{\"version\":null,\"details\":{\"resettlementCountry\":\"CAN\",\"referralSource\":\"UNHCR_REFERRAL\"}}"));
        ok(Api.put(api + "/stages/referral_received", token, "{\"version\":null,\"reachedOn\":\"" + day(20) + "\"}"));
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open(details(number));
            pages.press("rstDetails:edit");
            pages.choose("rstDetails:resettlementCountry", "AUS");
            pages.press(By.cssSelector("[data-stage='REFERRAL_RECEIVED']"));
            pages.date("rstStages:reachedOn", day(15));

            // meanwhile, another save of both
            ok(Api.put(api, token, "{\"version\":0,\"details\":{\"resettlementCountry\":\"NZL\",\"referralSource\":\"UNHCR_REFERRAL\"}}"));
            ok(Api.put(api + "/stages/referral_received", token, "{\"version\":0,\"reachedOn\":\"" + day(18) + "\"}"));

            pages.press("rstDetails:save");
            String conflict = pages.text("rst-details-conflict");
            assertTrue(conflict.contains("caseworker of " + world.mission() + " saved this record since you opened it"), conflict);
            assertTrue(conflict.contains("New Zealand") && conflict.contains("Australia"), "theirs and mine: " + conflict);
            assertEquals("AUS", pages.value("rstDetails:resettlementCountry"), "the input is kept");
            pages.press("rstStages:save");
            String stageConflict = pages.text("rst-stage-conflict");
            assertTrue(stageConflict.contains(date(day(18))) && stageConflict.contains(date(day(15))), stageConflict);
            fullPage(pages, "details-resettlement-conflict");

            pages.press("rstDetails:overwrite");
            pages.waitForText(By.id("rst-country"), "Australia");
            pages.press("rstStages:overwrite");
            pages.waitForText(By.id("rstStages:list"), date(day(15)));
            String saved = ok(Api.get(api, token)).body();
            assertEquals("AUS", topLevel(saved, "resettlementCountry"));
            assertTrue(saved.contains("\"reachedOn\":\"" + day(15) + "\""), saved);
        }
    }

    @Test
    void anAssistanceItemChangedMeanwhileShowsTheConflictAndKeepsTheInput() {
        String token = world.token("caseworker");
        String api = "/api/cases/" + newCase(token, "AVR", world.mission()) + "/returns";
        ok(Api.post(api + "/assistance", token, "{\"type\":\"VOCATIONAL_TRAINING\",\"level\":\"INDIVIDUAL\"}"));
        String id = Api.jsonString(ok(Api.get(api + "/assistance", token)).body(), "id");
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open(details(api.split("/")[3]));
            pages.press("avrAssistance:list:0:edit");
            pages.date("avrAssistance:deliveredOn", day(2));

            ok(Api.put(api + "/assistance/" + id, token, "{\"version\":0,\"item\":{\"type\":\"VOCATIONAL_TRAINING\","
                    + "\"level\":\"COMMUNITY\"}}"));
            pages.press("avrAssistance:save");
            String conflict = pages.text("avr-assistance-conflict");
            assertTrue(conflict.contains("Community") && conflict.contains("Individual"), "theirs and mine: " + conflict);
            assertEquals(day(2), pages.value("avrAssistance:deliveredOn"), "the input is kept");
            assertFalse(ok(Api.get(api + "/assistance", token)).body().contains("deliveredOn"), "nothing of mine saved");

            pages.press("avrAssistance:overwrite");
            pages.waitForText(By.id("avrAssistance:list"), date(day(2)));
            String saved = ok(Api.get(api + "/assistance", token)).body();
            assertTrue(saved.contains("\"deliveredOn\":\"" + day(2) + "\"") && saved.contains("INDIVIDUAL"), saved);
        }
    }

    @Test
    void scriptInTheRegionAndTheVisitNotesIsShownAsText() {
        String token = world.token("caseworker");
        String number = newCase(token, "AVR", world.mission());
        String api = "/api/cases/" + number + "/returns";
        ok(Api.put(api, token, "{\"version\":null,\"details\":{\"originCountry\":\"SOM\",\"originRegion\":"
                + "\"<script>alert(1)</script>\"}}"));
        ok(Api.post(api + "/monitoring-visits", token, "{\"visit\":\"MONTH_3\",\"visitedOn\":\"" + day(1) + "\","
                + "\"economicScore\":0.5,\"socialScore\":0.5,\"psychosocialScore\":0.5,\"notes\":\"<img src=x onerror=alert(2)>\"}"));
        WebClient client = new WebClient();
        world.signIn(client, "caseworker");
        String body = client.open(details(number)).body();
        assertFalse(body.contains("<script>alert(1)") || body.contains("<img src=x"), "rendered raw");
        assertTrue(body.contains("&lt;script&gt;alert(1)") && body.contains("&lt;img src=x"), "shown as text");
    }

    @Test
    void caseworkerRecordsReturnDetailsAssistanceAndAMonitoringVisitWithItsMeanScore() {
        String token = world.token("caseworker");
        String number = newCase(token, "AVR", world.mission());
        String api = "/api/cases/" + number + "/returns";
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open(details(number));
            Instant registered = pages.lastChange();
            pages.press("avrDetails:edit");
            pages.choose("avrDetails:hostCountry", "SOM");
            pages.choose("avrDetails:originCountry", "SOM");
            pages.type("avrDetails:originRegion", "Banaadir");
            pages.choose("avrDetails:programme", "AVRR");
            pages.choose("avrDetails:migrantCategory", "REJECTED_ASYLUM_SEEKER");
            pages.type("avrDetails:monthsInHost", "26");
            check(pages, "avrDetails:returnReasons", "FAMILY_REASONS");
            check(pages, "avrDetails:returnReasons", "UNABLE_TO_FIND_WORK");
            check(pages, "avrDetails:vulnerabilities", "HEALTH_NEEDS");
            pages.press("avrDetails:save");
            assertEquals("The country of origin cannot be the host country.", pages.messageBeside("avrDetails:originCountry"));
            assertEquals(null, topLevel(ok(Api.get(api, token)).body(), "version"), "nothing saved");
            assertEquals(CaseworkerPages.FIELD_MESSAGE_LOOK, pages.messageLook("avrDetails:originCountry"));
            fullPage(pages, "details-returns-wrong-country");
            assertEquals(registered, pages.lastChange(), "a refused save changes nothing");

            pages.choose("avrDetails:hostCountry", "DEU");
            pages.press("avrDetails:save");
            pages.waitForText(By.id("avr-host"), "Germany");
            Instant detailsSaved = pages.lastChange();
            assertTrue(detailsSaved.isAfter(registered), "the header's last change is the save: " + detailsSaved);
            assertEquals("Somalia (Banaadir)", pages.text("avr-origin"));
            assertEquals("Family reasons, Unable to find work", pages.text("avr-reasons"));
            assertEquals("Health-related needs", pages.text("avr-vulnerabilities"));
            assertEquals("26", pages.text("avr-months"));

            pages.press("avrAssistance:addAssistance");
            pages.choose("avrAssistance:type", "CASH");
            pages.choose("avrAssistance:level", "INDIVIDUAL");
            pages.date("avrAssistance:plannedOn", day(5));
            pages.type("avrAssistance:amount", "250.5");
            pages.type("avrAssistance:currency", "usd");
            fullPage(pages, "details-returns-assistance-editor");
            pages.press("avrAssistance:save");
            pages.waitForText(By.id("avrAssistance:list"), "Cash assistance");
            assertTrue(pages.text("avrAssistance:list").contains("250.50 USD"), pages.text("avrAssistance:list"));
            assertTrue(pages.text("avrAssistance:list").contains("Economic"), "the item's dimension");

            pages.press("avrVisits:addVisit");
            pages.choose("avrVisits:visit", "MONTH_3");
            pages.date("avrVisits:visitedOn", day(1));
            pages.type("avrVisits:economicScore", "1.5");
            pages.type("avrVisits:socialScore", "0.75");
            pages.type("avrVisits:psychosocialScore", "0,8");
            pages.press("avrVisits:save");
            assertEquals("A score is between 0 and 1.", pages.messageBeside("avrVisits:economicScore"));
            fullPage(pages, "details-returns-visit-wrong-score");
            assertTrue(ok(Api.get(api + "/monitoring-visits", token)).body().equals("[]"), "nothing saved");
            pages.type("avrVisits:economicScore", "0.5");
            pages.press("avrVisits:save");
            pages.waitForText(By.id("avrVisits:list"), "3 months after return");
            assertTrue(pages.lastChange().isAfter(detailsSaved), "the visit is the case's last change");
            assertEquals("0.683", textOf(pages, By.cssSelector(".visit-mean")), "the mean of 0.5, 0.75 and 0.8");
            assertTrue(ok(Api.get(api + "/monitoring-visits", token)).body().contains("\"overallScore\":0.683"));

            pages.open(details(number));
            assertEquals("Germany", pages.text("avr-host"));
            assertTrue(pages.text("avrAssistance:list").contains("Cash assistance"));
            assertEquals("0.683", textOf(pages, By.cssSelector(".visit-mean")));
            fullPage(pages, "details-returns");
            pages.driver().manage().window().setSize(new Dimension(1366, 1400));
            pages.screenshot("details-returns-1366");

            pages.press(By.cssSelector("[data-lang='fr']"));
            pages.waitForText(By.id("nav-cases"), "Dossiers");
            assertEquals("0,683", textOf(pages, By.cssSelector(".visit-mean")));
            assertEquals("Allemagne", pages.text("avr-host"));
            fullPage(pages, "details-returns-french");
            pages.press(By.cssSelector("[data-lang='en']"));
        }
    }

    @Test
    void aManagerReadsTheDetailsWithoutAnyEditButton() {
        String token = world.token("caseworker");
        String rst = newCase(token, "RST", world.mission());
        ok(Api.put("/api/cases/" + rst + "/resettlement", token,
                "{\"version\":null,\"details\":{\"resettlementCountry\":\"SWE\",\"referralSource\":\"FAMILY_REUNIFICATION\"}}"));
        ok(Api.post("/api/cases/" + rst + "/resettlement/stages", token, "{\"stage\":\"REFERRAL_RECEIVED\",\"reachedOn\":\"" + day(3) + "\"}"));
        String avr = newCase(token, "AVR", world.mission());
        ok(Api.post("/api/cases/" + avr + "/returns/assistance", token, "{\"type\":\"HOUSING\"}"));
        try (Browser browser = Browser.open()) {
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            manager.open(details(rst));
            assertEquals("Sweden", manager.text("rst-country"));
            assertTrue(manager.text("rstStages:list").contains("Referral received"));
            for (String button : new String[] {"rstDetails:edit", "rstStages:addStage"}) {
                assertTrue(manager.driver().findElements(By.id(button)).isEmpty(), button);
            }
            assertTrue(manager.driver().findElements(By.cssSelector("[data-stage]")).isEmpty(), "no stage edit button");
            fullPage(manager, "details-resettlement-manager");

            manager.open(details(avr));
            assertTrue(manager.text("avrAssistance:list").contains("Housing"));
            for (String button : new String[] {"avrDetails:edit", "avrAssistance:addAssistance", "avrVisits:addVisit"}) {
                assertTrue(manager.driver().findElements(By.id(button)).isEmpty(), button);
            }
            assertTrue(manager.driver().findElements(By.cssSelector("[id$=':edit']")).isEmpty(), "no item edit button");
        }
    }

    // ---- helpers

    private static String details(String number) {
        return "/cases/view.xhtml?number=" + number + "&tab=details";
    }

    private static void addStage(CaseworkerPages pages, String stage, String isoDate) {
        pages.press("rstStages:addStage");
        pages.choose("rstStages:stage", stage);
        pages.date("rstStages:reachedOn", isoDate);
        pages.press("rstStages:save");
    }

    /** Ticks a checkbox of a code list by its code, as a user clicks its label. */
    private static void check(CaseworkerPages pages, String listId, String code) {
        String inputId = pages.driver().findElement(By.cssSelector("input[name='" + listId + "'][value='" + code + "']"))
                .getAttribute("id");
        pages.press(By.cssSelector("label[for='" + inputId + "']"));
    }

    private static String textOf(CaseworkerPages pages, By by) {
        return new WebDriverWait(pages.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    private static String date(String isoDate) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(LocalDate.parse(isoDate));
    }

    /** The whole page at 1024 px wide (the narrowest screen Camino is made for). */
    private static void fullPage(CaseworkerPages pages, String name) {
        Object height = ((org.openqa.selenium.JavascriptExecutor) pages.driver())
                .executeScript("return document.documentElement.scrollHeight");
        pages.driver().manage().window().setSize(new Dimension(1024, Math.max(900, ((Number) height).intValue() + 140)));
        pages.screenshot(name);
        pages.driver().manage().window().setSize(new Dimension(1024, 900));
    }
}
