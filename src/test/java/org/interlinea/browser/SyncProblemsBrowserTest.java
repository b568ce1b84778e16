package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interlinea.content.ContentSyncService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coverage screen after a sync that found a page's source file missing and a copy of the English page
 * under pt/: both are listed in the UI language, and the copy's cell says it is not translated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "interlinea.admin-password=" + SyncProblemsBrowserTest.PASSWORD)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncProblemsBrowserTest {

    static final String PASSWORD = "sync-problems-password";
    static final ContentFixture content = new ContentFixture();
    static final Path DEMO = Path.of("translations");

    @LocalServerPort
    int port;
    @Autowired
    ContentSyncService sync;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
    }

    @BeforeAll
    void missingSourceAndACopy() throws IOException {
        content.clear();
        Database.clear(jdbc);
        for (String slug : new String[] {"radio-for-the-night-shift", "seeds-against-the-drought"}) {
            content.write("en", slug, Files.readString(DEMO.resolve("en").resolve(slug + ".html")));
        }
        content.write("ru", "radio-for-the-night-shift",
                Files.readString(DEMO.resolve("ru").resolve("radio-for-the-night-shift.html")));
        content.write("pt", "seeds-against-the-drought",
                Files.readString(DEMO.resolve("en").resolve("seeds-against-the-drought.html")));
        sync.syncAndWait("test");
        content.delete("en", "radio-for-the-night-shift");
        sync.syncAndWait("test");
    }

    /** Opens the (collapsed) problem list, waits for the problem text, and takes the screenshot. */
    private static void look(Browser browser, String text, String name) {
        browser.waitFor(By.cssSelector("#coverage-grid .status-untranslated_copy"));
        browser.waitFor(By.cssSelector("#sync-problems vaadin-details-summary")).click();
        try {
            browser.waitForText(By.id("sync-problems"), text);
        } finally {
            browser.screenshot(name);
        }
    }

    @Test
    void englishUi() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", PASSWORD);
            look(browser, "The source file is missing: the page keeps English", "sync-problems-en");
            assertThat(browser.driver().findElement(By.id("sync-problems")).getText())
                    .contains("The file is mostly English, the source language: it is not offered to readers as "
                            + "Portuguese");
            assertThat(browser.driver().findElement(By.cssSelector("#coverage-grid .status-untranslated_copy"))
                    .getText()).isEqualTo("Copy of source");
        }
    }

    @Test
    void portugueseUi() {
        try (Browser browser = Browser.open(port, "pt-PT")) {
            browser.signIn("admin", PASSWORD);
            look(browser, "O ficheiro original está em falta", "sync-problems-pt");
            assertThat(browser.driver().findElement(By.cssSelector("#coverage-grid .status-untranslated_copy"))
                    .getText()).isEqualTo("Cópia do original");
        }
    }
}
