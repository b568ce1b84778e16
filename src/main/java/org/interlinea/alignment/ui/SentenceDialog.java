package org.interlinea.alignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.alignment.BeadRow;

/**
 * Joining or splitting the target sentences of one bead, for sentences the rules cut at an abbreviation
 * ("… т." | "е. …") or failed to cut. Join: which sentence joins the next ({@code sentence-join}). Split:
 * which sentence ({@code sentence-pick}) and before which word ({@code sentence-point}), with a preview.
 * The view saves the change; this dialog only asks.
 */
class SentenceDialog extends Dialog {

    private static final int CONTEXT = 24;

    private final BiFunction<String, Object[], String> translate;

    private SentenceDialog(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
        setId("sentence-dialog");
        addClassName("split-dialog");
    }

    /** Asks which target sentence of the bead joins the next one; hands its index (0-based) on. */
    static SentenceDialog join(BeadRow bead, IntConsumer onJoin, BiFunction<String, Object[], String> translate) {
        SentenceDialog dialog = new SentenceDialog(translate);
        dialog.setHeaderTitle(dialog.t("align.sentence.joinTitle", bead.position() + 1));
        Select<Integer> which = new Select<>();
        which.setId("sentence-join");
        which.setLabel(dialog.t("align.sentence.join"));
        which.setItems(IntStream.range(0, bead.target().size() - 1).boxed().toList());
        which.setItemLabelGenerator(i -> dialog.t("align.sentence.joinWith", i + 1, i + 2));
        which.setValue(0);
        which.setWidthFull();
        Div side = new Div();
        side.addClassName("split-side");
        Runnable preview = () -> {
            side.removeAll();
            int k = which.getValue() == null ? 0 : which.getValue();
            for (int i = 0; i < bead.target().size(); i++) {
                Paragraph p = new Paragraph((i + 1) + ". " + bead.target().get(i));
                p.addClassNames("sentence", i == k || i == k + 1 ? "split-first" : "split-second");
                side.add(p);
            }
        };
        which.addValueChangeListener(e -> preview.run());
        preview.run();
        dialog.add(side, which);
        dialog.footer("align.sentence.confirmJoin", () -> onJoin.accept(which.getValue()));
        return dialog;
    }

    /** Asks which target sentence to split and before which word; hands (sentence, character offset) on. */
    static SentenceDialog split(BeadRow bead, BiConsumer<Integer, Integer> onSplit,
                                BiFunction<String, Object[], String> translate) {
        SentenceDialog dialog = new SentenceDialog(translate);
        dialog.setHeaderTitle(dialog.t("align.sentence.splitTitle", bead.position() + 1));
        List<Integer> splittable = IntStream.range(0, bead.target().size())
                .filter(i -> !AlignmentReviewService.splitPoints(bead.target().get(i)).isEmpty()).boxed().toList();
        Select<Integer> sentence = new Select<>();
        sentence.setId("sentence-pick");
        sentence.setLabel(dialog.t("align.sentence.sentence"));
        sentence.setItems(splittable);
        sentence.setItemLabelGenerator(i -> (i + 1) + ". " + shorten(bead.target().get(i)));
        sentence.setWidthFull();
        Select<Integer> point = new Select<>();
        point.setId("sentence-point");
        point.setLabel(dialog.t("align.sentence.point"));
        point.setWidthFull();
        Div side = new Div();
        side.addClassName("split-side");
        Runnable preview = () -> {
            side.removeAll();
            Integer k = sentence.getValue();
            Integer at = point.getValue();
            if (k == null || at == null) {
                return;
            }
            String text = bead.target().get(k);
            Paragraph first = new Paragraph("1. " + text.substring(0, at).strip());
            first.addClassNames("sentence", "split-first");
            Paragraph second = new Paragraph("2. " + text.substring(at));
            second.addClassNames("sentence", "split-second");
            side.add(first, second);
        };
        sentence.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            String text = bead.target().get(e.getValue());
            List<Integer> points = AlignmentReviewService.splitPoints(text);
            point.setItems(points);
            point.setItemLabelGenerator(at -> around(text, at));
            point.setValue(firstAfterFullStop(text, points));
        });
        point.addValueChangeListener(e -> preview.run());
        if (!splittable.isEmpty()) {
            sentence.setValue(splittable.getFirst());
        }
        dialog.add(side, sentence, point);
        dialog.footer("align.sentence.confirmSplit", () -> onSplit.accept(sentence.getValue(), point.getValue()));
        return dialog;
    }

    /**
     * The likely choice: a capital or a number after a full stop (where the rules missed a break), else the
     * middle. Lower case after a full stop is an abbreviation ("г. началась"), not a sentence end.
     */
    private static int firstAfterFullStop(String text, List<Integer> points) {
        for (int at : points) {
            String before = text.substring(0, at).strip();
            boolean end = before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
            if (end && Character.isLetterOrDigit(text.charAt(at)) && !Character.isLowerCase(text.charAt(at))) {
                return at;
            }
        }
        return points.get(points.size() / 2);
    }

    /** "…последние слова | первые слова…" around a split point. */
    private static String around(String text, int at) {
        String before = text.substring(Math.max(0, at - CONTEXT), at).strip();
        String after = text.substring(at, Math.min(text.length(), at + CONTEXT));
        return (at > CONTEXT ? "…" : "") + before + " | " + after + (at + CONTEXT < text.length() ? "…" : "");
    }

    private static String shorten(String text) {
        return text.length() <= 2 * CONTEXT ? text : text.substring(0, 2 * CONTEXT) + "…";
    }

    private void footer(String confirmKey, Runnable onConfirm) {
        Button confirm = new Button(t(confirmKey), e -> {
            close();
            onConfirm.run();
        });
        confirm.setId("sentence-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("align.split.cancel"), e -> close());
        cancel.setId("sentence-cancel");
        getFooter().add(cancel, confirm);
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }
}
