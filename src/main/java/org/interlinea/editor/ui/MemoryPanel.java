package org.interlinea.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.interlinea.tm.MemoryLookup;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.tm.WordDiff;

/**
 * The memory beside the segment being edited: up to three suggestions (Ctrl+1..3 or a click takes one),
 * each with its score, where it came from and how its source differs from this segment's; and a concordance
 * search, which also shows each entry's origin (superseded ones last, labelled).
 */
final class MemoryPanel extends Div {

    private final Div matches = new Div();
    private final IntConsumer take;
    private final Div concordanceResults = new Div();

    MemoryPanel(IntConsumer take, Function<String, List<TranslationMemory.Match>> concordance) {
        addClassName("memory-panel");
        setId("memory-panel");
        matches.setId("tm-matches");
        matches.addClassName("tm-matches");
        TextField search = new TextField();
        search.setId("concordance");
        search.setPlaceholder(getTranslation("editor.memory.concordance"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> showConcordance(concordance.apply(e.getValue())));
        concordanceResults.setId("concordance-results");
        concordanceResults.addClassName("concordance-results");
        add(new H4(getTranslation("editor.memory.title")), matches, new H4(getTranslation("editor.memory.concordanceTitle")),
                search, concordanceResults);
        this.take = take;
        show(List.of());
    }

    void show(List<MemoryLookup.Suggestion> suggestions) {
        matches.removeAll();
        if (suggestions.isEmpty()) {
            Span none = new Span(getTranslation("editor.memory.none"));
            none.addClassName("tm-none");
            matches.add(none);
        }
        for (int i = 0; i < suggestions.size(); i++) {
            MemoryLookup.Suggestion s = suggestions.get(i);
            int index = i;
            Span key = new Span("Ctrl+" + (i + 1));
            key.addClassName("tm-key");
            Span score = new Span(s.score() + "%");
            score.addClassName("tm-score");
            Div target = new Div(CodedText.of(s.targetText()));
            target.addClassName("tm-target");
            Div diff = new Div();
            diff.addClassName("tm-diff");
            for (WordDiff.Part part : s.diff()) {
                Span span = CodedText.of(part.text());
                span.addClassName("diff-" + part.kind().name().toLowerCase(java.util.Locale.ROOT));
                diff.add(span, new Span(" "));
            }
            Span origin = new Span(getTranslation(s.originKey()));
            origin.addClassName("tm-origin");
            Div match = new Div(new Div(key, score, origin), target, diff);
            match.addClassName("tm-match");
            match.setId("tm-match-" + i);
            match.getElement().setAttribute("title", getTranslation("editor.memory.take"));
            match.addClickListener(e -> take.accept(index));
            matches.add(match);
        }
    }

    private void showConcordance(List<TranslationMemory.Match> found) {
        concordanceResults.removeAll();
        for (TranslationMemory.Match m : found) {
            Div source = new Div(CodedText.of(m.sourceText()));
            source.addClassName("concordance-source");
            Div target = new Div(CodedText.of(m.targetText()));
            target.addClassName("concordance-target");
            Span origin = new Span(getTranslation(m.originKey()));
            origin.addClassName("tm-origin");
            Div item = new Div(source, target, origin);
            item.addClassName("concordance-item");
            if (m.superseded()) {
                item.addClassName("superseded");
            }
            concordanceResults.add(item);
        }
    }
}
