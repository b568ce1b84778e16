package org.interlinea.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.Locale;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The imported Russian sentence that says 10 where the source says 12: its row says why it needs review. */
@DemoCorpusApp
class ReviewReasonViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signedInUi() {
        KaribuUi.signedInAsAdmin(context);
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private EditorView open() {
        UI.getCurrent().navigate("translate/borders-in-the-snow/ru");
        return _get(EditorView.class);
    }

    private static int guidesRow(EditorView view) {
        for (int i = 0; i < view.rowCount(); i++) {
            if (view.state(i).segment.sourceText().contains("12 volunteer guides")) {
                return i;
            }
        }
        throw new AssertionError("no row with the 12 volunteer guides");
    }

    @Test
    void theRowShowsTheReasonAndTheNeedsReviewFilterFindsIt() {
        EditorView view = open();
        int n = guidesRow(view);
        SegmentRow row = view.row(n);

        assertThat(_get(row, Span.class, spec -> spec.withId("status-" + n)).getText()).isEqualTo("Needs review");
        Span reason = _get(row, Span.class, spec -> spec.withId("reason-" + n));
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo("Numbers differ: 12 in the source, 10 in the translation");

        @SuppressWarnings("unchecked")
        Select<TranslationStatus> filter = _get(Select.class, spec -> spec.withId("editor-status-filter"));
        filter.setValue(TranslationStatus.NEEDS_REVIEW);
        @SuppressWarnings("unchecked")
        VirtualList<RowState> list = _get(VirtualList.class);
        assertThat(((ListDataProvider<RowState>) list.getDataProvider()).getItems())
                .extracting(RowState::position).contains(n);
    }

    @Test
    void theReasonIsInTheUiLanguage() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        EditorView view = open();
        int n = guidesRow(view);

        assertThat(_get(view.row(n), Span.class, spec -> spec.withId("reason-" + n)).getText())
                .isEqualTo("Числа не совпадают: в оригинале 12, в переводе 10");
    }

    @Test
    void aRowWithoutReasonShowsNone() {
        EditorView view = open();
        int n = guidesRow(view) + 1;

        // Karibu's locators skip invisible components, so look for it in the row's tree.
        assertThat(descendants(view.row(n)).filter(c -> c.getId().filter(("reason-" + n)::equals).isPresent()))
                .singleElement().satisfies(reason -> assertThat(reason.isVisible()).isFalse());
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(ReviewReasonViewTest::descendants));
    }
}
