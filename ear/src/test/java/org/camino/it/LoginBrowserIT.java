package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(DeployedCamino.class)
class LoginBrowserIT {

    private static World world;

    /** A world whose caseworker has a case to list and recent activity to show. */
    @BeforeAll
    static void createWorld() {
        world = World.create();
        CaseFixtures.register(world.token("caseworker"), "RST", world.mission(), CaseFixtures.person(
                CaseFixtures.unique("Listed"), "Login", "1982-02-02", CaseFixtures.unique("L"), ""));
    }

    @Test
    void aCaseworkerSignsInThroughTheLoginPageAndGetsANewSessionId() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(DeployedCamino.baseUrl() + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
            assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
            browser.screenshot("login");
            Cookie before = driver.manage().getCookieNamed("JSESSIONID");

            driver.findElement(By.id("login:username")).sendKeys(world.username("caseworker"));
            driver.findElement(By.id("login:password")).sendKeys(world.password("caseworker"));
            driver.findElement(By.id("login:submit")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
            assertTrue(driver.findElement(By.id("welcome")).getText().contains("caseworker of " + world.mission()));
            String roles = driver.findElement(By.id("roles")).getText();
            assertTrue(roles.contains("Caseworker") && !roles.contains("CASEWORKER"), "the role by its name, not its code: " + roles);
            Cookie after = driver.manage().getCookieNamed("JSESSIONID");
            assertTrue(after.isHttpOnly(), "session cookie is HttpOnly");
            if (before != null) {
                assertNotEquals(before.getValue(), after.getValue(), "a new session id at sign-in");
            }
            browser.screenshot("home");
        }
    }

    @Test
    void pagesShowTimesInTheTimeZoneOfTheDeviceThatSignedIn() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Africa/Nairobi"));
            driver.get(DeployedCamino.baseUrl() + "/login.xhtml");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
            driver.findElement(By.id("login:username")).sendKeys(world.username("caseworker"));
            driver.findElement(By.id("login:password")).sendKeys(world.password("caseworker"));
            driver.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));

            String recent = driver.findElement(By.id("recent")).getText();
            assertTrue(recent.contains(" EAT"), "times in East Africa Time: " + recent);
            assertFalse(recent.contains(" UTC"), recent);
        }
    }

    /** WCAG 2.1.1 and 2.4.7: signing in, the menu and a case's tabs work from the keyboard, and show focus. */
    @Test
    void aCaseworkerReachesACasesHistoryWithTheKeyboardAlone() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(DeployedCamino.baseUrl() + "/login.xhtml");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));

            tabUntil(driver, e -> "login:username".equals(e.getAttribute("id")), 15).sendKeys(world.username("caseworker"));
            tabUntil(driver, e -> "login:password".equals(e.getAttribute("id")), 3).sendKeys(world.password("caseworker") + Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));

            WebElement cases = tabUntil(driver, e -> "nav-cases".equals(e.getAttribute("id")), 40);
            assertFocusVisible(cases);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlContains("/cases/list"));

            // past the column filters (the date range opens its picker on its button, not on focus)
            WebElement firstCase = tabUntil(driver, e -> String.valueOf(e.getAttribute("href")).contains("/cases/view"), 40);
            assertFocusVisible(firstCase);
            String number = firstCase.getText();
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlContains("/cases/view"));
            assertTrue(driver.getCurrentUrl().contains("number=" + number), driver.getCurrentUrl());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-number"), number));

            tabUntil(driver, e -> "history".equals(e.getAttribute("data-tab")), 60);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlContains("tab=history"));
            browser.screenshot("keyboard-history");
        }
    }

    /** WCAG 2.1.1: Enter on a case number opens the case from the dashboard, the search results and the approval queue. */
    @Test
    void enterOnACaseNumberOpensTheCaseFromEveryTableOfCases() {
        String token = world.missionToken("caseworker");
        String given = CaseFixtures.unique("Enter");
        String number = CaseFixtures.number(CaseFixtures.register(token, "RST", world.mission(),
                CaseFixtures.person(given, "Keys", "1984-04-04", CaseFixtures.unique("K"), "+254700000005")));
        step(token, number, "IN_PROCESSING");
        step(token, number, "APPROVED_FOR_TRAVEL");
        try (Browser browser = Browser.open()) {
            CaseworkerPages caseworker = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            enterOpensTheCase(caseworker, "#mine a[href*='number=" + number + "']");
            caseworker.open("/index.xhtml");
            enterOpensTheCase(caseworker, "#recent a[href*='number=" + number + "']");
            caseworker.open("/cases/search.xhtml");
            caseworker.choose("search:by", "name");
            caseworker.type("search:value", given + " Keys");
            caseworker.press("search:go");
            enterOpensTheCase(caseworker, "#search\\:results a[href*='number=" + number + "']");
        }
        try (Browser browser = Browser.open()) {
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            // the dashboard shows the ten oldest requests of the manager's missions: this world's only one
            enterOpensTheCase(manager, "#approvals a[href*='number=" + number + "']");
            manager.open("/cases/approvals.xhtml");
            enterOpensTheCase(manager, "#queue\\:items a[href*='number=" + number + "']");
        }
    }

    private static void step(String token, String number, String to) {
        String json = Api.get("/api/cases/" + number, token).body();
        var answer = Api.post("/api/cases/" + number + "/steps", token, "{\"expectedVersion\":" + CaseFixtures.version(json)
                + ",\"toStatus\":\"" + to + "\",\"reason\":\"Ready\"}");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Puts the focus on a case number's link in a table, presses Enter and expects that case. */
    private static void enterOpensTheCase(CaseworkerPages pages, String linkSelector) {
        WebDriver driver = pages.driver();
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(linkSelector)));
        String number = link.getText();
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", link);
        assertEquals(link, driver.switchTo().activeElement(), "the focus is on " + linkSelector);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        pages.waitForUrl("number=" + number);
        assertEquals(number, pages.text("case-number"), "Enter on " + linkSelector + " opens the case");
    }

    /** Presses Tab until the focused element matches, at most {@code maxTabs} times. */
    private static WebElement tabUntil(WebDriver driver, java.util.function.Predicate<WebElement> wanted, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached with " + maxTabs + " presses of Tab; focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML"));
    }

    private static void assertFocusVisible(WebElement focused) {
        String outline = focused.getCssValue("outline-style");
        String shadow = focused.getCssValue("box-shadow");
        assertTrue(!"none".equals(outline) || !"none".equals(shadow),
                "focus is visible (outline " + outline + ", box-shadow " + shadow + ")");
    }

    @Test
    void wrongPasswordShowsTheSameMessageAsAnUnknownUser() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            String wrongPassword = signInAndReadMessage(driver, world.username("manager"), "not-the-password");
            String unknownUser = signInAndReadMessage(driver, "nobody-by-this-name", "not-the-password");
            assertTrue(wrongPassword.startsWith("Sign-in failed"), wrongPassword);
            assertEquals(wrongPassword, unknownUser);
            browser.screenshot("login-failed");
        }
    }

    private static String signInAndReadMessage(WebDriver driver, String username, String password) {
        driver.get(DeployedCamino.baseUrl() + "/login.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error")));
        return driver.findElement(By.cssSelector("#login\\:messages")).getText().trim();
    }
}
