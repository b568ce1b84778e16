package org.interlinea.publish.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.util.List;
import java.util.Locale;
import org.interlinea.shell.MainLayout;
import org.interlinea.shell.NotFoundView;
import java.nio.file.Files;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSyncService;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.publish.PageOverview;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.support.KaribuUi;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The page screen without a browser: statuses per segment, publishing with the explicit choice. */
class PageViewTest extends ContentFolderTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    ContentFolder folder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TranslationService translations;

    @BeforeEach
    void aPageInEnglishAndRussian() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "night-radio", ContentFixture.page("en", "Night radio", "2026-02-01", 2,
                "<p>We broadcast at night. Nobody else does.</p>"));
        content.write("ru", "night-radio", ContentFixture.page("ru", "Ночное радио", "2026-02-01", 2,
                "<p>Мы вещаем ночью. Больше никто.</p>"));
        sync.syncAndWait("test");
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate("pages/night-radio");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsEverySegmentWithItsStatusPerLanguage() {
        Grid<PageOverview.SegmentRow> grid = _get(Grid.class, spec -> spec.withId("segment-grid"));

        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._get(grid, 2).sourceText()).isEqualTo("We broadcast at night.");
        assertThat(GridKt._get(grid, 2).statuses()).containsKeys("ru", "pt");
        assertThat(GridKt._get(grid, 2).statuses().get("pt").name()).isEqualTo("MISSING");
        assertThat(_get(Div.class, spec -> spec.withId("card-pt")).getElement().getTextRecursively())
                .contains("Missing").contains("0 / 4 segments");
        assertThat(_get(Div.class, spec -> spec.withId("card-ru")).getElement().getTextRecursively())
                .contains("Published");
    }

    @Test
    void publishingIsRefusedWhileSegmentsAreNotDone() {
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKindColumnSaysWhatASegmentIsInTheUiLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt"));
        UI.getCurrent().navigate("pages/night-radio");
        Grid<PageOverview.SegmentRow> grid = _get(Grid.class, spec -> spec.withId("segment-grid"));

        List<String> kinds = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "kind")).toList();
        assertThat(kinds).containsExactly("Título", "Cabeçalho", "Parágrafo", "Parágrafo");
    }

    @Test
    void anUnknownSlugLeadsToTheNotFoundScreenWithAWayBack() {
        UI.getCurrent().navigate("pages/no-such-page");

        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-message")).getText())
                .isEqualTo("No page \"no-such-page\"");
        assertThat(_get(Anchor.class, spec -> spec.withId("not-found-back")).getHref()).isEmpty();
        assertThat(_get(NotFoundView.class).getParent()).containsInstanceOf(MainLayout.class);
        assertThat(_find(PageView.class)).isEmpty();
    }

    @Test
    void thePublishNotificationShowsTheSitePathNotTheServersFolder() {
        translateAll("pt", "PT ");
        UI.getCurrent().navigate("pages/night-radio");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("publish-pt")));
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        List<String> shown = NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
        assertThat(shown).singleElement().asString().contains("published as /pt/night-radio.html")
                .doesNotContain(folder.root().toString());
        NotificationsKt.clearNotifications();
    }

    @Test
    void publishingWithMissingSegmentsNeedsTheExplicitChoice() throws Exception {
        _click(_get(Button.class, spec -> spec.withId("publish-pt")));

        assertThat(_get(Button.class, spec -> spec.withId("publish-confirm")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("publish-not-done")).getText())
                .startsWith("4 segments are not done yet").contains("no translation needed");
        assertThat(folder.fileOf("night-radio", "pt")).doesNotExist();
    }

    /** Saves every segment of the page in a language as translated (over whatever is there). */
    private void translateAll(String language, String prefix) {
        long page = coverage.page("night-radio").orElseThrow().pageId();
        for (var row : jdbc.sql("select id, source_text from segment where page_id = :page and archived_at is null")
                .param("page", page).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()) {
            long id = (Long) row[0];
            int version = translations.find(id, language).map(t -> t.version()).orElse(0);
            translations.save(id, language, prefix + row[1], TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR,
                    version, "tester");
        }
    }

    @Test
    void theCardSaysWhenAndByWhomItWasPublishedAndHowManySegmentsChangedSince() throws Exception {
        translateAll("pt", "PT ");
        UI.getCurrent().navigate("pages/night-radio");
        _click(_get(Button.class, spec -> spec.withId("publish-pt")));
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        assertThat(Files.readString(folder.fileOf("night-radio", "pt"))).contains("lang=\"pt\"").contains("PT We broadcast");
        assertThat(_get(Span.class, spec -> spec.withId("published-pt")).getText())
                .matches("Published .*2\\d{3}.* by admin");
        assertThat(_get(Div.class, spec -> spec.withId("card-pt")).getElement().getTextRecursively())
                .contains("Published").doesNotContain("changed since");

        long segment = jdbc.sql("select s.id from segment s join page p on p.id = s.page_id "
                + "where p.slug = 'night-radio' and s.position = 2").query(Long.class).single();
        var t = translations.find(segment, "pt").orElseThrow();
        translations.save(segment, "pt", "Transmitimos à noite.", TranslationStatus.DRAFT, TranslationOrigin.EDITOR,
                t.version(), "tester");
        UI.getCurrent().navigate("pages/night-radio");

        assertThat(coverage.page("night-radio").orElseThrow().cell("pt").status())
                .isEqualTo(Availability.PUBLISHED_WITH_CHANGES);
        assertThat(_get(Span.class, spec -> spec.withId("published-pt")).getText()).endsWith("· 1 segment changed since");
        assertThat(_get(Div.class, spec -> spec.withId("card-pt")).getElement().getTextRecursively())
                .contains("Published, with changes");
    }

    @Test
    void replacingTheRussianPageInterlineaDidNotWriteNeedsTheExplicitConfirmation() throws Exception {
        translateAll("ru", "RU ");
        UI.getCurrent().navigate("pages/night-radio");
        byte[] handWritten = Files.readAllBytes(folder.fileOf("night-radio", "ru"));
        _click(_get(Button.class, spec -> spec.withId("publish-ru")));
        Button confirm = _get(Button.class, spec -> spec.withId("publish-confirm"));
        _click(confirm);

        assertThat(Files.readAllBytes(folder.fileOf("night-radio", "ru"))).isEqualTo(handWritten);
        assertThat(_get(Paragraph.class, spec -> spec.withId("publish-unknown-file")).getText())
                .startsWith("/ru/night-radio.html was not written by Interlinea")
                .contains("of its 4 sentences are not in the new page");
        assertThat(confirm.isEnabled()).isFalse();
        Checkbox replace = _get(Checkbox.class, spec -> spec.withId("publish-replace"));
        assertThat(replace.getLabel()).isEqualTo("Replace /ru/night-radio.html");

        replace.setValue(true);
        _click(confirm);

        assertThat(Files.readString(folder.fileOf("night-radio", "ru"))).contains("RU We broadcast at night.");
    }
}
