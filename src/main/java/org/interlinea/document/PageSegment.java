package org.interlinea.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's source segment as other features see it (the editor, alignment, publishing, the page screen):
 * {@code position} is its 0-based place on the page, {@code paragraph} the block it belongs to. Read through
 * {@link Segments}; the {@code segment} table is {@code document}'s own.
 */
public record PageSegment(long id, int position, int paragraph, String sourceText, int words, String context) {

    /**
     * The speaker label of an interview line: a pair at the start around text that ends with a colon, as in
     * {@code <1>Interviewer:</1> Why?}, as the reader sees it. Empty when there is none.
     */
    public String speakerLabel() {
        List<Placeholders.Piece> pieces = Placeholders.pieces(sourceText);
        if (pieces.size() < 3 || !pieces.get(0).isToken() || pieces.get(1).isToken() || !pieces.get(2).isToken()) {
            return "";
        }
        Placeholders.Token open = pieces.get(0).token();
        Placeholders.Token close = pieces.get(2).token();
        String label = pieces.get(1).text().strip();
        boolean pair = open.kind() == Placeholders.Kind.OPEN && close.kind() == Placeholders.Kind.CLOSE
                && open.id() == close.id();
        return pair && label.endsWith(":") && label.length() <= 60 ? label : "";
    }

    /**
     * What to insert for placeholder {@code id} of this source: {@code [open, close]} for a pair (to wrap the
     * selection), {@code [token]} for an isolated one, empty when the source has no such placeholder.
     */
    public List<String> insertion(int id) {
        List<String> result = new ArrayList<>();
        for (Placeholders.Token token : Placeholders.tokens(sourceText)) {
            if (token.id() == id && token.kind() != Placeholders.Kind.CLOSE) {
                result.add(token.text());
                if (token.kind() == Placeholders.Kind.OPEN) {
                    result.add(Placeholders.close(id));
                }
                return result;
            }
        }
        return result;
    }
}
