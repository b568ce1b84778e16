package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Placeholders in a target are chips: they cannot be typed into, a pair is deleted as a pair, a paste brings
 * text only, and Ctrl+Shift+n puts a placeholder in place before the keys typed right after it.
 */
@DemoCorpusApp
class EditorPlaceholdersBrowserTest {

    private static final String SLUG = "radio-for-the-night-shift";
    private static final String TEXT = "<1>Entrevistador:</1> Quem ouve{2} o programa?";
    private static final String WITHOUT_PAIR = "Entrevistador: Quem ouve{2} o programa?";

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

    /** The first segment of the demo page whose source starts with a pair ("<1>Interviewer:</1> Who ..."). */
    private int segmentWithPair() {
        return jdbc.sql("""
                        select s.position from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null and s.source_text like '<1>%'
                        order by s.position limit 1""")
                .param("slug", SLUG).query(Integer.class).single();
    }

    @Test
    void chipsAreWholeAndPairsGoAsPairs() {
        int n = segmentWithPair();
        try (Browser browser = Browser.open(port, "en-GB")) {
            WebElement host = open(browser, n);

            reset(browser, host, TEXT);
            assertThat(host.findElements(By.cssSelector(".target-editable > .placeholder[contenteditable=false]")))
                    .extracting(WebElement::getText).containsExactly("‹1", "1›", "{2}");
            assertThat(host.findElements(By.tagName("textarea"))).isEmpty();
            browser.screenshot("editor-target-chips-en");

            // Backspace after the opening chip, or Delete before the closing one: the pair goes, its text stays.
            caret(browser, host, 3);
            keys(browser, Keys.BACK_SPACE);
            assertThat(value(host)).isEqualTo(WITHOUT_PAIR);
            reset(browser, host, TEXT);
            caret(browser, host, TEXT.indexOf("</1>"));
            keys(browser, Keys.DELETE);
            assertThat(value(host)).isEqualTo(WITHOUT_PAIR);
            // Ctrl+Z brings the pair back.
            press(browser, "z", Keys.CONTROL);
            assertThat(value(host)).isEqualTo(TEXT);

            // Delete before the isolated chip takes just it.
            reset(browser, host, TEXT);
            caret(browser, host, TEXT.indexOf("{2}"));
            keys(browser, Keys.DELETE);
            assertThat(value(host)).isEqualTo(TEXT.replace("{2}", ""));

            // A selection that begins inside a token takes the whole token (and so the pair) when typed over.
            reset(browser, host, TEXT);
            select(browser, host, 1, 5);
            keys(browser, "y");
            assertThat(value(host)).isEqualTo("y" + WITHOUT_PAIR.substring(2));

            // Typing next to a chip goes beside it, never into it.
            reset(browser, host, TEXT);
            caret(browser, host, 3);
            keys(browser, "O ");
            assertThat(value(host)).isEqualTo("<1>O Entrevistador:</1> Quem ouve{2} o programa?");

            // A paste is text: placeholder syntax in it is dropped, never a chip.
            reset(browser, host, TEXT);
            caret(browser, host, TEXT.length());
            paste(browser, host, " <1>sim</1>{3}!");
            assertThat(value(host)).isEqualTo(TEXT + " sim!");
            assertThat(host.findElements(By.cssSelector(".placeholder"))).hasSize(3);

            // Cut and paste moves a pair: it arrives whole where it is pasted, and only once.
            reset(browser, host, TEXT);
            select(browser, host, 0, TEXT.indexOf("</1>") + 4);
            js(browser, """
                    window.__clip = new DataTransfer();
                    arguments[0].querySelector('[contenteditable=true]').dispatchEvent(
                      new ClipboardEvent('cut', { clipboardData: window.__clip, bubbles: true, cancelable: true }));""",
                    host);
            assertThat(value(host)).isEqualTo(" Quem ouve{2} o programa?");
            caret(browser, host, value(host).length());
            pasteClip(browser, host);
            assertThat(value(host)).isEqualTo(" Quem ouve{2} o programa?<1>Entrevistador:</1>");
            pasteClip(browser, host);
            assertThat(value(host)).isEqualTo(" Quem ouve{2} o programa?<1>Entrevistador:</1>Entrevistador:");

            // A click on a source chip wraps what was selected before the click.
            reset(browser, host, WITHOUT_PAIR);
            select(browser, host, 0, "Entrevistador:".length());
            browser.driver().findElement(By.cssSelector("#source-" + n + " .placeholder-open")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> TEXT.equals(value(host)));

            // What the browser shows is what the server saves.
            reset(browser, host, TEXT);
            caret(browser, host, TEXT.length() - 1);
            keys(browser, " agora");
            String shown = value(host);
            assertThat(shown).isEqualTo("<1>Entrevistador:</1> Quem ouve{2} o programa agora?");
            browser.waitFor(By.cssSelector("#target-" + (n + 1) + " [contenteditable=true]")).click();
            browser.waitForText(By.id("status-" + n), "Draft");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> shown.equals(saved(n)));
        }
    }

    /** Issue 8, point 5: select a word, Ctrl+Shift+1, End and type, with no pause between the keys. */
    @Test
    void aPlaceholderShortcutLandsBeforeTheKeysTypedRightAfterIt() {
        int n = segmentWithPair();
        try (Browser browser = Browser.open(port, "pt-PT")) {
            WebElement host = open(browser, n);
            // With nothing selected the caret goes between the pair's chips, so the next key fills the pair.
            reset(browser, host, "Sim?");
            caret(browser, host, 0);
            new Actions(browser.driver())
                    .keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("1").keyUp(Keys.SHIFT).keyUp(Keys.CONTROL)
                    .sendKeys("Entrevistador:").sendKeys(Keys.END).sendKeys("!")
                    .perform();
            assertThat(value(host)).isEqualTo("<1>Entrevistador:</1>Sim?!");

            // The race.
            reset(browser, host, "Entrevistador: Quem ");
            select(browser, host, 0, "Entrevistador:".length());
            new Actions(browser.driver())
                    .keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("1").keyUp(Keys.SHIFT).keyUp(Keys.CONTROL)
                    .sendKeys(Keys.END).sendKeys("ouve o seu programa?")
                    .perform();
            String expected = "<1>Entrevistador:</1> Quem ouve o seu programa?";
            assertThat(value(host)).isEqualTo(expected);
            browser.screenshot("editor-target-chips-pt");

            // Confirmed, it is saved as shown.
            press(browser, Keys.ENTER, Keys.CONTROL);
            browser.waitFor(By.cssSelector("#status-" + n + ".status-translated"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> expected.equals(saved(n)));
        }
    }

    /** Issue 8, point 5: what the race produced must not pass Ctrl+Enter. */
    @Test
    void ctrlEnterDoesNotConfirmAPairThatSplitsAWord() {
        int n = segmentWithPair();
        try (Browser browser = Browser.open(port, "en-GB")) {
            WebElement host = open(browser, n);
            reset(browser, host, "E<1></1>ntrevistador: Quem ouve o seu programa?");
            press(browser, Keys.ENTER, Keys.CONTROL);
            browser.waitForText(By.id("issues-" + n), "Placeholders split a word: E<1></1>ntrevistador:");
            assertThat(browser.driver().findElement(By.id("status-" + n)).getText()).isNotEqualTo("Translated");
            browser.screenshot("editor-split-word-blocked-en");
        }
    }

    /**
     * Issue 10, point 7: text that looks like a placeholder ({@code {\1}} in the value, as a page's own "{1}"
     * is coded) is text in the box, not a chip: shown as "{1}", edited as text, typed as text.
     */
    @Test
    void textThatLooksLikeAPlaceholderIsTextInTheBox() {
        int n = segmentWithPair();
        String literal = "<1>Entrevistador:</1> Escreva {\\1} ou <\\1> aqui{2}.";
        try (Browser browser = Browser.open(port, "pt-PT")) {
            WebElement host = open(browser, n);
            reset(browser, host, literal);
            assertThat(host.findElements(By.cssSelector(".target-editable > .placeholder")))
                    .extracting(WebElement::getText).containsExactly("‹1", "1›", "{2}");
            assertThat(host.findElement(By.cssSelector(".target-editable")).getText())
                    .contains("Escreva {1} ou <1> aqui");
            assertThat(value(host)).isEqualTo(literal);

            // Backspace takes one character of it, as of any text; typed back, it is the same text again.
            int after = literal.indexOf("{\\1}") + 4;
            caret(browser, host, after);
            keys(browser, Keys.BACK_SPACE);
            assertThat(value(host)).isEqualTo("<1>Entrevistador:</1> Escreva {1 ou <\\1> aqui{2}.");
            keys(browser, "}");
            assertThat(value(host)).isEqualTo(literal);

            // Typed at the end, placeholder syntax is text too; the server saves what the box holds.
            caret(browser, host, literal.length());
            keys(browser, " <2>{3}");
            String typed = literal + " <\\2>{\\3}";
            assertThat(value(host)).isEqualTo(typed);
            assertThat(host.findElements(By.cssSelector(".target-editable > .placeholder"))).hasSize(3);
            browser.screenshot("editor-target-literal-pt");
            browser.waitFor(By.cssSelector("#target-" + (n + 1) + " [contenteditable=true]")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> typed.equals(saved(n)));
        }
    }

    /** A copy from the page's column pastes as the page has it: its placeholders, and its own "{1}" as text. */
    @Test
    void aCopyFromTheSourceColumnPastesAsThePageHasIt() {
        int n = segmentWithPair();
        String source = jdbc.sql("""
                        select s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.position = :n""")
                .param("slug", SLUG).param("n", n).query(String.class).single();
        try (Browser browser = Browser.open(port, "en-GB")) {
            WebElement host = open(browser, n);
            reset(browser, host, "");
            // The server shows a page's own "{1}" as a text node (LiteralPlaceholderTextTest); this line has none.
            js(browser, "document.getElementById('source-' + arguments[0]).append(' Type {1}.');", n);
            js(browser, """
                    const range = document.createRange();
                    range.selectNodeContents(document.getElementById('source-' + arguments[0]));
                    getSelection().removeAllRanges(); getSelection().addRange(range);
                    window.__clip = new DataTransfer();
                    document.getElementById('source-' + arguments[0]).dispatchEvent(
                      new ClipboardEvent('copy', { clipboardData: window.__clip, bubbles: true, cancelable: true }));""",
                    n);
            assertThat(js(browser, "return window.__clip.getData('application/x-interlinea-target');"))
                    .isEqualTo(source + " Type {\\1}.");
            caret(browser, host, 0);
            pasteClip(browser, host);
            assertThat(value(host)).isEqualTo(source + " Type {\\1}.");
            assertThat(host.findElements(By.cssSelector(".target-editable > .placeholder")))
                    .hasSize(browser.driver().findElements(By.cssSelector("#source-" + n + " .placeholder")).size())
                    .isNotEmpty();
        }
    }

    private WebElement open(Browser browser, int n) {
        browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
        browser.waitFor(By.id("coverage-grid"));
        browser.go("/translate/" + SLUG + "/pt");
        browser.waitFor(By.cssSelector("#target-" + n + " [contenteditable=true]")).click();
        WebElement host = browser.driver().findElement(By.id("target-" + n));
        js(browser, "arguments[0].scrollIntoView({ block: 'center' });", host);
        return host;
    }

    private String saved(int n) {
        return jdbc.sql("""
                        select t.text from translation t join segment s on s.id = t.segment_id
                        join page p on p.id = s.page_id
                        where p.slug = :slug and s.position = :n and t.language = 'pt'""")
                .param("slug", SLUG).param("n", n).query(String.class).optional().orElse(null);
    }

    private static String value(WebElement host) {
        return host.getDomProperty("value");
    }

    /** To the focused field as it is (sendKeys on the element may move the caret first). */
    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static void press(Browser browser, CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(browser.driver());
        for (Keys modifier : modifiers) {
            actions.keyDown(modifier);
        }
        actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions.keyUp(modifier);
        }
        actions.perform();
    }

    private static void reset(Browser browser, WebElement host, String text) {
        js(browser, "arguments[0].focus(); arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", host, text);
    }

    private static void caret(Browser browser, WebElement host, int at) {
        select(browser, host, at, at);
    }

    private static void select(Browser browser, WebElement host, int start, int end) {
        js(browser, "window.interlineaTarget.select(arguments[0], arguments[1], arguments[2]);", host, start, end);
    }

    private static void paste(Browser browser, WebElement host, String text) {
        js(browser, """
                const data = new DataTransfer(); data.setData('text/plain', arguments[1]);
                arguments[0].querySelector('[contenteditable=true]').dispatchEvent(
                  new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
                host, text);
    }

    private static void pasteClip(Browser browser, WebElement host) {
        js(browser, """
                arguments[0].querySelector('[contenteditable=true]').dispatchEvent(
                  new ClipboardEvent('paste', { clipboardData: window.__clip, bubbles: true, cancelable: true }));""",
                host);
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
