package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer confirms a low-confidence bead with the keyboard and finds it confirmed after a reload. */
@DemoCorpusApp
class AlignmentReviewBrowserTest {

    static final String SLUG = "borders-in-the-snow";

    @LocalServerPort
    int port;
    @Autowired
    AlignmentReviewService review;

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

    @Test
    void confirmABeadWithTheKeyboardAndSeeItAfterReload() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/align/" + SLUG + "/ru");

            waitForClass(browser, "bead-17", "bead-selected");   // its numbers disagree
            browser.screenshot("align-en-opened");
            browser.waitFor(By.id("bead-45")).click();
            waitForClass(browser, "bead-45", "bead-selected");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

            browser.waitForText(By.id("review-status"), "Bead 45 confirmed");
            waitForClass(browser, "bead-46", "bead-selected");
            browser.screenshot("align-en-confirmed");

            browser.driver().navigate().refresh();
            waitForClass(browser, "bead-45", "bead-confirmed");
            assertThat(browser.driver().findElement(By.id("bead-45")).getAttribute("class")).doesNotContain("bead-low");
            assertThat(browser.driver().findElement(By.id("beads-to-review")).getText()).isEqualTo("To review: 12 of 49 beads");

            browser.driver().findElement(By.id("undo-change")).click();
            browser.waitForText(By.id("review-status"), "Undone: confirm");
            waitForClass(browser, "bead-45", "bead-low");
        }
    }

    @Test
    void russianUiWithTheShortcutHelp() {
        try (Browser browser = Browser.open(port, "ru-RU")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/align/" + SLUG + "/ru");

            waitForClass(browser, "bead-17", "bead-selected");   // its numbers disagree
            browser.waitForText(By.id("beads-to-review"), "Проверить: 13 из 49 пар");
            browser.waitForText(By.id("bead-17"), "Числа не совпадают: в оригинале 12, в переводе 10");
            browser.screenshot("align-ru-reason");
            browser.driver().findElement(By.id("bead-49")).click();
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("m").keyUp(Keys.CONTROL).perform();
            browser.waitForText(By.id("review-status"), "Пара 49 последняя: следующей пары нет");
            browser.screenshot("align-ru-error");

            new Actions(browser.driver()).sendKeys("h").perform();
            browser.waitFor(By.cssSelector("vaadin-dialog-overlay, #shortcut-help"));
            browser.waitForText(By.tagName("body"), "Сочетания клавиш");
            browser.screenshot("align-ru-help");
        }
    }

    @Test
    void theSplitDialogShowsTheBeadsSentences() {
        try (Browser browser = Browser.open(port, "pt-PT")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/align/a-judge-on-trial/ru");

            browser.waitFor(By.id("bead-32")).click();
            waitForClass(browser, "bead-32", "bead-selected");
            browser.driver().findElement(By.id("split-at")).click();
            browser.waitFor(By.id("split-source"));
            browser.waitFor(By.id("split-target"));
            browser.screenshot("align-pt-split");
        }
    }
}
