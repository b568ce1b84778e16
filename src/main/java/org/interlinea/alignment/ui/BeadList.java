package org.interlinea.alignment.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import org.interlinea.alignment.BeadRow;
import org.interlinea.document.Placeholders;

/**
 * The beads as rows, source left and target right. Row ids are {@code bead-<n>} with n counted from 1 as
 * shown; low-confidence beads carry {@code bead-low}, confirmed ones {@code bead-confirmed}, the selected
 * one {@code bead-selected}. The list is focusable so the keyboard works right after a click.
 */
class BeadList extends Div {

    private final IntConsumer onSelect;
    private final BiFunction<String, Object[], String> translate;
    private List<BeadRow> shown = List.of();
    private int selected = -1;

    BeadList(IntConsumer onSelect, BiFunction<String, Object[], String> translate) {
        this.onSelect = onSelect;
        this.translate = translate;
        setId("bead-list");
        addClassName("bead-list");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "listbox");
    }

    /** Shows these beads (already ordered and filtered) with the bead at {@code selectedPosition} selected. */
    void show(List<BeadRow> beads, int selectedPosition) {
        removeAll();
        shown = beads;
        selected = selectedPosition;
        if (beads.isEmpty()) {
            Div empty = new Div(translate.apply("align.empty", new Object[0]));
            empty.setId("bead-list-empty");
            empty.addClassName("bead-list-empty");
            add(empty);
        }
        beads.forEach(bead -> add(row(bead)));
        scrollToSelected();
    }

    List<BeadRow> shown() {
        return shown;
    }

    int selected() {
        return selected;
    }

    void select(int position) {
        getChildren().forEach(c -> {
            boolean chosen = c.getId().filter(id(position)::equals).isPresent();
            c.getElement().getClassList().set("bead-selected", chosen);
            c.getElement().setAttribute("aria-selected", String.valueOf(chosen));
        });
        selected = position;
        scrollToSelected();
    }

    void focus() {
        getElement().callJsFunction("focus", java.util.Map.of("preventScroll", true));
    }

    static String id(int position) {
        return "bead-" + (position + 1);
    }

    private Div row(BeadRow bead) {
        Div row = new Div(header(bead), side(bead.source(), "bead-source"), side(bead.target(), "bead-target"));
        row.setId(id(bead.position()));
        row.addClassName("bead");
        row.getElement().setAttribute("role", "option");
        if (bead.needsReview()) {
            row.addClassName("bead-low");
        }
        if (bead.confirmed()) {
            row.addClassName("bead-confirmed");
        }
        if (bead.position() == selected) {
            row.addClassName("bead-selected");
            row.getElement().setAttribute("aria-selected", "true");
        }
        row.addClickListener(e -> onSelect.accept(bead.position()));
        return row;
    }

    private Div header(BeadRow bead) {
        Span number = new Span(String.valueOf(bead.position() + 1));
        number.addClassName("bead-number");
        Span shape = new Span(bead.shape());
        shape.addClassName("bead-shape");
        shape.setTitle(translate.apply("align.shape.title", new Object[] {bead.source().size(), bead.target().size()}));
        Span confidence = new Span(String.format(Locale.ROOT, "%d%%", Math.round(bead.confidence() * 100)));
        confidence.addClassName("bead-confidence");
        confidence.setTitle(translate.apply("align.confidence.title", new Object[0]));
        Div header = new Div(number, shape, confidence);
        header.addClassName("bead-header");
        if (bead.reason() != null) {
            // Why a bead the aligner is sure of still needs a person: its numbers, dates or names disagree.
            Span reason = new Span(translate.apply(bead.reason().messageKey(), bead.reason().messageArgs()));
            reason.addClassName("review-reason");
            header.add(reason);
        }
        if (bead.confirmed()) {
            var check = VaadinIcon.CHECK_CIRCLE.create();
            check.addClassName("bead-confirmed-icon");
            check.setTooltipText(translate.apply("align.confirmed", new Object[0]));
            header.add(check);
        }
        return header;
    }

    private Div side(List<String> sentences, String className) {
        Div side = new Div();
        side.addClassName(className);
        if (sentences.isEmpty()) {
            Span none = new Span(translate.apply("align.noCounterpart", new Object[0]));
            none.addClassName("bead-none");
            side.add(none);
        }
        for (String sentence : sentences) {
            side.add(sentence(sentence));
        }
        return side;
    }

    /** Text as text; placeholders ({@code <1>}, {@code </1>}, {@code {2}}) as small marks, never as markup. */
    private static Paragraph sentence(String text) {
        Paragraph p = new Paragraph();
        p.addClassName("sentence");
        for (Placeholders.Piece piece : Placeholders.pieces(text)) {
            if (!piece.isToken()) {
                p.add(new Text(piece.text()));
                continue;
            }
            Span mark = new Span(piece.token().kind() == Placeholders.Kind.CLOSE ? "/" + piece.token().id()
                    : String.valueOf(piece.token().id()));
            mark.addClassName("ph");
            mark.setTitle(piece.text());
            p.add(mark);
        }
        return p;
    }

    private void scrollToSelected() {
        if (selected >= 0) {
            // after the browser has laid the rows out, or a fresh list does not scroll
            getElement().executeJs("""
                    const list = this;
                    setTimeout(() => {
                      const r = list.querySelector('#' + $0);
                      if (!r) return;
                      const top = r.offsetTop, bottom = top + r.offsetHeight;
                      if (top < list.scrollTop || bottom > list.scrollTop + list.clientHeight) {
                        list.scrollTop = top - (list.clientHeight - r.offsetHeight) / 2;
                      }
                    }, 50);""", id(selected));
        }
    }
}
