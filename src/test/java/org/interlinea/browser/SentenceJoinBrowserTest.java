package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.alignment.BeadRow;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer repairs a sentence the old rules cut after "т." (counting-the-disappeared in Russian): the cut
 * is made again through the service, then joined with the keyboard; the split dialog is shown in Russian.
 */
@DemoCorpusApp
class SentenceJoinBrowserTest {

    static final String SLUG = "counting-the-disappeared";
    static final String CUT = "т. е. 43,5%.";

    @LocalServerPort
    int port;
    @Autowired
    AlignmentReviewService review;
    int bead;
    String whole;

    @BeforeEach
    void cutTheSentenceAsTheOldRulesDid() {
        var beads = review.beads(SLUG, "ru").beads();
        bead = IntStream.range(0, beads.size()).filter(i -> beads.get(i).target().stream()
                .anyMatch(t -> t.contains(CUT))).findFirst().orElseThrow();
        BeadRow row = beads.get(bead);
        whole = row.target().getFirst();
        review.splitTarget(SLUG, "ru", bead, 0, whole.indexOf(CUT) + "т. ".length(), "setup");
    }

    @AfterEach
    void undoEverything() {
        while (review.beads(SLUG, "ru").undoDepth() > 0) {
            review.undo(SLUG, "ru", "cleanup");
        }
    }

    private static void waitForClass(Browser browser, String id, String className) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.attributeContains(
                By.id(id), "class", className));
    }

    /** Signs in, opens the review of the Russian page and selects the bead with the cut sentence. */
    private static void openOnTheCutBead(Browser browser, String id) {
        browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
        browser.waitFor(By.id("coverage-grid"));
        browser.go("/align/" + SLUG + "/ru");
        browser.waitFor(By.id(id)).click();
        waitForClass(browser, id, "bead-selected");
    }

    @Test
    void joinTheCutSentenceWithTheKeyboard() {
        String id = "bead-" + (bead + 1);
        try (Browser browser = Browser.open(port, "en-GB")) {
            openOnTheCutBead(browser, id);
            browser.screenshot("align-en-cut-sentence");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("m").keyUp(Keys.SHIFT)
                    .keyUp(Keys.CONTROL).perform();

            browser.waitForText(By.id("review-status"), "Bead " + (bead + 1) + ": target sentences joined");
            browser.screenshot("align-en-joined");
            assertThat(review.beads(SLUG, "ru").beads().get(bead).target()).containsExactly(whole);
            assertThat(browser.driver().findElement(By.id(id)).getText()).contains(CUT);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theSentenceSplitDialogInRussian() {
        String id = "bead-" + (bead + 1);
        try (Browser browser = Browser.open(port, "ru-RU")) {
            openOnTheCutBead(browser, id);
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys("s").keyUp(Keys.SHIFT).perform();
            browser.waitFor(By.id("sentence-point"));
            browser.waitForText(By.tagName("body"), "Разделить предложение перевода в паре " + (bead + 1));
            browser.screenshot("align-ru-split-sentence");
            browser.driver().findElement(By.id("sentence-confirm")).click();
            browser.waitForText(By.id("review-status"), "Пара " + (bead + 1) + ": предложение перевода разделено");
            assertThat(review.beads(SLUG, "ru").beads().get(bead).target()).hasSize(3);
        }
    }
}
