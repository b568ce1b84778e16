package org.interlinea.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.TranslationsReset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Published, with changes" on the page screen and Publish in the editor's header, in a real browser (en,
 * pt, ru). The demo corpus is never written: the publication of a demo page's Portuguese file, with one
 * segment changed since, is put in the database for the test and taken out after.
 */
@DemoCorpusApp
class PublishBrowserTest {

    private static final String UNTRANSLATED = "radio-for-the-night-shift";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    private long pageId;
    private String slug;

    @BeforeEach
    void aPortuguesePagePublishedByAdminWithOneSegmentChangedSince() {
        var page = jdbc.sql("""
                        select p.id, p.slug from availability a join page p on p.id = a.page_id
                        where a.language = 'pt' and a.status = 'PUBLISHED' order by p.slug limit 1""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        pageId = (Long) page[0];
        slug = (String) page[1];
        jdbc.sql("""
                        insert into publication (page_id, language, source_content_hash, published_by, file_content_hash)
                        select sg.page_id, 'pt', sg.content_hash, 'admin', d.content_hash
                        from segmentation sg join document d on d.page_id = sg.page_id and d.language = 'pt'
                        where sg.page_id = :page""")
                .param("page", pageId).update();
        jdbc.sql("""
                        insert into published_segment (segment_id, language, text_hash)
                        select s.id, 'pt', case when s.position = 0 then 'an older text' else md5(t.text) end
                        from segment s join translation t on t.segment_id = s.id and t.language = 'pt'
                        where s.page_id = :page and s.archived_at is null""")
                .param("page", pageId).update();
        availability.recompute(List.of(pageId));
    }

    @AfterEach
    void takeItOut() {
        jdbc.sql("delete from published_segment where segment_id in (select id from segment where page_id = :page)")
                .param("page", pageId).update();
        jdbc.sql("delete from publication where page_id = :page and language = 'pt'").param("page", pageId).update();
        availability.recompute(List.of(pageId));
        TranslationsReset.clear(jdbc, availability, "pt", UNTRANSLATED);
    }

    @Test
    void thePageScreenSaysPublishedWithChangesByWhomAndHowMany() {
        try (Browser browser = Browser.open(port, "en-GB")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("count-pt"));
            browser.go("/pages/" + slug);

            browser.waitForText(By.id("card-pt"), "Published, with changes");
            String published = browser.driver().findElement(By.id("published-pt")).getText();
            assertThat(published).startsWith("Published ").contains(" by admin · 1 segment changed since");
            browser.screenshot("page-published-with-changes-en");

            browser.go("/translate/" + slug + "/pt");
            WebElement publish = browser.waitFor(By.id("editor-publish"));
            browser.waitForText(By.id("progress"), "/ ");
            browser.waitFor(By.cssSelector("#target-0 [contenteditable=true]"));
            assertThat(publish.getDomAttribute("disabled")).as("published with changes, all done").isNull();
            browser.screenshot("editor-publish-en");
        }
        try (Browser browser = Browser.open(port, "pt-PT")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("count-pt"));
            browser.go("/pages/" + slug);

            browser.waitForText(By.id("card-pt"), "Publicada, com alterações");
            browser.waitForText(By.id("published-pt"), "por admin · 1 segmento alterado desde então");
            browser.screenshot("page-published-with-changes-pt");
        }
    }

    @Test
    void ctrlShiftLMarksASegmentNoTranslationNeeded() {
        try (Browser browser = Browser.open(port, "ru-RU")) {
            browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
            browser.waitFor(By.id("coverage-grid"));
            browser.go("/translate/" + UNTRANSLATED + "/pt");
            browser.waitForText(By.id("progress"), "0 / ");
            WebElement target = browser.waitFor(By.cssSelector("#target-0 [contenteditable=true]"));
            String source = browser.driver().findElement(By.id("source-0")).getText();
            target.click();
            target.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "l"));

            browser.waitForText(By.id("status-0"), "Перевод не нужен");
            browser.waitForText(By.id("progress"), "1 / ");
            assertThat(target.getDomProperty("value")).isEqualTo(source);
            browser.waitForText(By.id("qa-summary"), "0 предупреждений");
            assertThat(browser.driver().findElement(By.id("editor-publish")).getDomAttribute("disabled")).isNotNull();
            browser.screenshot("editor-no-translation-ru");
        }
    }
}
