package org.interlinea.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.document.PageSegment;
import org.interlinea.editor.EditorService;
import org.interlinea.editor.QaIssue;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.interlinea.support.TranslationsReset;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Replace in translations without a browser (Karibu): preview, replace all, a conflict, a refusal. */
@DemoCorpusApp
class ReplaceDialogTest {

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

    private List<PageSegment> segments;

    @BeforeEach
    void signedInUi() {
        KaribuUi.signedInAsAdmin(context);
        segments = editor.open(SLUG, "pt").orElseThrow().segments();
    }

    @AfterEach
    void tearDown() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
        KaribuUi.tearDown();
    }

    private Translation save(int position, String text, TranslationStatus status, int version, String user) {
        return translations.save(segments.get(position).id(), "pt", text, status, TranslationOrigin.EDITOR, version,
                user).current();
    }

    private EditorView openWithReplace() {
        UI.getCurrent().navigate("translate/" + SLUG + "/pt");
        EditorView view = _get(EditorView.class);
        _click(_get(Button.class, spec -> spec.withId("editor-replace")));
        return view;
    }

    private static void type(String id, String value) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void previewsThenReplacesKeepingStatusAndSkipsAConflict() {
        save(1, "O gato e o gato.", TranslationStatus.DRAFT, 0, "admin");
        save(2, "Um Gato com <x.", TranslationStatus.TRANSLATED, 0, "admin");
        Translation third = save(3, "Outro gato.", TranslationStatus.DRAFT, 0, "admin");
        EditorView view = openWithReplace();
        // Someone else saves segment 4 (position 3) after this editor loaded it.
        save(3, "O gato da Maria.", TranslationStatus.DRAFT, third.version(), "maria");

        type("replace-find", "gato");
        type("replace-with", "cão");
        assertThat(_get(Span.class, spec -> spec.withId("replace-preview")).getText())
                .isEqualTo("3 segments, 4 occurrences");
        _setValue(_get(Checkbox.class, spec -> spec.withId("replace-match-case")), true);
        assertThat(_get(Span.class, spec -> spec.withId("replace-preview")).getText())
                .isEqualTo("2 segments, 3 occurrences");
        _setValue(_get(Checkbox.class, spec -> spec.withId("replace-match-case")), false);

        _click(_get(Button.class, spec -> spec.withId("replace-all")));

        assertThat(text("replace-message")).startsWith("Replaced in 2 segments").contains("Skipped segments 4");
        assertThat(translations.find(segments.get(1).id(), "pt").orElseThrow())
                .extracting(Translation::text, Translation::status)
                .containsExactly("O cão e o cão.", TranslationStatus.DRAFT);
        assertThat(translations.find(segments.get(2).id(), "pt").orElseThrow())
                .extracting(Translation::text, Translation::status)
                .containsExactly("Um cão com <x.", TranslationStatus.TRANSLATED);
        assertThat(editor.history(segments.get(2).id(), "pt")).extracting(h -> h.text())
                .containsExactly("Um cão com <x.", "Um Gato com <x.");
        assertThat(translations.find(segments.get(3).id(), "pt").orElseThrow().text()).isEqualTo("O gato da Maria.");

        // The rows on screen show what is saved now, Maria's text included.
        assertThat(view.row(1).target().getValue()).isEqualTo("O cão e o cão.");
        assertThat(view.row(2).target().getValue()).isEqualTo("Um cão com <x.");
        assertThat(view.row(3).target().getValue()).isEqualTo("O gato da Maria.");
        assertThat(_get(Span.class, spec -> spec.withId("replace-preview")).getText())
                .isEqualTo("1 segment, 1 occurrence");
    }

    /**
     * Placeholders in the replacement are refused. Text a replace makes look like one ("x3>" with "x" as "<")
     * stays text since issue 10, point 7 (escaped, as a page's own "<3>"), so it is replaced, no longer refused.
     */
    @Test
    void refusesPlaceholdersInTheReplacementAndKeepsWhatLooksLikeOneAsText() {
        save(1, "Passo x3> feito.", TranslationStatus.DRAFT, 0, "admin");
        EditorView view = openWithReplace();

        type("replace-find", "x");
        type("replace-with", "{1}");
        assertThat(text("replace-message")).startsWith("The replacement cannot contain placeholders");
        assertThat(_get(Button.class, spec -> spec.withId("replace-all")).isEnabled()).isFalse();

        type("replace-with", "<");
        assertThat(text("replace-message")).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("replace-all")));
        assertThat(translations.find(segments.get(1).id(), "pt").orElseThrow().text()).isEqualTo("Passo <\\3> feito.");
        assertThat(view.row(1).target().getValue()).isEqualTo("Passo <\\3> feito.");
        assertThat(view.state(1).issues()).as("text, not a placeholder the source lacks")
                .extracting(QaIssue::check)
                .doesNotContain(QaIssue.Check.EXTRA_PLACEHOLDER,
                        QaIssue.Check.BROKEN_PAIR);
    }
}
