package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.TranslationsReset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole page translated with the keyboard alone: the caret starts in the first segment; copy the source or type
 * and wrap with a placeholder, confirm and go on with Ctrl+Enter until the page is READY; moving, search
 * and help by their shortcuts too.
 */
@DemoCorpusApp
class EditorKeyboardOnlyBrowserTest {

    private static final String SLUG = "radio-for-the-night-shift";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;
    @Autowired
    CoverageService coverage;

    @AfterEach
    void resetDemoPage() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
    }

    @Test
    void translateAWholePageWithTheKeyboardAlone() {
        List<String> sources = jdbc.sql("""
                        select s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null order by s.position""")
                .param("slug", SLUG).query(String.class).list();
        int total = sources.size();
        int wrapped = sources.indexOf(sources.stream().filter(s -> s.matches("<1>[^<]+</1> [^<{]+")).findFirst()
                .orElseThrow());
        assertThat(coverage.page(SLUG).orElseThrow().cell("pt").status()).isEqualTo(Availability.MISSING);

        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/" + SLUG + "/pt");
            browser.waitForText(By.id("progress"), "0 / " + total);
            browser.waitFor(By.cssSelector("#target-0 [contenteditable=true]"));
            // The editor opens with the caret in the first unfinished segment: no Tab, no click needed.
            waitForFocus(browser, "target-0");

            for (int n = 0; n < total; n++) {
                waitForFocus(browser, "target-" + n);
                String expected;
                if (n == wrapped) {
                    // Type the label, select it, wrap it in placeholder 1, then type the rest.
                    String label = "Entrevistador:";
                    keys(browser, label);
                    press(browser, Keys.HOME, Keys.SHIFT);
                    press(browser, "1", Keys.CONTROL, Keys.SHIFT);
                    waitForValue(browser, n, "<1>" + label + "</1>");
                    keys(browser, Keys.END);
                    keys(browser, " Quem ouve o seu programa?");
                    expected = "<1>" + label + "</1> Quem ouve o seu programa?";
                } else {
                    press(browser, "s", Keys.CONTROL, Keys.SHIFT);
                    waitForValue(browser, n, sources.get(n));
                    press(browser, Keys.HOME, Keys.CONTROL);
                    keys(browser, "[pt] ");
                    expected = "[pt] " + sources.get(n);
                }
                waitForValue(browser, n, expected);
                press(browser, Keys.ENTER, Keys.CONTROL);
                browser.waitForText(By.id("status-" + n), "Translated");
                browser.waitForText(By.id("progress"), (n + 1) + " / " + total);

                if (n == 0) {
                    // Alt+Down / Alt+Up move between segments without confirming anything.
                    waitForFocus(browser, "target-1");
                    press(browser, Keys.ARROW_DOWN, Keys.ALT);
                    waitForFocus(browser, "target-2");
                    press(browser, Keys.ARROW_UP, Keys.ALT);
                    waitForFocus(browser, "target-1");
                }
            }
            browser.waitForText(By.id("progress"), total + " / " + total);
            assertThat(savedTexts()).hasSize(total).allSatisfy(t -> assertThat(t).isNotBlank());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                    coverage.page(SLUG).orElseThrow().cell("pt").status() == Availability.READY);
            browser.screenshot("editor-keyboard-only-done");

            // Ctrl+F goes to the search, which narrows the rows.
            press(browser, "f", Keys.CONTROL);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                    Boolean.TRUE.equals(js(browser, "const a = document.activeElement;"
                            + " return !!a && !!a.closest && !!a.closest('#editor-search');")));
            keys(browser, "Interviewer");
            long matching = sources.stream().filter(s -> s.toLowerCase().contains("interviewer")).count();
            assertThat(matching).isPositive().isLessThan(total);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .withMessage(() -> "rows shown: " + shownSources(browser) + ", expected " + matching)
                    .until(d -> {
                        List<String> shown = shownSources(browser);
                        return shown.size() == matching && shown.stream().allMatch(t -> t.contains("Interviewer"));
                    });

            // F1 lists the shortcuts.
            keys(browser, Keys.F1);
            browser.waitFor(By.id("help-dialog"));
            browser.waitForText(By.cssSelector("vaadin-dialog-overlay, #help-dialog"), "Ctrl+Enter");
            String help = String.valueOf(js(browser, "return document.querySelector('.shortcut-list').textContent"));
            assertThat(help).contains("Ctrl+Enter", "Alt+↑ / Alt+↓", "Ctrl+Shift+S", "Ctrl+F", "F1");
        }
    }

    private List<String> savedTexts() {
        return jdbc.sql("""
                        select t.text from translation t join segment s on s.id = t.segment_id
                        join page p on p.id = s.page_id
                        where p.slug = :slug and t.language = 'pt' and t.status = 'TRANSLATED'
                          and s.archived_at is null""")
                .param("slug", SLUG).query(String.class).list();
    }

    /** The source texts of the rows the list shows (it keeps recycled rows hidden). */
    @SuppressWarnings("unchecked")
    private static List<String> shownSources(Browser browser) {
        return (List<String>) js(browser, "return Array.from(document.querySelectorAll('#segments .segment-row'))"
                + ".filter(r => r.offsetParent !== null && !r.closest('[hidden]'))"
                + ".map(r => r.querySelector('.segment-source').textContent);");
    }

    private static String focusedTarget(Browser browser) {
        Object id = js(browser, "const a = document.activeElement; const t = a && a.closest && a.closest('.target-editor');"
                + " return t && a.isContentEditable ? t.id : null;");
        return id == null ? null : id.toString();
    }

    private static void waitForFocus(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "focus in " + focusedTarget(browser) + " (" + js(browser,
                        "return document.activeElement && document.activeElement.outerHTML.substring(0, 120)")
                        + "), expected in " + id + "; progress " + browser.driver().findElement(By.id("progress")).getText())
                .until(d -> id.equals(focusedTarget(browser)));
    }

    private static void waitForValue(Browser browser, int n, String value) {
        By target = By.cssSelector("#target-" + n + " [contenteditable=true]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "target-" + n + " is '" + browser.driver().findElement(target).getDomProperty("value")
                        + "', focus in " + focusedTarget(browser) + ", expected '" + value + "'")
                .until(d -> value.equals(d.findElement(target).getDomProperty("value")));
    }

    /** A key with modifiers held down, to whatever has the focus. */
    private static void press(Browser browser, CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(browser.driver());
        for (Keys modifier : modifiers) {
            actions = actions.keyDown(modifier);
        }
        actions = actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions = actions.keyUp(modifier);
        }
        actions.perform();
    }

    /** To whatever has the focus, as a person typing. */
    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
