package org.interlinea.editor.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.interlinea.document.Placeholders;

/**
 * Segment text as the translator reads it: the page's text as text (its own "{1}" included), each placeholder
 * as a chip ({@code ‹1}, {@code 1›}, {@code {2}}) carrying its token in {@code data-token}, as in the editor.
 */
final class CodedText {

    private CodedText() {
    }

    static Span of(String coded) {
        Span span = new Span();
        for (Placeholders.Piece piece : Placeholders.pieces(coded)) {
            span.add(piece.isToken() ? chip(piece.token()) : new Text(piece.text()));
        }
        return span;
    }

    static Span chip(Placeholders.Token token) {
        String label = switch (token.kind()) {
            case OPEN -> "‹" + token.id();
            case CLOSE -> token.id() + "›";
            case ISOLATED -> "{" + token.id() + "}";
        };
        Span chip = new Span(label);
        chip.addClassNames("placeholder", "placeholder-" + token.kind().name().toLowerCase(Locale.ROOT));
        // a copy from the page's column brings placeholders along (target-editor.js reads data-token)
        chip.getElement().setAttribute("data-token", token.text());
        return chip;
    }
}
