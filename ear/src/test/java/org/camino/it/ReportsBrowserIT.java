package org.camino.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reports page in Chromium, on a 1366 px laptop and a 390 px phone: table, chart, export buttons, no sideways scrolling. */
@ExtendWith(DeployedCamino.class)
class ReportsBrowserIT {

    @Test
    void aReportWithItsChartOnALaptopAndAPhone() {
        World world = World.create();
        String caseworker = world.token("caseworker");
        String today = LocalDate.now().toString();
        for (String sex : new String[] {"FEMALE", "MALE", "FEMALE"}) {
            String principal = CaseFixtures.person(CaseFixtures.unique("Shot"), CaseFixtures.unique("Ort"), "1988-04-02",
                    CaseFixtures.unique("P"), "").replace("\"sex\":\"FEMALE\"", "\"sex\":\"" + sex + "\"");
            String body = CaseFixtures.newCase("AVR", world.mission(), principal, "[]", true).replace(CaseFixtures.movement(),
                    "{\"originCountry\":\"KEN\",\"destinationCountry\":\"SOM\",\"plannedDeparture\":\"" + today
                            + "\",\"actualDeparture\":\"" + today + "\",\"transportMeans\":\"AIR\",\"escort\":\"NONE\",\"status\":\"DEPARTED\"}");
            assertEquals(201, Api.post("/api/cases", caseworker, body).statusCode());
        }
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            CaseworkerPages.signedIn(browser, world.user("manager"));
            String page = DeployedCamino.baseUrl() + "/reports.xhtml?report=avrr-returns&period=" + LocalDate.now().getYear() + "&by=sex";
            for (int[] screen : new int[][] {{1366, 900, 0}, {390, 844, 1}}) {
                ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen[0],
                        "height", screen[1], "deviceScaleFactor", 1, "mobile", screen[2] == 1));
                driver.get(page);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
                wait.until(d -> number(d, "var c = document.querySelector('#result canvas'); return c ? c.getBoundingClientRect().height : 0") > 50);
                assertTrue(driver.findElement(By.id("report-counts")).getText().startsWith("Counts events"));
                assertEquals(2, driver.findElements(By.cssSelector("#rows .report-value")).size(), "FEMALE and MALE");
                assertTrue(driver.findElement(By.id("report:csv")).isDisplayed() && driver.findElement(By.id("report:pdf")).isDisplayed());
                double over = number(driver, "return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(over <= 0, "the page is " + over + " px wider than the screen at " + screen[0]);
                browser.screenshot("reports-" + screen[0] + "-top");
                ((JavascriptExecutor) driver).executeScript("document.getElementById('result').scrollIntoView()");
                browser.screenshot("reports-" + screen[0] + "-chart");
            }
        }
    }

    @Test
    void aReportSavedOnThePageIsRunAgainFromMySavedReports() {
        World world = World.create();
        String caseworker = world.token("caseworker");
        String today = LocalDate.now().toString();
        for (String destination : new String[] {"SOM", "ETH"}) {
            String principal = CaseFixtures.person(CaseFixtures.unique("Save"), CaseFixtures.unique("Ort"), "1988-04-02",
                    CaseFixtures.unique("P"), "");
            String body = CaseFixtures.newCase("AVR", world.mission(), principal, "[]", true).replace(CaseFixtures.movement(),
                    "{\"originCountry\":\"KEN\",\"destinationCountry\":\"" + destination + "\",\"plannedDeparture\":\""
                            + today + "\",\"actualDeparture\":\"" + today
                            + "\",\"transportMeans\":\"AIR\",\"escort\":\"NONE\",\"status\":\"DEPARTED\"}");
            assertEquals(201, Api.post("/api/cases", caseworker, body).statusCode());
        }
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            CaseworkerPages.signedIn(browser, world.user("manager"));
            driver.get(DeployedCamino.baseUrl() + "/reports.xhtml?report=avrr-returns&period=" + LocalDate.now().getYear()
                    + "&by=destinationCountry");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
            assertTrue(driver.findElement(By.id("monthly")).isDisplayed(), "the monthly reports' section");
            assertTrue(driver.findElement(By.id("saveNameHint")).getText().contains("never a person"),
                    "the name is stored in clear: the page says what to put in it");
            driver.findElement(By.id("report:name")).sendKeys("Returns by country of return");
            driver.findElement(By.id("report:saveAs")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "Returns by country of return"));
            browser.screenshot("reports-saved");

            driver.get(DeployedCamino.baseUrl() + "/reports.xhtml?report=avrr-returns&period=2020&by=sex");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
            driver.findElement(By.linkText("Returns by country of return")).click();
            wait.until(ExpectedConditions.urlContains("saved="));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title")));
            assertEquals(2, driver.findElements(By.cssSelector("#rows .report-value")).size(), "SOM and ETH, this year");
            assertEquals(String.valueOf(LocalDate.now().getYear()), driver.findElement(By.id("report:period")).getAttribute("value"));
        }
    }

    private static double number(WebDriver driver, String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).doubleValue();
    }
}
