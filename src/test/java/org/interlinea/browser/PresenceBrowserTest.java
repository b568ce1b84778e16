package org.interlinea.browser;

import java.time.Duration;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A colleague who closes the browser while in the editor stops being "also here" for the others within a
 * minute (it used to last until the session expired, about 30 minutes). The expiry itself, without a browser
 * that says goodbye, is tested with a movable clock in PresenceExpiryTest.
 */
@DemoCorpusApp
class PresenceBrowserTest {

    private static final String PAGE = "/translate/salt-marshes-and-memory/pt";

    @LocalServerPort
    int port;

    @Test
    void aClosedBrowserLeavesWithinAMinute() {
        try (Browser ben = Browser.open(port, "en-GB")) {
            Browser anna = Browser.open(port, "ru-RU");
            for (Browser b : new Browser[] {anna, ben}) {
                b.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
                b.waitFor(By.id("coverage-grid"));
                b.go(PAGE);
                b.waitFor(By.cssSelector("#target-0 [contenteditable=true]"));
            }
            ben.waitForText(By.id("presence"), "admin");

            anna.close();

            new WebDriverWait(ben.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("presence")));
            ben.screenshot("editor-presence-gone-en");
        }
    }
}
