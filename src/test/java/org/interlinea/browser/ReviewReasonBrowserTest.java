package org.interlinea.browser;

import java.time.Duration;
import java.util.List;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Russian "borders-in-the-snow" says 10 guides where the source says 12: the editor row says why it
 * needs review, in the UI language; the memory panel says where each match came from.
 */
@DemoCorpusApp
class ReviewReasonBrowserTest {

    @LocalServerPort
    int port;

    /** Searches the page for a phrase and clicks into the one row left (the list redraws it meanwhile). */
    private static void focusOnlyRowMatching(Browser browser, String phrase) {
        WebElement search = browser.waitFor(By.cssSelector("#editor-search input"));
        search.clear();
        search.sendKeys(phrase);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    // The list keeps recycled, hidden row elements: the one drawn with the phrase is the row.
                    List<WebElement> rows = d.findElements(By.cssSelector(".segment-row")).stream()
                            .filter(r -> r.isDisplayed() && r.getText().contains(phrase)).toList();
                    if (rows.isEmpty()) {
                        return false;
                    }
                    rows.getFirst().findElement(By.cssSelector("[contenteditable=true]")).click();
                    return true;
                });
    }

    private void showsReasonAndOrigin(String language, String reason, String origin) {
        try (Browser browser = Browser.open(port, language)) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/borders-in-the-snow/ru");
            browser.waitFor(By.id("progress"));

            focusOnlyRowMatching(browser, "12 volunteer guides");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".segment-row .review-reason")).stream()
                            .anyMatch(r -> r.isDisplayed() && r.getText().equals(reason)));
            browser.screenshot("reason-" + language);

            focusOnlyRowMatching(browser, "Every patrol carries");
            browser.waitForText(By.id("tm-matches"), origin);
            browser.screenshot("memory-origin-" + language);
        }
    }

    @Test
    void englishUi() {
        showsReasonAndOrigin("en-GB", "Numbers differ: 12 in the source, 10 in the translation",
                "Alignment, not reviewed");
    }

    @Test
    void portugueseUi() {
        showsReasonAndOrigin("pt-PT", "Os números não coincidem: 12 no original, 10 na tradução",
                "Alinhamento, não revisto");
    }
}
