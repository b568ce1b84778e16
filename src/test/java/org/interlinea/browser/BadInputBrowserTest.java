package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.interlinea.content.ContentSyncService;
import org.interlinea.publish.PublishService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bad-input catalogue in the browser. Script and HTML in a page's title and text, in a file name and in a
 * user name are shown as text on every screen that shows them, and never run: each payload would set
 * {@code window.__xss} (inline handlers are allowed by the UI's CSP, so an injection would run) and its broken
 * image would log a console error, which fails the test at {@link Browser#close()}. Odd but valid file names
 * work from the coverage link to the API, and a 50,000-character paragraph opens in the editor and takes typing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "interlinea.admin-password=" + BadInputBrowserTest.PASSWORD)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputBrowserTest {

    static final String PASSWORD = "bad-input-password";
    static final ContentFixture content = new ContentFixture();

    static final String TITLE = "<script>window.__xss='title-script'</script>\"><img src=x onerror=\"window.__xss='title'\">";
    static final String SENTENCE = "Say <img src=x onerror=\"window.__xss='text'\"> aloud.";
    static final String FILE_NAME = "\"><img src=x onerror=window.__xss=4>.html";
    static final String USER = "<img src=x onerror=\"window.__xss='user'\">";
    static final String USER_PASSWORD = "hostile-user-password";
    static final String ODD_SLUG = "q-and-a_2.0";

    @LocalServerPort
    int port;
    @Autowired
    ContentSyncService sync;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TranslationService translations;
    @Autowired
    PublishService publish;

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String hostilePage(String lang, String title, String sentence, String second) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p><p>%s</p><p>%s</p></body></html>
                """.formatted(lang, escaped(title), escaped(title), escaped(sentence), second,
                lang.equals("ru") ? "Нажмите <b>здесь</b> сейчас." : "Press <b>here</b> now.");
    }

    @BeforeAll
    void hostileContentAndUser() throws IOException {
        content.clear();
        Database.clear(jdbc);
        jdbc.sql("delete from app_user where username <> 'admin'").update();
        content.write("en", "xss-page", hostilePage("en", TITLE, SENTENCE, "The second paragraph has no markup, but "
                + "it has enough words for the page to read as a page rather than as a list of tags and letters."));
        // A real translation (a copy of the English page would not be aligned).
        content.write("ru", "xss-page", hostilePage("ru", TITLE.replace("window", "окно"),
                "Скажите <img src=x onerror=\"window.__xss='text'\"> вслух.",
                "Во втором абзаце нет разметки, зато в нём достаточно русских слов, чтобы страница читалась как "
                        + "перевод, а не как копия английской страницы с её латинскими буквами."));
        Files.writeString(content.root().resolve("en").resolve(FILE_NAME),
                hostilePage("en", TITLE, SENTENCE, "A file that cannot be a page."));
        content.write("en", ODD_SLUG, ContentFixture.page("en", "Questions and answers, 2.0", "2026-03-14", 3,
                "<p>What is asked most?</p>"));
        StringBuilder endless = new StringBuilder();
        for (int i = 0; endless.length() < 50_000; i++) {
            endless.append("the volunteers walk the pass").append(i % 9 == 8 ? ", " : " ");
        }
        content.write("en", "endless", ContentFixture.page("en", "Endless", "2026-03-14", 3,
                "<p>" + endless.toString().strip() + "</p>"));
        sync.syncAndWait("test");
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, roles)
                        values (:name, :hash, :name, '{ADMIN}')""")
                .param("name", USER).param("hash", passwords.encode(USER_PASSWORD)).update();
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** The text of everything the selector finds (slotted grid cells and overlays included). */
    private static String text(Browser browser, String selector) {
        return (String) js(browser, "return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.textContent).join(' | ');", selector);
    }

    private static void waitForText(Browser browser, String selector, String expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .withMessage(() -> selector + " shows: " + text(browser, selector))
                .until(d -> text(browser, selector).contains(expected));
    }

    /** Nothing planted ran and no planted element exists. */
    private static void nothingRan(Browser browser, String where) {
        assertThat(js(browser, "return window.__xss === undefined ? null : String(window.__xss);")).as(where).isNull();
        assertThat(js(browser, "return document.querySelectorAll('img[src=\"x\"], script:not([src])').length"
                + " - document.querySelectorAll('head script:not([src]), body > script:not([src])').length;"))
                .as(where + ": planted elements").isEqualTo(0L);
    }

    private void signIn(Browser browser, String user, String password) {
        browser.signIn(user, password);
        browser.waitFor(By.id("coverage-grid"));
    }

    @Test
    void scriptAndHtmlInTitlesTextAndFileNamesAreShownAsTextOnEveryScreen() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            signIn(browser, "admin", PASSWORD);
            waitForText(browser, "#coverage-grid vaadin-grid-cell-content", TITLE);
            nothingRan(browser, "coverage");
            browser.waitFor(By.cssSelector("#sync-problems vaadin-details-summary")).click();
            waitForText(browser, "#sync-problems", "en/" + FILE_NAME);
            nothingRan(browser, "problem list");
            browser.screenshot("bad-input-coverage-en");

            browser.go("/pages/xss-page");
            waitForText(browser, "h2", TITLE);
            waitForText(browser, "#segment-grid vaadin-grid-cell-content", SENTENCE);
            assertThat(browser.driver().getTitle()).startsWith(TITLE);
            nothingRan(browser, "page screen");

            browser.go("/translate/xss-page/pt");
            waitForText(browser, ".editor-view h2", TITLE);
            waitForText(browser, "#segments .segment-source", SENTENCE);
            nothingRan(browser, "editor");
            browser.screenshot("bad-input-editor-en");
            // A notification is text too: the placeholders a blocked confirm names are shown, not parsed.
            WebElement press = browser.waitFor(By.cssSelector("#target-4 [contenteditable=true]"));
            press.click();
            press.sendKeys("Carregue aqui agora.");
            browser.driver().findElement(By.id("confirm-4")).click();
            waitForText(browser, "vaadin-notification-card", "Cannot confirm: Missing placeholders: <1> </1>");
            nothingRan(browser, "notification");

            browser.go("/align/xss-page/ru");
            waitForText(browser, "#review-title", TITLE);
            waitForText(browser, "body", "Скажите <img src=x");
            nothingRan(browser, "alignment review");
            browser.screenshot("bad-input-review-en");
        }
    }

    @Test
    void scriptAndHtmlInAUserNameAreShownAsTextWhereverTheNameIs() {
        try (Browser admin = Browser.open(port, "en-GB"); Browser hostile = Browser.open(port, "en-GB")) {
            signIn(hostile, USER, USER_PASSWORD);
            waitForText(hostile, ".user-name", USER);
            nothingRan(hostile, "top bar");

            signIn(admin, "admin", PASSWORD);
            admin.go("/translate/xss-page/pt");
            admin.waitFor(By.cssSelector("#target-1 [contenteditable=true]"));
            hostile.go("/translate/xss-page/pt");
            waitForText(admin, "#presence", "Also here: " + USER);
            nothingRan(admin, "presence");

            // The admin is in segment 2 when the colleague saves it: the admin's row keeps its version.
            WebElement mine = admin.waitFor(By.cssSelector("#target-1 [contenteditable=true]"));
            mine.click();
            WebElement target = hostile.waitFor(By.cssSelector("#target-1 [contenteditable=true]"));
            target.click();
            target.sendKeys("Diga em voz alta.");
            hostile.waitFor(By.cssSelector("#target-2 [contenteditable=true]")).click();
            waitForText(admin, "#row-1 .changed-by", "Changed by " + USER);
            nothingRan(admin, "changed by");

            // Typing there now meets the conflict dialog, which names who saved.
            mine.sendKeys("Outra.");
            admin.waitFor(By.cssSelector("#target-2 [contenteditable=true]")).click();
            admin.waitFor(By.id("conflict-take-theirs"));
            waitForText(admin, "#conflict-dialog", "saved by " + USER);
            nothingRan(admin, "conflict dialog");
            admin.screenshot("bad-input-conflict-en");
            admin.driver().findElement(By.id("conflict-take-theirs")).click();

            admin.waitFor(By.id("history-1")).click();
            waitForText(admin, "#history-dialog", USER);
            nothingRan(admin, "history");
            admin.screenshot("bad-input-history-en");
            js(admin, "document.querySelector('#history-dialog').opened = false;");

            for (var row : jdbc.sql("""
                            select s.id, s.source_text from segment s join page p on p.id = s.page_id
                            where p.slug = 'xss-page' and s.archived_at is null""")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()) {
                long id = (Long) row[0];
                int version = translations.find(id, "pt").map(t -> t.version()).orElse(0);
                translations.save(id, "pt", "PT " + row[1], TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR,
                        version, USER);
            }
            publish.publish("xss-page", "pt", PublishService.FileReplacement.ONLY_OUR_OWN, USER);
            admin.go("/pages/xss-page");
            waitForText(admin, "#published-pt", USER);
            nothingRan(admin, "page screen");
        }
    }

    @Test
    void anOddButValidFileNameWorksFromTheCoverageLinkToTheApi() throws Exception {
        try (Browser browser = Browser.open(port, "en-GB")) {
            signIn(browser, "admin", PASSWORD);
            waitForText(browser, "#coverage-grid vaadin-grid-cell-content", "Questions and answers, 2.0");
            js(browser, "Array.from(document.querySelectorAll('#coverage-grid a'))"
                    + ".find(a => a.textContent === 'Questions and answers, 2.0').click();");
            waitForText(browser, "h2", "Questions and answers, 2.0");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/pages/" + ODD_SLUG);
            browser.waitFor(By.id("translate-pt")).click();
            browser.waitFor(By.cssSelector("#target-0 [contenteditable=true]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/translate/" + ODD_SLUG + "/pt");
        }
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/pages/" + ODD_SLUG + "/availability")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"slug\":\"" + ODD_SLUG + "\"");
    }

    @Test
    void aFiftyThousandCharacterParagraphOpensInTheEditorAndTakesTyping() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            signIn(browser, "admin", PASSWORD);
            long start = System.nanoTime();
            browser.go("/translate/endless/pt");
            // rows 0 and 1 are the title and the heading; the paragraph starts at row 2
            WebElement target = browser.waitFor(By.cssSelector("#target-2 [contenteditable=true]"));
            long opened = System.nanoTime();
            assertThat(text(browser, "#source-2").length()).isBetween(1_000, 2_000);
            target.click();
            target.sendKeys("Os voluntários percorrem o passo");
            // Saved a second after typing pauses, the row staying where it is.
            browser.waitForText(By.id("state-2"), "Saved");
            assertThat(jdbc.sql("""
                    select t.text from translation t join segment s on s.id = t.segment_id
                    join page p on p.id = s.page_id where p.slug = 'endless' and s.position = 2 and t.language = 'pt'""")
                    .query(String.class).single()).isEqualTo("Os voluntários percorrem o passo");
            long saved = System.nanoTime();
            System.out.printf("50,000-character paragraph: %d segments; editor open %d ms, typed and saved %d ms%n",
                    jdbc.sql("select count(*) from segment s join page p on p.id = s.page_id where p.slug = 'endless'")
                            .query(Long.class).single(), (opened - start) / 1_000_000, (saved - opened) / 1_000_000);
            // The page still answers script at once: it did not freeze.
            assertThat(js(browser, "return 1 + 1;")).isEqualTo(2L);
            browser.screenshot("bad-input-endless-editor-en");
        }
    }
}
