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
        while (review.beads(SLUG, "ru").undoDepth() > 0) {
            review.undo(SLUG, "ru", "cleanup");
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

    private static void click(String buttonId) {
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    @Test
    void showsEveryBeadAndSelectsTheFirstLowConfidenceOne() {
        assertThat(AlignmentReviewView.route(SLUG, "ru")).isEqualTo("align/borders-in-the-snow/ru");
        assertThat(rows()).hasSize(49);
        assertThat(_get(Span.class, spec -> spec.withId("beads-to-review")).getText()).isEqualTo("To review: 12 of 49 beads");
        assertThat(bead(1).getClassNames()).doesNotContain("bead-low");
        assertThat(bead(38).getClassNames()).contains("bead-low", "bead-selected");
        assertThat(bead(38).getElement().getTextRecursively()).contains("No counterpart");
        assertThat(_get(Button.class, spec -> spec.withId("undo-change")).isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsLowConfidenceBeadsFirstOrAlone() {
        Select<BeadOrder> order = _get(Select.class, spec -> spec.withId("bead-order"));

        order.setValue(BeadOrder.LOW_ONLY);
        assertThat(rows()).hasSize(12).allSatisfy(row -> assertThat(row.getClassNames()).contains("bead-low"));

        order.setValue(BeadOrder.LOW_FIRST);
        assertThat(rows()).hasSize(49);
        assertThat(rows().getFirst().getId()).hasValue("bead-47");   // the lowest confidence, 0.11
        assertThat(rows().get(12).getClassNames()).doesNotContain("bead-low");
    }

    @Test
    void confirmsTheSelectedBeadAndUndoesIt() {
        _click(bead(45));
        click("confirm-bead");

        assertThat(status()).isEqualTo("Bead 45 confirmed");
        assertThat(bead(45).getClassNames()).contains("bead-confirmed").doesNotContain("bead-low");
        assertThat(bead(46).getClassNames()).contains("bead-selected");
        assertThat(_get(Span.class, spec -> spec.withId("beads-to-review")).getText()).isEqualTo("To review: 11 of 49 beads");

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
        assertThat(text).contains("Confirm", "Enter", "Ctrl+M", "Ctrl+B", "Alt+↑", "Alt+Shift+↓", "Ctrl+0", "Del",
                "Ctrl+Z", "J", "K");
    }

    @Test
    void saysSoWhenThereIsNothingToReview() {
        UI.getCurrent().navigate(AlignmentReviewView.route("no-such-page", "ru"));
        assertThat(status()).isEqualTo("There is no page “no-such-page”");
        NotificationsKt.clearNotifications();
    }
}
