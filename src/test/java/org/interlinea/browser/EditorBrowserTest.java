package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.TranslationsReset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A translator types, confirms with the keyboard and finds it saved; two translators meet on one segment. */
@DemoCorpusApp
class EditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void resetDemoPages() {
        TranslationsReset.clear(jdbc, availability, "pt", "radio-for-the-night-shift", "the-glacier-archive");
    }

    private static WebElement editable(Browser browser, int n) {
        return browser.waitFor(By.cssSelector("#target-" + n + " [contenteditable=true]"));
    }

    private static String value(Browser browser, int n) {
        return editable(browser, n).getDomProperty("value");
    }

    @Test
    void typeConfirmReloadAndFindItSaved() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/radio-for-the-night-shift/pt");
            browser.waitForText(By.id("progress"), "0 / ");
            WebElement target = editable(browser, 0);
            target.click();
            target.sendKeys("Rádio para o turno da noite");
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

            browser.waitForText(By.id("status-0"), "Translated");
            browser.waitForText(By.id("progress"), "1 / ");
            browser.screenshot("editor-en");

            browser.driver().navigate().refresh();
            browser.waitForText(By.id("status-0"), "Translated");
            assertThat(value(browser, 0)).isEqualTo("Rádio para o turno da noite");
            assertThat(browser.driver().findElement(By.id("progress")).getText()).startsWith("1 / ");

            editable(browser, 1).sendKeys(Keys.F1);
            browser.waitFor(By.id("help-dialog"));
            browser.screenshot("editor-help-en");
        }
    }

    @Test
    void twoTranslatorsOnOneSegmentSeeTheConflictAndKeepBothTexts() {
        String page = "/translate/the-glacier-archive/pt";
        try (Browser anna = Browser.open(port, "ru-RU"); Browser ben = Browser.open(port, "en-GB")) {
            for (Browser b : List.of(anna, ben)) {
                b.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
                b.waitFor(By.id("coverage-grid"));
                b.go(page);
                editable(b, 1);
            }
            // Anna is in the segment; Ben saves it first.
            editable(anna, 1).click();
            anna.waitForText(By.id("presence"), "admin");
            WebElement bens = editable(ben, 1);
            bens.click();
            bens.sendKeys("Texto do Ben.");
            editable(ben, 2).click();
            ben.waitForText(By.id("status-1"), "Draft");
            anna.waitForText(By.id("row-1"), "admin");

            editable(anna, 1).sendKeys("Texto da Anna.");
            WebElement dialog = anna.waitFor(By.id("conflict-dialog"));
            anna.waitForText(By.id("conflict-theirs"), "Texto do Ben.");
            assertThat(anna.driver().findElement(By.id("conflict-mine")).getText()).isEqualTo("Texto da Anna.");
            anna.screenshot("editor-conflict-ru");

            WebElement merged = anna.waitFor(By.cssSelector("#conflict-merged textarea"));
            merged.clear();
            merged.sendKeys("Texto do Ben e da Anna.");
            anna.driver().findElement(By.id("conflict-save-merged")).click();
            new WebDriverWait(anna.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(By.id("conflict-dialog")).isEmpty());
            assertThat(dialog).isNotNull();

            List<String> texts = jdbc.sql("""
                            select h.text from translation_history h join segment s on s.id = h.segment_id
                            join page p on p.id = s.page_id
                            where p.slug = 'the-glacier-archive' and s.position = 1 and h.language = 'pt'
                            order by h.id""").query(String.class).list();
            assertThat(texts).containsExactly("Texto do Ben.", "Texto do Ben e da Anna.");
            // Ben's editor shows Anna's merge without reloading (push).
            new WebDriverWait(ben.driver(), Duration.ofSeconds(20))
                    .until(d -> "Texto do Ben e da Anna.".equals(value(ben, 1)));
            ben.screenshot("editor-after-merge-en");
        }
    }
}
