package org.interlinea.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.interlinea.editor.EditorPage;
import org.interlinea.editor.EditorService;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.interlinea.support.TranslationsReset;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editor without a browser (Karibu): type, autosave, confirm, QA blocking, a conflict. */
@DemoCorpusApp
class EditorViewTest {

    private static final String SLUG = "borders-in-the-snow";

    @Autowired
    ApplicationContext context;
    @Autowired
    EditorService editor;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    @BeforeEach
    void signedInUi() {
        KaribuUi.signedInAsAdmin(context);
    }

    @AfterEach
    void tearDown() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
        KaribuUi.tearDown();
    }

    private EditorView open() {
        UI.getCurrent().navigate("translate/" + SLUG + "/pt");
        return _get(EditorView.class);
    }

    private static String progress() {
        return _get(Span.class, spec -> spec.withId("progress")).getText();
    }

    @Test
    void aSearchThatMatchesNothingSaysSo() {
        open();
        TextField search = _get(TextField.class, spec -> spec.withId("editor-search"));
        assertThat(_find(Div.class, spec -> spec.withId("segments-empty"))).as("hidden while segments show").isEmpty();

        search.setValue("no such words at all");
        assertThat(_get(Div.class, spec -> spec.withId("segments-empty")).getText())
                .isEqualTo("Nothing matches: no segment fits this search and filter.");

        search.setValue("");
        assertThat(_find(Div.class, spec -> spec.withId("segments-empty"))).isEmpty();
    }

    @Test
    void typeAutosaveAndConfirm() {
        EditorView view = open();
        int total = view.rowCount();
        assertThat(progress()).startsWith("0 / " + total + " segments");

        SegmentRow row = view.row(1);
        row.target().setValue("Uma tradução em curso.");
        assertThat(view.state(1).status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(_get(row, Span.class, spec -> spec.withId("state-1")).getText()).isEqualTo("Saved");
        assertThat(_get(row, Span.class, spec -> spec.withId("status-1")).getText()).isEqualTo("Draft");

        String source = view.state(1).segment.sourceText();
        row.target().setValue(source.replaceAll("[A-Za-z]+", "palavra"));
        _get(row, Button.class, spec -> spec.withId("confirm-1")).click();

        assertThat(view.state(1).status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(_get(row, Span.class, spec -> spec.withId("status-1")).getText()).isEqualTo("Translated");
        assertThat(progress()).startsWith("1 / " + total + " segments");
        EditorPage reloaded = editor.open(SLUG, "pt").orElseThrow();
        assertThat(reloaded.translation(reloaded.segments().get(1)).status()).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void missingPlaceholdersBlockConfirming() {
        EditorView view = open();
        int withMarkup = view.firstWithPlaceholder();
        SegmentRow row = view.row(withMarkup);
        row.target().setValue("Sem marcadores.");
        _get(row, Button.class, spec -> spec.withId("confirm-" + withMarkup)).click();

        assertThat(view.state(withMarkup).status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(_get(row, Span.class, spec -> spec.withClasses("qa-error")).getText()).startsWith("Missing placeholders");
        assertThat(_get(Span.class, spec -> spec.withId("qa-summary")).getText()).contains("1 blocking");
    }

    @Test
    void aConflictShowsBothTextsAndKeepsMine() {
        EditorView view = open();
        RowState state = view.state(2);
        // Someone else saves the segment after this editor loaded it.
        translations.save(state.segment.id(), "pt", "O texto da Maria.", TranslationStatus.DRAFT,
                TranslationOrigin.EDITOR, state.version(), "maria");

        view.row(2).target().setValue("O meu texto.");

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(_find(dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-mine"))
                .getFirst().getText()).isEqualTo("O meu texto.");
        assertThat(_find(dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-theirs"))
                .getFirst().getText()).isEqualTo("O texto da Maria.");
        _get(dialog, Button.class, spec -> spec.withId("conflict-keep-mine")).click();

        assertThat(translations.find(state.segment.id(), "pt").orElseThrow().text()).isEqualTo("O meu texto.");
        assertThat(editor.history(state.segment.id(), "pt")).extracting(h -> h.text())
                .containsExactly("O meu texto.", "O texto da Maria.");
    }
}
