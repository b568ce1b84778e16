package org.interlinea.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A translator's text for one segment, checked against the segment's placeholders. */
final class Translation {

    private static final Pattern TOKEN = Pattern.compile("</?\\d+>|\\{\\d+}");

    /** Text (markup == null) or a placeholder. */
    record Piece(String text, Markup markup) {
    }

    private Translation() {
    }

    static List<Piece> parse(SourceSegment source, String translation) {
        List<Piece> pieces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String where = "Segment " + source.segment().index() + ": ";
        Matcher m = TOKEN.matcher(translation);
        int last = 0;
        while (m.find()) {
            String token = m.group();
            Markup markup = source.markup(token);
            if (markup == null) {
                throw new DocumentException(where + "the translation has a placeholder " + token
                        + " that the source text does not have.");
            }
            if (!seen.add(token)) {
                throw new DocumentException(where + "the placeholder " + token + " appears twice in the translation.");
            }
            if (token.startsWith("</") && !seen.contains("<" + token.substring(2))) {
                throw new DocumentException(where + "the placeholder " + token + " comes before its opening <"
                        + token.substring(2) + ".");
            }
            if (m.start() > last) {
                pieces.add(new Piece(translation.substring(last, m.start()), null));
            }
            pieces.add(new Piece(null, markup));
            last = m.end();
        }
        if (last < translation.length()) {
            pieces.add(new Piece(translation.substring(last), null));
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
