package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncRun;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.interlinea.support.TableLock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coverage screen while a sync runs in the background: the button returns at once, the progress (pages
 * done of total, the pages being read) arrives by server push, then the result and the problem list, here with
 * a page nested too deep to read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "interlinea.admin-password=" + SyncProgressBrowserTest.PASSWORD)
@ActiveProfiles("test")
class SyncProgressBrowserTest {

    static final String PASSWORD = "sync-progress-password";
    static final ContentFixture content = new ContentFixture();

    @LocalServerPort
    int port;
    @Autowired
    ContentSyncService sync;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
    }

    @Test
    void progressIsPushedWhileTheSyncRuns() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "a-deep-page", "<html><body>" + "<div>".repeat(5_000) + "</body></html>");
        for (String slug : new String[] {"glacier", "harbour", "river"}) {
            content.write("en", slug, ContentFixture.page("en", "The " + slug, "2026-03-14", 3, "<p>Some text.</p>"));
        }
        try (Browser browser = Browser.open(port, "ru-RU")) {
            browser.signIn("admin", PASSWORD);
            browser.waitFor(By.id("sync-button"));
            try (TableLock held = new TableLock(dataSource, "availability")) {
                browser.driver().findElement(By.id("sync-button")).click();
                try {
                    browser.waitForText(By.id("sync-progress"), "прочитано 1 из 4 изменённых страниц");
                    browser.waitForText(By.id("sync-progress"), "в работе: glacier, harbour");
                } finally {
                    browser.screenshot("sync-progress-ru");
                }
            }
            sync.current().ifPresent(SyncRun::await);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sync-progress")));
            browser.waitFor(By.cssSelector("#sync-problems vaadin-details-summary")).click();
            browser.waitForText(By.id("sync-problems"), "Вложенность разметки больше 1000 уровней");
            browser.screenshot("sync-progress-done-ru");
            assertThat(browser.driver().findElement(By.id("sync-button")).isEnabled()).isTrue();
        }
    }
}
