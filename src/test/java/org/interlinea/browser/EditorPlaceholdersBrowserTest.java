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

/** Placeholder tokens in a target cannot be broken: not by typing in them, not by deleting part of one. */
@DemoCorpusApp
class EditorPlaceholdersBrowserTest {

    private static final String SLUG = "radio-for-the-night-shift";
    private static final String TEXT = "<1>Entrevistador:</1> Quem ouve{2} o programa?";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void resetDemoPage() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
    }

    @Test
    void tokensStayWholeWhateverTheKeysDo() {
        int n = jdbc.sql("""
                        select s.position from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null and s.source_text like '<1>%'
                        order by s.position limit 1""")
                .param("slug", SLUG).query(Integer.class).single();
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/" + SLUG + "/pt");
            WebElement ta = browser.waitFor(By.cssSelector("#target-" + n + " textarea"));
            ta.click();
            int open = TEXT.indexOf("<1>");
            int close = TEXT.indexOf("</1>");
            int isolated = TEXT.indexOf("{2}");

            // Caret put inside "<1>" moves to an edge of it; a letter typed there leaves the token whole.
            reset(browser, ta);
            caret(browser, ta, open + 2);
            int snapped = waitForCaretAt(browser, ta, open, open + 3);
            keys(browser, "x");
            String typed = value(ta);
            assertThat(typed).isIn(insert(TEXT, snapped, "x"));
            assertThat(typed).contains("<1>");

            // Backspace right after "</1>" and Delete right before "{2}" take the whole token.
            reset(browser, ta);
            caret(browser, ta, close + 4);
            keys(browser, Keys.BACK_SPACE);
            assertThat(value(ta)).isEqualTo(TEXT.replace("</1>", ""));

            reset(browser, ta);
            caret(browser, ta, isolated);
            keys(browser, Keys.DELETE);
            assertThat(value(ta)).isEqualTo(TEXT.replace("{2}", ""));

            // Backspace with the caret put inside "</1>": the token is intact, or gone as a whole.
            reset(browser, ta);
            caret(browser, ta, close + 2);
            waitForCaretAt(browser, ta, close, close + 4);
            keys(browser, Keys.BACK_SPACE);
            assertThat(value(ta)).isIn(TEXT.replace("</1>", ""),
                    TEXT.substring(0, close - 1) + TEXT.substring(close));

            // Caret inside "{2}" moves out; a selection that cuts into a token takes all of it when replaced.
            reset(browser, ta);
            caret(browser, ta, isolated + 1);
            waitForCaretAt(browser, ta, isolated, isolated + 3);
            select(browser, ta, isolated - 2, isolated + 1);
            keys(browser, "y");
            assertThat(value(ta)).isEqualTo(TEXT.substring(0, isolated - 2) + "y" + TEXT.substring(isolated + 3));

            // What the browser shows is what the server saves.
            String shown = value(ta);
            browser.waitFor(By.cssSelector("#target-" + (n + 1) + " textarea")).click();
            browser.waitForText(By.id("status-" + n), "Draft");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> shown.equals(saved(n)));
        }
    }

    private String saved(int n) {
        return jdbc.sql("""
                        select t.text from translation t join segment s on s.id = t.segment_id
                        join page p on p.id = s.page_id
                        where p.slug = :slug and s.position = :n and t.language = 'pt'""")
                .param("slug", SLUG).param("n", n).query(String.class).optional().orElse(null);
    }

    private static List<String> insert(String text, int at, String what) {
        return List.of(text.substring(0, at) + what + text.substring(at));
    }

    private static String value(WebElement ta) {
        return ta.getDomProperty("value");
    }

    /** To the focused field as it is (sendKeys on the element may move the caret first). */
    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static void reset(Browser browser, WebElement ta) {
        js(browser, "arguments[0].focus(); arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", ta, TEXT);
    }

    private static void caret(Browser browser, WebElement ta, int at) {
        select(browser, ta, at, at);
    }

    private static void select(Browser browser, WebElement ta, int start, int end) {
        js(browser, "arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);", ta, start, end);
    }

    private static int waitForCaretAt(Browser browser, WebElement ta, int... allowed) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> {
            Object start = js(browser, "return arguments[0].selectionStart === arguments[0].selectionEnd"
                    + " ? arguments[0].selectionStart : -1", ta);
            int at = ((Number) start).intValue();
            for (int a : allowed) {
                if (a == at) {
                    return at;
                }
            }
            return null;
        });
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
