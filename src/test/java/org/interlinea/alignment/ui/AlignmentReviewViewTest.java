package org.interlinea.alignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The review screen without a browser (Karibu) on the shared demo app: every change is undone afterwards so
 * other tests see the corpus as imported.
 */
@DemoCorpusApp
class AlignmentReviewViewTest {

    static final String SLUG = "borders-in-the-snow";
    /** Bead 32 of its Russian alignment is a 1-2 split. */
    static final String JUDGE = "a-judge-on-trial";

    @Autowired
    ApplicationContext context;
    @Autowired
    AlignmentReviewService review;

    @BeforeEach
    void signedInUi() {
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(AlignmentReviewView.route(SLUG, "ru"));
    }

    @AfterEach
    void undoEverything() {
        KaribuUi.tearDown();
        for (String slug : List.of(SLUG, JUDGE)) {
            while (review.beads(slug, "ru").undoDepth() > 0) {
                review.undo(slug, "ru", "cleanup");
            }
        }
    }

    private static Div bead(int number) {
        return _get(Div.class, spec -> spec.withId("bead-" + number));
    }

    private static List<Div> rows() {
        return _find(Div.class, spec -> spec.withClasses("bead"));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("review-status")).getText();
    }

    private static String shape(int number) {
        return _get(bead(number), Span.class, spec -> spec.withClasses("bead-shape")).getText();
    }

    private static void click(String buttonId) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    @Test
    void showsEveryBeadAndSelectsTheFirstLowConfidenceOne() {
        assertThat(AlignmentReviewView.route(SLUG, "ru")).isEqualTo("align/borders-in-the-snow/ru");
        assertThat(rows()).hasSize(49);
        assertThat(_get(Span.class, spec -> spec.withId("beads-to-review")).getText()).isEqualTo("To review: 13 of 49 beads");
        assertThat(bead(1).getClassNames()).doesNotContain("bead-low");
        // The aligner is sure of bead 17, but its Russian says 10 guides where the source now says 12.
        assertThat(bead(17).getClassNames()).contains("bead-low", "bead-selected");
        assertThat(bead(17).getElement().getTextRecursively())
                .contains("Numbers differ: 12 in the source, 10 in the translation");
        assertThat(bead(38).getClassNames()).contains("bead-low");
        assertThat(bead(38).getElement().getTextRecursively()).contains("No counterpart");
        assertThat(_get(Button.class, spec -> spec.withId("undo-change")).isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsLowConfidenceBeadsFirstOrAlone() {
        Select<BeadOrder> order = _get(Select.class, spec -> spec.withId("bead-order"));

        order.setValue(BeadOrder.LOW_ONLY);
        assertThat(rows()).hasSize(13).allSatisfy(row -> assertThat(row.getClassNames()).contains("bead-low"));

        order.setValue(BeadOrder.LOW_FIRST);
        assertThat(rows()).hasSize(49);
        assertThat(rows().getFirst().getId()).hasValue("bead-47");   // the lowest confidence, 0.11
        assertThat(rows().get(13).getClassNames()).doesNotContain("bead-low");
    }

    @Test
    void confirmsTheSelectedBeadAndUndoesIt() {
        _click(bead(45));
        click("confirm-bead");

        assertThat(status()).isEqualTo("Bead 45 confirmed");
        assertThat(bead(45).getClassNames()).contains("bead-confirmed").doesNotContain("bead-low");
        assertThat(bead(46).getClassNames()).contains("bead-selected");
        assertThat(_get(Span.class, spec -> spec.withId("beads-to-review")).getText()).isEqualTo("To review: 12 of 49 beads");

        click("undo-change");

        assertThat(status()).isEqualTo("Undone: confirm");
        assertThat(bead(45).getClassNames()).contains("bead-low", "bead-selected").doesNotContain("bead-confirmed");
        assertThat(_get(Button.class, spec -> spec.withId("undo-change")).isEnabled()).isFalse();
        NotificationsKt.clearNotifications();
    }

    @Test
    void mergesSplitsAndMarksNoCounterpart() {
        _click(bead(15));   // 1-2
        click("split-bead");
        assertThat(status()).isEqualTo("Bead 15 split into pairs");
        assertThat(rows()).hasSize(50);
        assertThat(bead(16).getElement().getTextRecursively()).contains("No counterpart");

        click("merge-bead");
        assertThat(status()).isEqualTo("Beads 15 and 16 merged");
        assertThat(rows()).hasSize(49);

        _click(bead(48));
        click("no-counterpart");
        assertThat(status()).isEqualTo("Bead 48: its sentences have no counterpart");
        assertThat(rows()).hasSize(50);
        assertThat(bead(48).getClassNames()).contains("bead-confirmed");
        NotificationsKt.clearNotifications();
    }

    @Test
    @SuppressWarnings("unchecked")
    void splitsABeadWhereTheReviewerChoosesAndUndoesIt() {
        UI.getCurrent().navigate(AlignmentReviewView.route(JUDGE, "ru"));
        int beads = rows().size();
        _click(bead(32));
        assertThat(shape(32)).isEqualTo("1-2");
        click("split-at");

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("split-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Split bead 32");
        assertThat(_find(dialog, Paragraph.class, spec -> spec.withClasses("sentence"))).hasSize(3);
        Select<Integer> source = _get(Select.class, spec -> spec.withId("split-source"));
        Select<Integer> target = _get(Select.class, spec -> spec.withId("split-target"));
        Button split = _get(Button.class, spec -> spec.withId("split-confirm"));
        assertThat(source.getListDataView().getItems()).containsExactly(0, 1);
        assertThat(target.getListDataView().getItems()).containsExactly(0, 1, 2);
        assertThat(target.getItemLabelGenerator().apply(2)).isEqualTo("1–2");
        assertThat(source.getItemLabelGenerator().apply(0)).isEqualTo("none");

        source.setValue(0);
        target.setValue(0);
        assertThat(source.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("The first part would be empty: keep at least one sentence in it");
        assertThat(split.isEnabled()).isFalse();

        source.setValue(1);
        target.setValue(2);
        assertThat(target.isInvalid()).isTrue();
        assertThat(source.getErrorMessage()).isEqualTo("The second part would be empty: leave at least one sentence for it");
        assertThat(split.isEnabled()).isFalse();

        target.setValue(1);   // source 1 and target 1 stay together, target 2 stands alone
        assertThat(source.isInvalid()).isFalse();
        assertThat(target.isInvalid()).isFalse();
        assertThat(_find(dialog, Paragraph.class, spec -> spec.withClasses("split-second"))).hasSize(1);
        _click(split);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(status()).isEqualTo("Bead 32 split into beads 32 and 33");
        assertThat(rows()).hasSize(beads + 1);
        assertThat(shape(32)).isEqualTo("1-1");
        assertThat(shape(33)).isEqualTo("0-1");
        assertThat(bead(32).getClassNames()).contains("bead-selected");
        assertThat(review.beads(JUDGE, "ru").undoDepth()).isEqualTo(1);

        click("undo-change");
        assertThat(status()).isEqualTo("Undone: split");
        assertThat(rows()).hasSize(beads);
        assertThat(shape(32)).isEqualTo("1-2");
        NotificationsKt.clearNotifications();
    }

    @Test
    void cancellingTheSplitChangesNothing() {
        _click(bead(15));   // 1-2
        click("split-at");
        click("split-cancel");
        assertThat(_find(Dialog.class, spec -> spec.withId("split-dialog"))).isEmpty();
        assertThat(rows()).hasSize(49);
        assertThat(review.beads(SLUG, "ru").undoDepth()).isZero();

        _click(bead(38));   // 1-0: nothing to split
        assertThat(shape(38)).isEqualTo("1-0");
        click("split-at");
        assertThat(_find(Dialog.class, spec -> spec.withId("split-dialog"))).isEmpty();
        assertThat(status()).isEqualTo("Bead 38 has a single sentence: there is nothing to split");
        NotificationsKt.clearNotifications();
    }

    @Test
    void explainsWhatCannotBeDone() {
        _click(bead(49));
        click("merge-bead");
        assertThat(status()).isEqualTo("Bead 49 is the last one: there is no next bead");

        _click(bead(1));
        click("target-up");
        assertThat(status()).isEqualTo("Bead 1 is the first one: there is no previous bead");
        assertThat(rows()).hasSize(49);
        NotificationsKt.clearNotifications();
    }

    @Test
    void listsTheShortcuts() {
        click("show-shortcuts");
        Dialog help = _get(Dialog.class, spec -> spec.withId("shortcut-help"));
        assertThat(help.isOpened()).isTrue();
        String text = help.getElement().getTextRecursively();
        assertThat(text).contains("Confirm", "Enter", "Ctrl+M", "Ctrl+B", "Split here…", "Alt+↑", "Alt+Shift+↓", "Ctrl+0", "Del",
                "Ctrl+Z", "J", "K");
    }

    @Test
    void anUnknownPageLeadsToTheNotFoundScreenWithItsReason() {
        UI.getCurrent().navigate(AlignmentReviewView.route("no-such-page", "ru"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-message")).getText())
                .isEqualTo("There is no page “no-such-page”");
        assertThat(_find(AlignmentReviewView.class)).isEmpty();
    }
}
