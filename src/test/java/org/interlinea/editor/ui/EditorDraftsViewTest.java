package org.interlinea.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.interlinea.support.SaveOutage;
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

/** Drafts the browser kept, handed to the editor when it opens (Karibu: the browser's part is faked). */
@DemoCorpusApp
class EditorDraftsViewTest {

    private static final String SLUG = "borders-in-the-snow";

    @Autowired
    ApplicationContext context;
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

    private BrowserDrafts.Draft draft(EditorView view, int position, String text, int version) {
        long id = view.state(position).segment.id();
        return new BrowserDrafts.Draft(id, SLUG + "/pt/" + id, text, version);
    }

    @Test
    void keptDraftsAreSavedAndThoseOfVanishedSegmentsAreShownNotDropped() {
        EditorView view = open();
        long already = view.state(2).segment.id();
        translations.save(already, "pt", "Já no servidor.", TranslationStatus.DRAFT, TranslationOrigin.EDITOR, 0, "admin");
        UI.getCurrent().navigate("");  // and back: a new editor, as after a reload
        view = open();

        view.restore(List.of(draft(view, 1, "Guardado no navegador.", 0),
                draft(view, 2, "Já no servidor.", 0),
                new BrowserDrafts.Draft(987_654_321L, SLUG + "/pt/987654321", "Frase de um segmento apagado.", 3)));

        assertThat(view.state(1).saved().text()).isEqualTo("Guardado no navegador.");
        assertThat(view.state(1).status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(view.state(2).saved().version()).as("not saved twice").isEqualTo(1);
        assertThat(_find(ConflictDialog.class)).isEmpty();
        OrphanDrafts orphans = _get(OrphanDrafts.class);
        assertThat(_find(orphans, TextArea.class)).extracting(TextArea::getValue)
                .containsExactly("Frase de um segmento apagado.");
    }

    @Test
    void aDraftTypedOnAnOlderVersionOpensTheConflictDialog() {
        EditorView view = open();
        long id = view.state(1).segment.id();
        translations.save(id, "pt", "Texto do colega.", TranslationStatus.DRAFT, TranslationOrigin.EDITOR, 0, "ben");

        view.restore(List.of(draft(view, 1, "O meu texto.", 0)));

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(_get(dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-mine"))
                .getText()).isEqualTo("O meu texto.");
        assertThat(translations.find(id, "pt").orElseThrow().text()).isEqualTo("Texto do colega.");
    }

    @Test
    void aFailedAutosaveKeepsTheTextAndIsSentAgainByItselfUntilItGoesThrough() {
        EditorView view = open();
        SegmentRow row = view.row(1);
        SaveOutage.start(jdbc);
        try {
            row.target().setValue("Texto durante a falha.");

            assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.RETRYING);
            assertThat(row.target().getValue()).isEqualTo("Texto durante a falha.");
            assertThat(stateText(row, 1)).isEqualTo("Not saved – retrying");
            view.retrySaves();  // the browser's timer: still failing, so it stays and waits longer
            assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.RETRYING);
            assertThat(translations.find(view.state(1).segment.id(), "pt")).isEmpty();
        } finally {
            SaveOutage.end(jdbc);
        }
        view.retrySaves();

        assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.SAVED);
        assertThat(stateText(row, 1)).isEqualTo("Saved");
        assertThat(translations.find(view.state(1).segment.id(), "pt").orElseThrow().text())
                .isEqualTo("Texto durante a falha.");
        view.retrySaves();  // a late timer finds nothing to do
        assertThat(translations.find(view.state(1).segment.id(), "pt").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aRetryThatMeetsAColleaguesNewerSaveOpensTheConflictDialog() {
        EditorView view = open();
        SaveOutage.start(jdbc);
        try {
            view.row(1).target().setValue("O meu texto.");
        } finally {
            SaveOutage.end(jdbc);
        }
        long id = view.state(1).segment.id();
        translations.save(id, "pt", "Texto do colega.", TranslationStatus.DRAFT, TranslationOrigin.EDITOR, 0, "ben");

        view.retrySaves();

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(_get(dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-mine"))
                .getText()).isEqualTo("O meu texto.");
        assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.CONFLICT);
        assertThat(translations.find(id, "pt").orElseThrow().text()).isEqualTo("Texto do colega.");
    }

    @Test
    void aTextTheServerRefusesIsNotRetriedAndSaysWhy() {
        EditorView view = open();
        SegmentRow row = view.row(1);
        // PostgreSQL cannot keep a NUL character in text: sending it again would never help.
        row.target().setValue("Meio texto\u0000");

        assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.REFUSED);
        assertThat(row.target().getValue()).isEqualTo("Meio texto\u0000");
        assertThat(stateText(row, 1)).isEqualTo("Not saved: the text holds a control character (U+0000) that "
                + "cannot be saved; delete it");
        view.retrySaves();
        assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.REFUSED);
        assertThat(translations.find(view.state(1).segment.id(), "pt")).isEmpty();

        row.target().setValue("Texto inteiro.");  // an edit sends it again
        assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.SAVED);
        assertThat(translations.find(view.state(1).segment.id(), "pt").orElseThrow().text()).isEqualTo("Texto inteiro.");
    }

    @Test
    void aTextOverTheLengthLimitIsRefusedWithTheLimit() {
        EditorView view = open();
        SegmentRow row = view.row(1);
        row.target().setValue("a".repeat(TranslationService.MAX_TEXT_LENGTH + 1));

        assertThat(view.state(1).saveState()).isEqualTo(RowState.SaveState.REFUSED);
        assertThat(stateText(row, 1)).isEqualTo("Not saved: the text is longer than 20,000 characters");
    }

    private static String stateText(SegmentRow row, int n) {
        return _get(row, com.vaadin.flow.component.html.Span.class, spec -> spec.withId("state-" + n)).getText();
    }

    @Test
    void aKeyThatIsNotOursIsKeptAsAnOrphan() {
        EditorView view = open();
        List<BrowserDrafts.Draft> drafts = new BrowserDrafts(view.getElement(), "admin", SLUG, "pt").parse("""
                [{"key":"borders-in-the-snow/pt/12","text":"a","version":2,"at":1},
                 {"key":"borders-in-the-snow/pt/x","text":"b","version":0,"at":1}]""");
        assertThat(drafts).containsExactly(new BrowserDrafts.Draft(12, "borders-in-the-snow/pt/12", "a", 2),
                new BrowserDrafts.Draft(-1, "borders-in-the-snow/pt/x", "b", 0));
    }
}
