package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages a caseworker uses most, on a 390 px phone and a 1366 px laptop:
 * nothing wider than the screen, a header under a sixth of the screen, the
 * case list as stacked rows on the phone, its filters whole on the laptop.
 */
@ExtendWith(DeployedCamino.class)
class PhoneBrowserIT {

    @Test
    void dashboardAndCaseListFitAPhoneAndALaptop() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            World world = World.create();
            String caseworker = world.token("caseworker");
            for (int i = 0; i < 3; i++) {
                CaseFixtures.register(caseworker, i == 1 ? "AVR" : "RST", world.mission(), CaseFixtures.person(
                        CaseFixtures.unique("Phone"), CaseFixtures.unique("Family"), "1990-01-0" + (i + 1), CaseFixtures.unique("P"), ""));
            }
            CaseworkerPages.signedIn(browser, world.user("caseworker"));

            screen(driver, 390, 844, true);
            driver.get(DeployedCamino.baseUrl() + "/index.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
            assertNoSidewaysScrolling(driver, "dashboard");
            double header = number(driver, "return document.querySelector('header').getBoundingClientRect().height"
                    + " + document.querySelector('nav.camino-nav').getBoundingClientRect().height");
            assertTrue(header < 844 / 6.0, "header and menu take " + header + " px of 844");
            browser.screenshot("phone-390-dashboard");

            driver.get(DeployedCamino.baseUrl() + "/cases/list.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list\\:cases .case-link")));
            assertNoSidewaysScrolling(driver, "case list");
            String stacked = (String) js(driver).executeScript("var title = document.querySelector("
                    + "'#list\\\\:cases tbody tr td .ui-column-title'); return title ? getComputedStyle(title).display : 'none'");
            assertTrue(!"none".equals(stacked), "each cell shows its column's title on a phone (stacked rows)");
            browser.screenshot("phone-390-cases");

            screen(driver, 1366, 900, false);
            driver.get(DeployedCamino.baseUrl() + "/cases/list.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list\\:cases .case-link")));
            assertNoSidewaysScrolling(driver, "case list at 1366 px");
            double overflow = number(driver, "var input = document.querySelector('#list\\\\:cases th[id$=openedOn] input');"
                    + " var cell = input.closest('th'); return input.getBoundingClientRect().right - cell.getBoundingClientRect().right");
            assertTrue(overflow <= 0, "the Opened filter fits its column (" + overflow + " px over)");
            browser.screenshot("laptop-1366-cases");
            driver.get(DeployedCamino.baseUrl() + "/index.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
            browser.screenshot("laptop-1366-dashboard");

            String icon = driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
            HttpResponse<String> favicon = new WebClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(icon)).GET());
            assertEquals(200, favicon.statusCode(), icon);
            assertTrue(favicon.body().startsWith("<svg"), "a favicon: " + icon);
        }
    }

    private static void screen(WebDriver driver, int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static void assertNoSidewaysScrolling(WebDriver driver, String page) {
        double over = number(driver, "return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(over <= 0, page + " is " + over + " px wider than the screen");
    }

    private static double number(WebDriver driver, String script) {
        return ((Number) js(driver).executeScript(script)).doubleValue();
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
