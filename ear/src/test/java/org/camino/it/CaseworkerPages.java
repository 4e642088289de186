package org.camino.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;

/** The caseworker pages as a user drives them: sign in, type, choose, press, wait for the answer. */
final class CaseworkerPages {

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;

    CaseworkerPages(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Signs in a demo account (demo password). */
    static CaseworkerPages signedIn(Browser browser, String username) {
        return signedIn(browser, new World.Member(username, CaseFixtures.PASSWORD));
    }

    /** Signs in an account of a test's world. */
    static CaseworkerPages signedIn(Browser browser, World.Member member) {
        CaseworkerPages pages = new CaseworkerPages(browser);
        pages.open("/login.xhtml");
        pages.type("login:username", member.username());
        pages.type("login:password", member.password());
        pages.driver.findElement(By.id("login:submit")).click();
        pages.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        return pages;
    }

    WebDriver driver() {
        return driver;
    }

    void screenshot(String name) {
        browser.screenshot(name);
    }

    void open(String path) {
        driver.get(DeployedCamino.baseUrl() + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String value) {
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id)))).selectByValue(value);
    }

    /** Native date inputs take their value as the browser's own format; setting it as ISO is what a date picker does. */
    void date(String id, String isoDate) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, isoDate);
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Presses a button and waits until its Ajax request (if any) has been answered. */
    void press(String id) {
        press(By.id(id));
    }

    void press(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
    }

    void settle() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The message shown beside an input (p:message for it). */
    String messageBeside(String inputId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("div.camino-field:has([id='" + inputId + "']) .ui-message"))).getText();
    }

    /** The case view's "Last change" in its header, to the millisecond (the datetime of its time element). */
    Instant lastChange() {
        return Instant.parse(driver.findElement(By.cssSelector("#case-updated time")).getAttribute("datetime"));
    }

    /** How a field's message looks (red text, no box), the same on pages and in dialogs. */
    static final String FIELD_MESSAGE_LOOK = "rgba(179, 38, 30, 1) on rgba(0, 0, 0, 0)";

    /** The computed colour and background of the message beside a field, to compare with {@link #FIELD_MESSAGE_LOOK}. */
    String messageLook(String inputId) {
        WebElement message = driver.findElement(By.cssSelector("div.camino-field:has([id='" + inputId + "']) .ui-message"));
        return message.getCssValue("color") + " on " + message.getCssValue("background-color");
    }

    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
        settle();
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void forgetUnsavedChanges() {
        ((JavascriptExecutor) driver).executeScript("if (window.Camino) { Camino.clean(); }");
    }
}
