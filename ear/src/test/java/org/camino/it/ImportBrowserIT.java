package org.camino.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Import page in Chromium at 1366 px, as a caseworker: a file with a bad
 * row shows its report (row, column, message; screenshot {@code import-report}),
 * a good file with a likely duplicate asks for a decision
 * ({@code import-duplicates}), and the import runs to the end with its
 * progress ({@code import-done}). A mission manager has no Import link.
 */
@ExtendWith(DeployedCamino.class)
class ImportBrowserIT {

    private static final String HEADER = "givenName,familyName,dateOfBirth,sex,documentType,documentNumber,"
            + "movement.originCountry,movement.destinationCountry";

    private static World world;

    @BeforeAll
    static void world() {
        world = World.create();
    }

    @Test
    void aCaseworkerChecksAFileDecidesOnADuplicateAndImportsIt() throws IOException {
        String family = CaseFixtures.unique("Page");
        Path bad = file("bad.csv", HEADER + "\nAmina," + family + ",1990-02-03,FEMALE,PASSPORT,A" + family
                + ",KEN,CAN\nOmar," + family + ",03/02/1990,X,PASSPORT,O" + family + ",KEN,ZZZ\n");
        Path good = file("good.csv", HEADER + "\nAmina," + family + ",1990-02-03,FEMALE,PASSPORT,A" + family
                + ",KEN,CAN\nAmina," + family + ",1990-02-03,FEMALE,PASSPORT,A" + family + ",KEN,CAN\n");
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            CaseworkerPages caseworker = CaseworkerPages.signedIn(browser, world.user("caseworker"));
            assertTrue(browser.driver().findElements(By.id("nav-import")).size() == 1, "the Import link");
            caseworker.open("/cases/import.xhtml");
            caseworker.choose("import:mission", world.mission());
            browser.driver().findElement(By.id("import:file")).sendKeys(bad.toString());
            caseworker.press("import:check");
            String problems = caseworker.text("import:problems");
            assertTrue(problems.contains("sex") && problems.contains("dateOfBirth")
                    && problems.contains("movement.destinationCountry") && problems.contains("YYYY-MM-DD"), problems);
            assertTrue(browser.driver().findElements(By.id("import:start")).isEmpty(), "no Import button for a bad file");
            caseworker.screenshot("import-report");

            browser.driver().findElement(By.id("import:file")).sendKeys(good.toString());
            caseworker.press("import:check");
            String duplicates = caseworker.text("import:duplicates");
            assertTrue(duplicates.contains("row 2 of this file"), duplicates);
            browser.driver().findElement(By.cssSelector("#import\\:duplicates input[value='confirm']")).click();
            caseworker.screenshot("import-duplicates");
            caseworker.press("import:start");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id("progress-text"), "2 of 2"));
            caseworker.settle();
            assertTrue(caseworker.text("progress:recent").contains("good.csv"), caseworker.text("progress:recent"));
            caseworker.screenshot("import-done");
        }
        try (Browser browser = Browser.open()) {
            CaseworkerPages manager = CaseworkerPages.signedIn(browser, world.user("manager"));
            assertFalse(manager.pageText().isEmpty());
            assertTrue(browser.driver().findElements(By.id("nav-import")).isEmpty(), "no Import link for a manager");
        }
    }

    private static Path file(String name, String content) throws IOException {
        Path dir = Files.createTempDirectory("import-page");
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
