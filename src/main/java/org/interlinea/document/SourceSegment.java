package org.interlinea.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A segment with what a merge needs: its range in the original text, the quote delimiting it when it
 * is an attribute value (0 for element content) and its placeholders' original ranges.
 */
record SourceSegment(Segment segment, int start, int end, char quote, boolean attribute, List<Markup> markups) {

    @Nullable Markup markup(String token) {
        for (Markup m : markups) {
            if (m.token().equals(token)) {
                return m;
            }
        }
        return null;
    }
}
