package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.SaveOutage;
import org.interlinea.support.TranslationsReset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An autosave that fails on the server (here: the database refuses every write of a translation) shows the row
 * as not saved, keeps the text, and is sent again by itself; once the database takes writes again the row ends
 * saved with the text, and the browser forgets its copy.
 */
@DemoCorpusApp
class SaveRetryBrowserTest {

    private static final String SLUG = "borders-in-the-snow";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void reset() {
        SaveOutage.end(jdbc);
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
    }

    @Test
    void aFailedAutosaveIsRetriedUntilTheRowIsSaved() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/" + SLUG + "/pt");
            browser.waitForText(By.id("progress"), " / ");

            SaveOutage.start(jdbc);
            WebElement target = textarea(browser, 2);
            target.click();
            target.sendKeys("Fronteiras na neve, durante a falha.");
            textarea(browser, 3).click();  // leaving the row sends it at once
            browser.waitForText(By.id("state-2"), "Not saved – retrying");
            browser.screenshot("editor-save-retrying-en");
            // The first retry (after 2 s) fails too: still not saved, the text still there.
            sleep(Duration.ofMillis(2500));
            assertThat(browser.driver().findElement(By.id("state-2")).getText()).isEqualTo("Not saved – retrying");
            assertThat(textarea(browser, 2).getDomProperty("value")).isEqualTo("Fronteiras na neve, durante a falha.");
            assertThat(savedText()).isNull();
            assertThat(leavingWarns(browser)).isTrue();

            SaveOutage.end(jdbc);
            // The next retry (5 s after the first) goes through without anyone touching the row.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> "Fronteiras na neve, durante a falha.".equals(savedText()));
            browser.waitForText(By.id("state-2"), "Saved");
            browser.waitForText(By.id("status-2"), "Draft");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !leavingWarns(browser));
            browser.screenshot("editor-save-retried-en");
        }
    }

    /** The row's own script (target-editor.js, loaded once) marks it unsaved on input, before any sync. */
    @Test
    void inputMarksTheRowUnsavedInTheBrowser() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/" + SLUG + "/pt");
            browser.waitForText(By.id("progress"), " / ");
            textarea(browser, 2);
            // an input event that changes nothing: the server hears of no edit, only the browser's label moves
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('target-2').dispatchEvent(new Event('input', {bubbles: true}));");
            browser.waitForText(By.id("state-2"), "Unsaved");
            assertThat(browser.driver().findElement(By.id("state-2")).getAttribute("class")).contains("save-unsaved");
        }
    }

    private String savedText() {
        return jdbc.sql("""
                        select t.text from translation t join segment s on s.id = t.segment_id
                        join page p on p.id = s.page_id
                        where p.slug = :slug and s.position = 2 and t.language = 'pt'""")
                .param("slug", SLUG).query(String.class).optional().orElse(null);
    }

    private static boolean leavingWarns(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);
                return e.defaultPrevented;"""));
    }

    private static WebElement textarea(Browser browser, int n) {
        return browser.waitFor(By.cssSelector("#target-" + n + " [contenteditable=true]"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
