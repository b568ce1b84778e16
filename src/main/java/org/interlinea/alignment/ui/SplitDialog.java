package org.interlinea.alignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.interlinea.alignment.BeadRow;

/**
 * Where to split one bead: its source segments and target sentences listed, and how many of each the first
 * part keeps ({@code split-source}, {@code split-target}); the rest go to the second part. Both parts need
 * at least one sentence. On "Split" it hands the two counts (the service's {@code sourceAt} and
 * {@code targetAt}) on and closes; the view saves the change.
 */
class SplitDialog extends Dialog {

    private final BeadRow bead;
    private final BiFunction<String, Object[], String> translate;
    private final Select<Integer> source = new Select<>();
    private final Select<Integer> target = new Select<>();
    private final Div sourceSide = new Div();
    private final Div targetSide = new Div();
    private final Button split;

    SplitDialog(BeadRow bead, BiConsumer<Integer, Integer> onSplit, BiFunction<String, Object[], String> translate) {
        this.bead = bead;
        this.translate = translate;
        setId("split-dialog");
        addClassName("split-dialog");
        setHeaderTitle(t("align.split.title", bead.position() + 1));

        configure(source, "split-source", "align.split.source", bead.source().size());
        configure(target, "split-target", "align.split.target", bead.target().size());
        // a sensible first guess: one sentence of each side in the first part, unless that is the whole bead
        int sources = bead.source().size();
        int targets = bead.target().size();
        int sourceAt = Math.min(1, sources);
        int targetAt = Math.min(1, targets);
        if (sourceAt + targetAt == sources + targets) {
            targetAt = 0;
        }
        source.setValue(sourceAt);
        target.setValue(targetAt);

        sourceSide.addClassName("split-side");
        targetSide.addClassName("split-side");
        Div sourceColumn = new Div(new Span(t("align.column.source")), sourceSide, source);
        Div targetColumn = new Div(new Span(t("align.column.target")), targetSide, target);
        sourceColumn.addClassName("split-column");
        targetColumn.addClassName("split-column");
        Div columns = new Div(sourceColumn, targetColumn);
        columns.addClassName("split-columns");
        add(columns);

        split = new Button(t("align.split.confirm"), e -> {
            if (validate()) {
                close();
                onSplit.accept(source.getValue(), target.getValue());
            }
        });
        split.setId("split-confirm");
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("align.split.cancel"), e -> close());
        cancel.setId("split-cancel");
        getFooter().add(cancel, split);

        source.addValueChangeListener(e -> validate());
        target.addValueChangeListener(e -> validate());
        validate();
    }

    private void configure(Select<Integer> select, String id, String labelKey, int count) {
        select.setId(id);
        select.setLabel(t(labelKey));
        select.setItems(IntStream.rangeClosed(0, count).boxed().toList());
        select.setItemLabelGenerator(k -> k == 0 ? t("align.split.none") : k == 1 ? "1" : "1–" + k);
        select.setEnabled(count > 0);
        select.setWidthFull();
    }

    /** Marks which sentences go where and says what is wrong with the choice, if anything. */
    private boolean validate() {
        int sourceAt = source.getValue() == null ? 0 : source.getValue();
        int targetAt = target.getValue() == null ? 0 : target.getValue();
        show(sourceSide, bead.source(), sourceAt);
        show(targetSide, bead.target(), targetAt);
        String problem = null;
        if (sourceAt + targetAt == 0) {
            problem = t("align.split.firstEmpty");
        } else if (sourceAt + targetAt == bead.source().size() + bead.target().size()) {
            problem = t("align.split.secondEmpty");
        }
        for (Select<Integer> select : List.of(source, target)) {
            select.setInvalid(problem != null);
            select.setErrorMessage(problem);
        }
        split.setEnabled(problem == null);
        return problem == null;
    }

    private void show(Div side, List<String> sentences, int firstPart) {
        side.removeAll();
        if (sentences.isEmpty()) {
            Span none = new Span(t("align.noCounterpart"));
            none.addClassName("bead-none");
            side.add(none);
        }
        for (int i = 0; i < sentences.size(); i++) {
            Paragraph sentence = new Paragraph((i + 1) + ". " + sentences.get(i));
            sentence.addClassNames("sentence", i < firstPart ? "split-first" : "split-second");
            side.add(sentence);
        }
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }
}
