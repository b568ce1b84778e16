package org.interlinea.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.language.Language;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The coverage screen without a browser (Karibu): counts, filters and the lazy grid. */
@DemoCorpusApp
class CoverageViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signedInUi() {
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate(CoverageView.class);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<CoverageRow> grid() {
        return _get(Grid.class, spec -> spec.withId("coverage-grid"));
    }

    @Test
    void showsTheCountPerLanguage() {
        assertThat(_get(Span.class, spec -> spec.withId("count-pt")).getText()).isEqualTo("Portuguese: 3 of 13 pages");
        // one of the 8 readable Russian pages is outdated: the count says so instead of passing it off as done
        assertThat(_get(Span.class, spec -> spec.withId("count-ru")).getText())
                .isEqualTo("Russian: 8 of 13 pages (1 outdated)");
        assertThat(_get(Span.class, spec -> spec.withId("count-ru")).getTitle()).hasValue(
                "Published 7 · Outdated 1 · Missing 5");
        assertThat(GridKt._size(grid())).isEqualTo(13);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersPagesMissingInALanguage() {
        Select<Availability> status = _get(Select.class, spec -> spec.withId("coverage-status"));
        Select<Language> language = _get(Select.class, spec -> spec.withId("coverage-language"));

        language.setValue(new Language("pt"));
        status.setValue(Availability.MISSING);

        assertThat(GridKt._size(grid())).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            assertThat(GridKt._get(grid(), i).cell("pt").status()).isEqualTo(Availability.MISSING);
        }
    }

    @Test
    void searchesTitles() {
        _get(TextField.class, spec -> spec.withId("coverage-search")).setValue("GLACIER");

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).slug()).isEqualTo("the-glacier-archive");
    }

    @Test
    void countsSayHowManyPagesAreOutdatedInTheUiLanguage() {
        inUiLanguage("ru");
        assertThat(_get(Span.class, spec -> spec.withId("count-ru")).getText())
                .isEqualTo("Русский: 8 из 13 страниц (1 устарела)");

        inUiLanguage("pt");
        assertThat(_get(Span.class, spec -> spec.withId("count-ru")).getText())
                .isEqualTo("Russo: 8 de 13 páginas (1 desatualizada)");
        assertThat(_get(Span.class, spec -> spec.withId("count-pt")).getText()).isEqualTo("Português: 3 de 13 páginas");
    }

    /** A fresh UI in that language (navigating to the view already shown would keep the instance). */
    private void inUiLanguage(String tag) {
        KaribuUi.tearDown();
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag(tag));
        UI.getCurrent().navigate(CoverageView.class);
    }

    @Test
    void aSearchThatMatchesNothingSaysSo() {
        _get(TextField.class, spec -> spec.withId("coverage-search")).setValue("no such title at all");

        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Nothing matches: no page fits this search and filter.");
    }

    @Test
    void newestFirstByDefault() {
        var first = GridKt._get(grid(), 0).publishedDate();
        var second = GridKt._get(grid(), 1).publishedDate();
        assertThat(first).isAfterOrEqualTo(second);
        var link = (com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(grid(), 0, "lang-pt");
        assertThat(link.getHref()).isEqualTo("translate/" + GridKt._get(grid(), 0).slug() + "/pt");
        Span badge = (Span) link.getChildren().findFirst().orElseThrow();
        assertThat(badge.getClassNames()).contains("status", "status-missing");
        assertThat(badge.getText()).isEqualTo("Missing");
    }
}
