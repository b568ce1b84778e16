package org.interlinea.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A translator's text for one segment, checked against the segment's placeholders. */
final class Translation {

    /** Text as a reader sees it (markup == null), or a placeholder. */
    record Piece(String text, Markup markup) {
    }

    private Translation() {
    }

    static List<Piece> parse(SourceSegment source, String translation) {
        List<Piece> pieces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String where = "Segment " + source.segment().index() + ": ";
        for (Placeholders.Piece piece : Placeholders.pieces(translation)) {
            if (!piece.isToken()) {
                pieces.add(new Piece(piece.text(), null));
                continue;
            }
            Placeholders.Token token = piece.token();
            Markup markup = source.markup(token.text());
            if (markup == null) {
                throw new DocumentException(where + "the translation has a placeholder " + token.text()
                        + " that the source text does not have.");
            }
            if (!seen.add(token.text())) {
                throw new DocumentException(where + "the placeholder " + token.text()
                        + " appears twice in the translation.");
            }
            if (token.kind() == Placeholders.Kind.CLOSE && !seen.contains(Placeholders.open(token.id()))) {
                throw new DocumentException(where + "the placeholder " + token.text() + " comes before its opening "
                        + Placeholders.open(token.id()) + ".");
            }
            pieces.add(new Piece(null, markup));
        }
        for (Markup markup : source.markups()) {
            if (markup.required() && !seen.contains(markup.token())) {
                throw new DocumentException(where + "the translation is missing the placeholder " + markup.token()
                        + " (source: " + source.segment().text() + ").");
            }
        }
        return pieces;
    }
}
