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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing typed is lost: text typed just before a reload (or a lost tab) is kept by the browser and sent
 * when the editor opens again, through the conflict check; the keyboard works as soon as the editor opens;
 * searching a list scrolled to its end logs no error.
 */
@DemoCorpusApp
class EditorDraftsBrowserTest {

    private static final String SLUG = "borders-in-the-snow";
    private static final String PAGE = "/translate/" + SLUG + "/pt";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void resetDemoPage() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG, "counting-the-disappeared");
    }

    @Test
    void typeReloadATenthOfASecondLaterAndTheTextIsThereAndSaved() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            open(browser, PAGE);
            WebElement target = textarea(browser, 2);
            target.click();
            target.sendKeys("Fronteiras na neve, quase perdidas.");
            // Long before the second after which the typing is sent: leaving would warn, and the text survives.
            assertThat(leavingWarns(browser)).isTrue();
            js(browser, "setTimeout(() => location.reload(), 100);");

            waitForValue(browser, 2, "Fronteiras na neve, quase perdidas.");
            browser.waitForText(By.id("status-2"), "Draft");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> "Fronteiras na neve, quase perdidas.".equals(savedText(2)));
            // Confirmed by the server, so the browser forgets it and leaving no longer warns.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !leavingWarns(browser));
            browser.screenshot("editor-draft-restored-en");
        }
    }

    @Test
    void aDraftKeptInTheBrowserMeetsAColleaguesNewerSaveInTheConflictDialog() {
        try (Browser anna = Browser.open(port, "pt-PT"); Browser ben = Browser.open(port, "en-GB")) {
            // Anna typed on the untranslated segment and lost her connection before it was sent: her browser
            // kept the text on version 0. (Written as drafts.js keeps it: a real drop cannot be timed in a test.)
            anna.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            anna.waitFor(By.id("coverage-grid"));
            long segment = jdbc.sql("""
                            select s.id from segment s join page p on p.id = s.page_id
                            where p.slug = :slug and s.position = 1 and s.archived_at is null""")
                    .param("slug", SLUG).query(Long.class).single();
            js(anna, "localStorage.setItem(arguments[0], JSON.stringify({text: 'Texto da Anna.', version: 0, at: Date.now()}));",
                    "interlinea.draft/admin/" + SLUG + "/pt/" + segment);

            open(ben, PAGE);
            WebElement bens = textarea(ben, 1);
            bens.click();
            bens.sendKeys("Texto do Ben.");
            textarea(ben, 3).click();
            ben.waitForText(By.id("status-1"), "Draft");

            // Anna's connection is back: her kept text was typed on the version before Ben's save.
            anna.go(PAGE);
            anna.waitFor(By.id("conflict-dialog"));
            anna.waitForText(By.id("conflict-theirs"), "Texto do Ben.");
            assertThat(anna.driver().findElement(By.id("conflict-mine")).getText()).isEqualTo("Texto da Anna.");
            anna.screenshot("editor-draft-conflict-pt");
            anna.driver().findElement(By.id("conflict-keep-mine")).click();
            new WebDriverWait(anna.driver(), Duration.ofSeconds(20)).until(d -> "Texto da Anna.".equals(savedText(1)));
            assertThat(jdbc.sql("""
                            select h.text from translation_history h join segment s on s.id = h.segment_id
                            join page p on p.id = s.page_id
                            where p.slug = :slug and s.position = 1 and h.language = 'pt' order by h.id""")
                    .param("slug", SLUG).query(String.class).list()).containsExactly("Texto do Ben.", "Texto da Anna.");
            new WebDriverWait(anna.driver(), Duration.ofSeconds(20)).until(d -> !leavingWarns(anna));
        }
    }

    @Test
    void f1WorksAsSoonAsTheEditorOpens() {
        try (Browser browser = Browser.open(port, "ru-RU")) {
            open(browser, PAGE);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "target-0".equals(js(browser, """
                    const a = document.activeElement; const t = a && a.closest && a.closest('.target-editor');
                    return t && a.isContentEditable ? t.id : null;""")));
            new Actions(browser.driver()).sendKeys(Keys.F1).perform();
            browser.waitFor(By.id("help-dialog"));
            browser.screenshot("editor-opens-focused-help-ru");
        }
    }

    @Test
    void searchingAfterScrollingToTheEndLogsNoError() {
        String slug = "counting-the-disappeared";
        List<String> sources = jdbc.sql("""
                        select s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null order by s.position""")
                .param("slug", slug).query(String.class).list();
        int last = sources.size() - 1;
        String word = "forensic";
        long matching = sources.stream().filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains(word)).count();
        assertThat(last).isGreaterThan(40);
        assertThat(matching).isPositive().isLessThan(last / 2);
        try (Browser browser = Browser.open(port, "en-GB")) {
            open(browser, "/translate/" + slug + "/pt");
            js(browser, "document.getElementById('segments').scrollToIndex(arguments[0]);", last);
            WebElement end = textarea(browser, last);
            end.click();
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("f").keyUp(Keys.CONTROL).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(browser,
                    "const a = document.activeElement; return !!a && !!a.closest && !!a.closest('#editor-search');")));
            new Actions(browser.driver()).sendKeys(word).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> shownSources(browser).size() == matching
                    && shownSources(browser).stream().allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(word)));
            browser.screenshot("editor-search-after-scroll-en");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * Whether leaving the page now would ask first (WebDriver accepts real beforeunload prompts by itself, so
     * the test asks the page's handler directly).
     */
    private static boolean leavingWarns(Browser browser) {
        return Boolean.TRUE.equals(js(browser, """
                const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);
                return e.defaultPrevented;"""));
    }

    private static void open(Browser browser, String page) {
        browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
        browser.waitFor(By.id("coverage-grid"));
        browser.go(page);
        browser.waitForText(By.id("progress"), " / ");
        textarea(browser, 0);
    }

    private String savedText(int position) {
        return jdbc.sql("""
                        select t.text from translation t join segment s on s.id = t.segment_id
                        join page p on p.id = s.page_id
                        where p.slug = :slug and s.position = :position and t.language = 'pt'""")
                .param("slug", SLUG).param("position", position).query(String.class).optional().orElse(null);
    }

    private static WebElement textarea(Browser browser, int n) {
        return browser.waitFor(By.cssSelector("#target-" + n + " [contenteditable=true]"));
    }

    private static void waitForValue(Browser browser, int n, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "target-" + n + " is '" + textarea(browser, n).getDomProperty("value") + "'")
                .until(d -> value.equals(textarea(browser, n).getDomProperty("value")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownSources(Browser browser) {
        return (List<String>) js(browser, "return Array.from(document.querySelectorAll('#segments .segment-row'))"
                + ".filter(r => r.offsetParent !== null && !r.closest('[hidden]'))"
                + ".map(r => r.querySelector('.segment-source').textContent);");
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
