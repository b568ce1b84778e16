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

    @BeforeEach
    void aPageInEnglishAndRussian() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "night-radio", ContentFixture.page("en", "Night radio", "2026-02-01", 2,
                "<p>We broadcast at night. Nobody else does.</p>"));
        content.write("ru", "night-radio", ContentFixture.page("ru", "Ночное радио", "2026-02-01", 2,
                "<p>Мы вещаем ночью. Больше никто.</p>"));
        sync.sync("test");
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
        _click(_get(Button.class, spec -> spec.withId("publish-pt")));
        _get(Checkbox.class, spec -> spec.withId("publish-allow-source")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        List<String> shown = NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
        assertThat(shown).singleElement().asString().endsWith("written to /pt/night-radio.html")
                .doesNotContain(folder.root().toString());
        NotificationsKt.clearNotifications();
    }

    @Test
    void publishingWithMissingSegmentsNeedsTheExplicitChoice() throws Exception {
        _click(_get(Button.class, spec -> spec.withId("publish-pt")));
        Button confirm = _get(Button.class, spec -> spec.withId("publish-confirm"));
        assertThat(confirm.isEnabled()).as("nothing is translated yet").isFalse();

        _get(Checkbox.class, spec -> spec.withId("publish-allow-source")).setValue(true);
        _click(confirm);

        assertThat(Files.readString(folder.fileOf("night-radio", "pt"))).contains("lang=\"pt\"")
                .contains("We broadcast at night.");
        assertThat(coverage.page("night-radio").orElseThrow().cell("pt").status())
                .isIn(Availability.PUBLISHED, Availability.OUTDATED);
    }
}
