package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person signs in and reads the coverage of the demo corpus in a real browser. */
@DemoCorpusApp
class CoverageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void signInAndReadThePortugueseCount() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);

            browser.waitForText(By.id("count-pt"), "Portuguese: 3 of 13 pages");
            assertThat(browser.driver().findElement(By.id("count-ru")).getText()).isEqualTo("Russian: 8 of 13 pages (1 outdated)");
            browser.waitFor(By.cssSelector("#coverage-grid .status-missing"));
            browser.screenshot("coverage-en");
        }
    }

    @Test
    void theUiFollowsTheBrowsersLanguage() {
        try (Browser browser = Browser.open(port, "ru-RU")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);

            browser.waitForText(By.id("count-pt"), "Португальский: 3 из 13 страниц");
            browser.waitFor(By.cssSelector("#coverage-grid .status-missing"));
            browser.screenshot("coverage-ru");
        }
    }

    @Test
    void thePageScreenShowsTheOlderRussianTranslationAsOutdated() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("count-pt"));
            browser.go("/pages/borders-in-the-snow");

            browser.waitForText(By.id("card-ru"), "Outdated");
            assertThat(browser.driver().findElement(By.id("card-pt")).getText()).contains("Missing");
            browser.waitFor(By.cssSelector("#segment-grid"));
            browser.screenshot("page-en");
        }
        try (Browser browser = Browser.open(port, "pt-PT")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("count-pt"));
            browser.go("/pages/borders-in-the-snow");

            browser.waitForText(By.id("card-ru"), "Desatualizada");
            browser.screenshot("page-pt");
        }
    }
}
