package org.camino.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing as its three kinds of user do it in Chromium: an analyst drafts
 * a release on the page (a standard table and one they compose) and watches
 * it build; a publisher reads the audit and publishes; a visitor who never
 * signs in finds it under open data, reads the table and downloads it, and the
 * download holds the figures the page shows. Screenshots of each step.
 */
@ExtendWith(DeployedCamino.class)
class PublishingBrowserIT {

    @Test
    void anAnalystDraftsAPublisherPublishesAVisitorDownloads() throws Exception {
        World world = World.create();
        PublishingIT.sendReturns(world);
        String series = "web-" + world.mission().toLowerCase();
        String releasePage;
        try (Browser browser = Browser.open()) {
            CaseworkerPages analyst = CaseworkerPages.signedIn(browser, world.user("analyst"));
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.findElement(By.id("nav-publications")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft:series")));
            analyst.type("draft:series", series);
            analyst.type("draft:title", "Returns from the test mission, Q1 2019");
            analyst.type("draft:methodology", "Departures of AVRR cases by country of return and sex; small counts suppressed.");
            setValue(driver, "draft:from", "2019-01");
            setValue(driver, "draft:to", "2019-03");
            analyst.type("draft:missions", world.mission());
            check(driver, "draft:standard", "returns-by-nationality-sex");
            check(driver, "draft:dimensions", "returnCountry");
            check(driver, "draft:dimensions", "sex");
            analyst.type("draft:tableId", "returns-by-country-sex");
            analyst.type("draft:tableTitle", "Returns by country of return and sex");
            browser.screenshot("publishing-draft-form");
            driver.findElement(By.id("draft:add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft:composed")));
            browser.screenshot("publishing-draft-tables");
            driver.findElement(By.id("draft:submit")).click();
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("release-title")));
            } finally {
                browser.screenshot("publishing-draft-submitted");
            }
            releasePage = driver.getCurrentUrl();
            // the page polls while the release builds, then shows the tables and the audit
            wait.until(d -> "DRAFT".equals(d.findElement(By.id("release-status")).getAttribute("data-status")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-verdict")));
            assertEquals("true", driver.findElement(By.id("audit-verdict")).getAttribute("data-passed"));
            assertEquals(2, driver.findElements(By.cssSelector(".release-table")).size());
            assertTrue(driver.findElements(By.id("decision:publish")).isEmpty(), "an analyst has no publish button");
            browser.screenshot("publishing-draft-built");
        }
        try (Browser browser = Browser.open()) {
            CaseworkerPages.signedIn(browser, world.user("publisher"));
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(releasePage);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:publish")));
            ((JavascriptExecutor) driver).executeScript("document.getElementById('audit').scrollIntoView()");
            browser.screenshot("publishing-review-audit");
            driver.findElement(By.id("decision:publish")).click();
            try {
                wait.until(d -> "PUBLISHED".equals(d.findElement(By.id("release-status")).getAttribute("data-status")));
            } finally {
                browser.screenshot("publishing-published");
            }
            driver.findElement(By.id("nav-published")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dashboard-chart canvas")));
            browser.screenshot("publishing-dashboard");
        }
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(DeployedCamino.baseUrl() + "/login.xhtml");
            driver.findElement(By.id("open-data")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("releases")));
            driver.findElements(By.cssSelector("a.release-link")).stream()
                    .filter(a -> a.getAttribute("href").contains("series=" + series)).findFirst().orElseThrow().click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("release-title")));
            browser.screenshot("publishing-open-data");
            WebElement table = driver.findElement(By.cssSelector(".release-table[data-table='returns-by-country-sex']"));
            List<List<String>> shown = new ArrayList<>();
            for (WebElement row : table.findElements(By.cssSelector(".cells tbody tr"))) {
                List<String> line = new ArrayList<>();
                row.findElements(By.cssSelector(".cell-code")).forEach(c -> line.add(c.getAttribute("data-code")));
                line.add(row.findElement(By.cssSelector(".cell-value")).getText().trim());
                line.add(row.findElement(By.cssSelector(".cell-status")).getAttribute("data-status"));
                shown.add(line);
            }
            assertFalse(shown.isEmpty());
            String href = table.findElement(By.cssSelector("a.download[data-format='csv']")).getAttribute("href");
            HttpResponse<String> csv = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).GET());
            assertEquals(200, csv.statusCode(), csv.body());
            List<List<String>> downloaded = new ArrayList<>();
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body()))) {
                for (CSVRecord row : parser) {
                    downloaded.add(List.of(row.get("returnCountry"), row.get("sex"), row.get("value"), row.get("status")));
                }
            }
            // the page shows the first rows of the download, in the same order, with the same figures
            assertEquals(downloaded.subList(0, shown.size()), shown);
            // a visitor sees no draft, no audit, no way in to the rest
            driver.get(releasePage);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        }
    }

    private static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change'));", id, value);
    }

    /** Ticks the box of {@code value} in a PrimeFaces checkbox list (its label is what a user clicks). */
    private static void check(WebDriver driver, String listId, String value) {
        WebElement input = driver.findElement(By.cssSelector("[id='" + listId + "'] input[value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }
}
