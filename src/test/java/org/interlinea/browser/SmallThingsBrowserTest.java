package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8.11's small things, each in a real browser: an address that leads nowhere, a failed sign-in, the
 * coverage cell as one link, a search that finds nothing, and screenshots of every screen to look at.
 */
@DemoCorpusApp
class SmallThingsBrowserTest {

    @LocalServerPort
    int port;

    private static WebDriverWait waiting(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
    }

    @Test
    void anAddressThatLeadsNowhereShowsItInsideTheLayoutWithAWayBack() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));

            browser.go("/translate/no-such-page/pt");
            browser.waitForText(By.id("not-found-message"), "No page 'no-such-page' to translate into 'pt'");
            assertThat(browser.driver().findElements(By.id("ui-language"))).as("inside the layout").isNotEmpty();
            browser.screenshot("not-found-en");

            browser.go("/pages/no-such-page");
            browser.waitForText(By.id("not-found-message"), "No page \"no-such-page\"");
            browser.go("/align/no-such-page/ru");
            browser.waitForText(By.id("not-found-message"), "There is no page “no-such-page”");
            browser.go("/no-such-screen");
            browser.waitForText(By.id("not-found-message"), "There is no screen at /no-such-screen.");
            browser.screenshot("not-found-route-en");

            browser.waitFor(By.id("not-found-back")).click();
            browser.waitFor(By.id("coverage-grid"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        }
        try (Browser browser = Browser.open(port, "pt-PT")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/no-such-page/pt");
            browser.waitForText(By.id("not-found-back"), "Voltar à cobertura");
            browser.screenshot("not-found-pt");
        }
    }

    @Test
    void aFailedSignInKeepsTheUserNameAndNeverThePassword() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", "not-the-password");

            waiting(browser).until(ExpectedConditions.urlContains("error"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("not-the-password");
            waiting(browser).until(d -> "admin".equals(browser.waitFor(By.cssSelector("#vaadinLoginUsername input"))
                    .getDomProperty("value")));
            assertThat(browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).getDomProperty("value"))
                    .isEmpty();
            browser.screenshot("login-failed-en");

            // Only the password is typed again.
            browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(DemoCorpusApp.ADMIN_PASSWORD);
            browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
            browser.waitFor(By.id("coverage-grid"));
        }
    }

    @Test
    void theWholeCoverageCellOpensTheEditorNotOnlyItsBadge() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.cssSelector("#coverage-grid a.status-link"));
            WebElement link = browser.driver().findElement(By.cssSelector("#coverage-grid a.status-link"));
            String href = link.getDomAttribute("href");
            // A point near the corner of the grid cell (the shadow DOM cell around the slotted content), away from the badge.
            @SuppressWarnings("unchecked")
            Map<String, Number> corner = (Map<String, Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const cell = arguments[0].parentElement.assignedSlot.parentElement.getBoundingClientRect();
                    return {x: cell.right - 4, y: cell.bottom - 3};""", link);
            Object hit = ((JavascriptExecutor) browser.driver()).executeScript(
                    "const e = document.elementFromPoint(arguments[0], arguments[1]); return e && e.closest('a.status-link') !== null;",
                    corner.get("x"), corner.get("y"));
            assertThat(hit).as("the cell's corner belongs to the link").isEqualTo(true);

            new Actions(browser.driver()).moveToLocation(corner.get("x").intValue(), corner.get("y").intValue()).click()
                    .perform();
            waiting(browser).until(ExpectedConditions.urlContains("/" + href));
            browser.waitFor(By.id("editor-search"));
        }
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        try (Browser browser = Browser.open(port, "ru-RU")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.cssSelector("#coverage-grid a.status-link"));
            browser.driver().findElement(By.cssSelector("#coverage-search input")).sendKeys("no such title at all");
            browser.waitForText(By.id("coverage-grid"), "Ничего не найдено");
            browser.screenshot("coverage-empty-ru");

            browser.go("/translate/borders-in-the-snow/pt");
            browser.waitFor(By.cssSelector("#editor-search input")).sendKeys("no such words at all");
            browser.waitForText(By.id("segments-empty"), "Ничего не найдено");
            browser.screenshot("editor-empty-ru");
        }
    }

    /** Screenshots to look at for cut-off labels: every screen, in three languages, at two window sizes. */
    @Test
    void screenshotsOfEveryScreen() {
        for (String language : new String[] {"en-GB", "ru-RU", "pt-PT"}) {
            try (Browser browser = Browser.open(port, language)) {
                browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
                browser.waitFor(By.cssSelector("#coverage-grid a.status-link"));
                String lang = language.substring(0, 2);
                for (Dimension size : new Dimension[] {new Dimension(1400, 900), new Dimension(1024, 768)}) {
                    browser.driver().manage().window().setSize(size);
                    String suffix = lang + "-" + size.width;
                    browser.go("/");
                    browser.waitFor(By.cssSelector("#coverage-grid a.status-link"));
                    browser.screenshot("all-coverage-" + suffix);
                    browser.go("/pages/borders-in-the-snow");
                    browser.waitFor(By.id("segment-grid"));
                    browser.waitFor(By.id("card-ru"));
                    browser.screenshot("all-page-" + suffix);
                    browser.go("/translate/borders-in-the-snow/pt");
                    browser.waitFor(By.id("editor-search"));
                    browser.waitFor(By.id("target-0"));
                    browser.screenshot("all-editor-" + suffix);
                    browser.go("/align/borders-in-the-snow/ru");
                    browser.waitFor(By.cssSelector(".bead-selected"));
                    browser.screenshot("all-align-" + suffix);
                }
            }
        }
    }
}
