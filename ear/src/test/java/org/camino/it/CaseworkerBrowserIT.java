package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caseworker pages in Chromium against the deployed EAR: what a user of each role sees and can do. */
@ExtendWith(DeployedCamino.class)
class CaseworkerBrowserIT {

    private static World world;

    @BeforeAll
    static void createWorlds() {
        world = World.create();
    }

    @Test
    void caseworkerRegistersResettlementAndReturnCasesThroughTheWizard() {
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            String family = CaseFixtures.unique("Wiz");
            String rst = register(pages, "RST", "Amina", family, true);
            assertTrue(pages.text("household:members").contains("Child" + family), pages.text("household:members"));
            for (String tab : new String[] {"household", "movements", "details", "notes", "history", "status"}) {
                pages.open("/cases/view.xhtml?number=" + rst + "&tab=" + tab);
                pages.screenshot("case-view-" + tab);
            }
            assertTrue(pages.pageText().contains("Registered"), "status history starts with the registration");

            // the same person again in another programme: the duplicate warning, then "register anyway"
            startWizard(pages, "AVR");
            fillPrincipal(pages, "Amina", family);
            pages.press("wizard:next");
            addChild(pages, "Child2" + family);
            pages.press("wizard:next");
            fillMovement(pages, "2026-12-01", "2026-12-02");
            pages.press("wizard:next");
            pages.press("wizard:register");
            pages.waitForText(By.id("wizard:duplicates"), rst);
            pages.screenshot("wizard-duplicate-warning");
            org.openqa.selenium.WebElement duplicate = pages.driver().findElement(By.cssSelector("#wizard\\:duplicates a.duplicate-link"));
            assertEquals(rst, duplicate.getText(), "the duplicate's case number is a link");
            assertTrue(duplicate.getAttribute("href").contains("/cases/view.xhtml?number=" + rst), duplicate.getAttribute("href"));
            assertEquals("_blank", duplicate.getAttribute("target"), "opens in a new tab: the registration stays");
            pages.press("wizard:registerAnyway");
            pages.waitForUrl("/cases/view.xhtml");
            assertTrue(pages.text("case-number").startsWith(world.mission() + "-AVR-"), pages.text("case-number"));

            pages.open("/cases/list.xhtml");
            assertTrue(pages.text("list:cases").contains(rst), "the list shows the new case");
            pages.screenshot("case-list");
            pages.open("/cases/list.xhtml?type=RST");
            pages.screenshot("case-list-resettlement");
            pages.open("/index.xhtml");
            assertTrue(pages.text("mine").contains(rst), "my open cases on the dashboard");
            assertTrue(pages.text("departures").contains(rst) || !thisWeek(LocalDate.now().plusDays(1).toString()), "departures this week");
            pages.screenshot("dashboard-caseworker");
        }
    }

    @Test
    void healthPractitionerAndCounterTraffickingOfficerRegisterTheirOwnCaseTypes() {
        try (Browser browser = Browser.open()) {
            CaseworkerPages health = CaseworkerPages.signedIn(browser, world.user("health"));
            String mha = register(health, "MHA", "Halima", CaseFixtures.unique("Health"), false);
            assertTrue(mha.startsWith(world.mission() + "-MHA-"), mha);
            health.open("/cases/view.xhtml?number=" + mha + "&tab=movements");
            assertTrue(health.text("movements:list").contains("Canada"), health.text("movements:list"));
        }
        try (Browser browser = Browser.open()) {
            CaseworkerPages ct = CaseworkerPages.signedIn(browser, world.user("ctofficer"));
            String cta = register(ct, "CTA", "Fatuma", CaseFixtures.unique("Ct"), false);
            assertTrue(cta.startsWith(world.mission() + "-CTA-"), cta);
        }
    }

    @Test
    void aWrongFieldShowsItsMessageBesideTheFieldAndNothingIsSaved() {
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            startWizard(pages, "RST");
            pages.press("wizard:next");
            assertEquals("Enter the given name.", pages.messageBeside("wizard:principal_givenName"));
            assertEquals("Choose the sex.", pages.messageBeside("wizard:principal_sex"));
            pages.screenshot("wizard-step1-missing-fields");

            String family = CaseFixtures.unique("Wrong");
            fillPrincipal(pages, "Zahra", family);
            pages.press("wizard:next");
            pages.press("wizard:next");
            fillMovement(pages, "2026-12-10", "2026-12-01"); // arrival before departure: only the service knows
            pages.press("wizard:next"); // the service checks the step before Next, not after step 4
            assertEquals("This date cannot be before the one it follows.", pages.messageBeside("wizard:movement_plannedArrival"));
            assertTrue(pages.driver().findElement(By.id("step3")).isDisplayed(), "the wizard stays on the movement step");
            pages.screenshot("wizard-movement-wrong-date");
            String token = world.missionToken("caseworker");
            assertEquals("[]", Api.get("/api/cases/search?by=name&value="
                    + URLEncoder.encode("Zahra " + family, StandardCharsets.UTF_8), token).body(), "nothing was saved");

            // leaving with unsaved input asks first (WebDriver itself accepts such prompts, so ask the page's guard)
            Object cancelled = ((org.openqa.selenium.JavascriptExecutor) pages.driver()).executeScript(
                    "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
            assertEquals(Boolean.TRUE, cancelled, "the page asks before it is left with unsaved changes");
            pages.forgetUnsavedChanges();
        }
    }

    @Test
    void aConcurrentEditShowsWhoChangedThePersonAndKeepsTheInput() {
        String token = world.missionToken("caseworker");
        String given = CaseFixtures.unique("Same");
        String number = CaseFixtures.number(CaseFixtures.register(token, "RST", world.mission(),
                CaseFixtures.person(given, "Person", "1990-01-01", CaseFixtures.unique("P"), "+254700000001")));
        try (Browser first = Browser.open(); Browser second = Browser.open()) {
            CaseworkerPages a = CaseworkerPages.signedIn(first, world.user("caseworker"));
            CaseworkerPages b = CaseworkerPages.signedIn(second, world.user("caseworker"));
            for (CaseworkerPages pages : new CaseworkerPages[] {a, b}) {
                pages.open("/cases/view.xhtml?number=" + number);
                pages.press(By.xpath("//tr[.//span[@class='member-name' and contains(., '" + given + "')]]//button[contains(@id, ':edit')]"));
            }
            a.type("household:person_phone", "+254711111111");
            a.press("household:save");
            a.waitForText(By.id("household:members"), "+254711111111");

            b.type("household:person_givenName", given + "X");
            b.press("household:save");
            String conflict = b.text("conflict");
            assertTrue(conflict.contains("caseworker of " + world.mission() + " saved this record since you opened it"),
                    "the colleague by display name: " + conflict);
            assertTrue(conflict.contains("+254711111111"), "shows what the other user saved: " + conflict);
            assertEquals(given + "X", b.value("household:person_givenName"), "the input is kept");
            b.screenshot("case-view-edit-conflict");

            b.press("household:overwrite");
            b.waitForText(By.id("household:members"), given + "X");
            assertEquals(given + "X Person", b.text("case-principal"), "the header shows the principal's new name");
            assertTrue(b.text("household:members").contains("+254700000001"), "the user's whole version was saved, knowingly");
        }
    }

    @Test
    void searchByNameFindsTheCase() {
        String token = world.missionToken("caseworker");
        String given = CaseFixtures.unique("Find");
        String number = CaseFixtures.number(CaseFixtures.register(token, "AVR", world.mission(),
                CaseFixtures.person(given, "Omar", "1985-05-05", CaseFixtures.unique("D"), "+254700000002")));
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open("/cases/search.xhtml");
            pages.choose("search:by", "name");
            pages.type("search:value", given + " Omar");
            pages.press("search:go");
            assertTrue(pages.text("search:results").contains(number), pages.text("search:results"));
            pages.screenshot("search-results");
        }
    }

    @Test
    void withoutTheCounterTraffickingPermissionNoTraffickingCaseShowsAnywhere() {
        String ctToken = world.missionToken("ctofficer");
        String given = CaseFixtures.unique("Hidden");
        String ctNumber = CaseFixtures.number(CaseFixtures.register(ctToken, "CTA", world.mission(),
                CaseFixtures.person(given, "Victim", "1999-09-09", CaseFixtures.unique("V"), "+254700000003")));
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            assertFalse(pages.pageText().contains(ctNumber), "not on the dashboard");
            pages.open("/cases/list.xhtml");
            assertFalse(pages.pageText().contains(ctNumber), "not in the list");
            assertFalse(pages.pageText().contains("Counter-trafficking"), "no counter-trafficking type offered");
            pages.open("/cases/list.xhtml?type=CTA");
            assertFalse(pages.pageText().contains(ctNumber), "not in a list asked for by type");
            pages.open("/cases/search.xhtml");
            pages.type("search:value", given + " Victim");
            pages.press("search:go");
            assertTrue(pages.text("search:results").contains("No case found."), "not found by name");

            pages.open("/cases/view.xhtml?number=" + ctNumber);
            String hidden = pages.pageText();
            pages.screenshot("case-view-ct-as-caseworker");
            pages.open("/cases/view.xhtml?number=" + world.mission() + "-CTA-2026-999999");
            String missing = pages.pageText();
            assertTrue(hidden.contains("Not found"), hidden);
            assertEquals(missing, hidden, "an invisible case looks exactly like a missing one");
        }
    }

    @Test
    void managerApprovesAStepThatACaseworkerRequested() {
        String token = world.missionToken("caseworker");
        String number = CaseFixtures.number(CaseFixtures.register(token, "RST", world.mission(),
                CaseFixtures.person(CaseFixtures.unique("Appr"), "Family", "1980-02-02", CaseFixtures.unique("A"), "+254700000004")));
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open("/cases/view.xhtml?number=" + number);
            pages.press(By.cssSelector("[data-target='IN_PROCESSING']"));
            pages.screenshot("case-view-step-dialog");
            pages.press("step:confirm");
            pages.waitForText(By.id("case-status"), "In processing");
            pages.press(By.cssSelector("[data-target='APPROVED_FOR_TRAVEL']"));
            assertTrue(pages.text("step").contains("waits for a mission manager"), pages.text("step"));
            pages.type("step:reason", "Interview and health checks done");
            pages.press("step:confirm");
            pages.waitForText(By.id("case-pending"), "Approved for travel");
        }
        try (Browser browser = Browser.open()) {
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            assertTrue(manager.text("approvals").contains(number), "waiting on the manager's dashboard");
            manager.screenshot("dashboard-manager");
            manager.open("/cases/approvals.xhtml");
            manager.screenshot("approval-queue");
            manager.press(By.cssSelector("[data-case='" + number + "']"));
            manager.press(By.cssSelector(".ui-confirmdialog-yes"));
            manager.waitForText(By.id("queue:messages"), "Approved: " + number);
        }
        assertEquals("APPROVED_FOR_TRAVEL", CaseFixtures.status(Api.get("/api/cases/" + number, token).body()));
    }

    @Test
    void frenchAndSpanishChangeTheTextsAndTheDates() {
        String token = world.missionToken("caseworker");
        String number = CaseFixtures.number(CaseFixtures.register(token, "RST", world.mission(),
                CaseFixtures.person(CaseFixtures.unique("Lang"), "Family", "1975-03-03", CaseFixtures.unique("L"), "+254700000005")));
        LocalDate opened = LocalDate.now();
        try (Browser browser = Browser.open()) {
            CaseworkerPages pages = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            pages.open("/cases/view.xhtml?number=" + number);
            assertEquals(localDate(opened, Locale.ENGLISH), pages.text("case-opened"));

            pages.press(By.cssSelector("[data-lang='fr']"));
            pages.waitForText(By.id("nav-cases"), "Dossiers");
            assertEquals(localDate(opened, Locale.FRENCH), pages.text("case-opened"));
            assertTrue(pages.pageText().contains("Personne et ménage"));
            pages.screenshot("case-view-french");
            pages.open("/index.xhtml");
            pages.screenshot("dashboard-french");
            pages.open("/cases/new.xhtml?type=AVR");
            pages.screenshot("wizard-french");

            pages.press(By.cssSelector("[data-lang='es']"));
            pages.waitForText(By.id("nav-cases"), "Casos");
            pages.open("/cases/view.xhtml?number=" + number);
            assertEquals(localDate(opened, Locale.forLanguageTag("es")), pages.text("case-opened"));
            assertTrue(pages.pageText().contains("Persona y hogar"));
            pages.screenshot("case-view-spanish");
            pages.open("/cases/list.xhtml");
            pages.screenshot("case-list-spanish");
            pages.press(By.cssSelector("[data-lang='en']"));
        }
    }

    // ---- the wizard, as a user fills it

    private static String register(CaseworkerPages pages, String type, String given, String family, boolean screenshots) {
        startWizard(pages, type);
        fillPrincipal(pages, given, family);
        if (screenshots) {
            pages.screenshot("wizard-1-principal");
        }
        pages.press("wizard:next");
        addChild(pages, "Child" + family);
        if (screenshots) {
            pages.screenshot("wizard-2-household");
        }
        pages.press("wizard:next");
        fillMovement(pages, LocalDate.now().plusDays(1).toString(), LocalDate.now().plusDays(2).toString());
        if (screenshots) {
            pages.screenshot("wizard-3-movement");
        }
        pages.press("wizard:next");
        pages.choose("wizard:consentPurpose", "CASE_MANAGEMENT");
        if (screenshots) {
            pages.screenshot("wizard-4-consent");
        }
        pages.press("wizard:register");
        pages.waitForUrl("/cases/view.xhtml");
        String number = pages.text("case-number");
        assertTrue(pages.text("messages").contains("Case " + number + " has been registered."), pages.text("messages"));
        return number;
    }

    private static void startWizard(CaseworkerPages pages, String type) {
        pages.open("/cases/new.xhtml?type=" + type);
        pages.text("wizard:principal_givenName");
    }

    private static void fillPrincipal(CaseworkerPages pages, String given, String family) {
        pages.type("wizard:principal_givenName", given);
        pages.type("wizard:principal_familyName", family);
        pages.choose("wizard:principal_sex", "FEMALE");
        pages.date("wizard:principal_dateOfBirth", "1988-04-12");
        pages.choose("wizard:principal_nationality", "SOM");
        pages.choose("wizard:principal_documentType", "PASSPORT");
        pages.type("wizard:principal_documentNumber", CaseFixtures.unique("P"));
        pages.choose("wizard:principal_documentCountry", "SOM");
        pages.type("wizard:principal_phone", "+254 700 123 456");
    }

    private static void addChild(CaseworkerPages pages, String given) {
        pages.choose("wizard:member_relationship", "CHILD");
        pages.type("wizard:member_person_givenName", given);
        pages.choose("wizard:member_person_sex", "MALE");
        pages.type("wizard:member_person_birthYear", "2017");
        pages.press("wizard:addMember");
        pages.waitForText(By.id("wizard:members"), given);
    }

    private static void fillMovement(CaseworkerPages pages, String departure, String arrival) {
        pages.choose("wizard:movement_originCountry", "KEN");
        pages.type("wizard:movement_originPlace", "Nairobi");
        pages.choose("wizard:movement_destinationCountry", "CAN");
        pages.type("wizard:movement_destinationPlace", "Toronto");
        pages.date("wizard:movement_plannedDeparture", departure);
        pages.date("wizard:movement_plannedArrival", arrival);
        pages.choose("wizard:movement_transportMeans", "AIR");
    }

    private static String localDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private static boolean thisWeek(String isoDate) {
        LocalDate day = LocalDate.parse(isoDate);
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        return !day.isBefore(monday) && !day.isAfter(monday.plusDays(6));
    }
}
