package org.interlinea.alignment;

import java.util.List;

/**
 * One bead as the review shows it: the source segments' texts, the target sentences' texts (with their
 * placeholders), the aligner's confidence and whether a person confirmed it. {@code position} is 0-based.
 */
public record BeadRow(int position, List<String> source, List<String> target, double confidence,
                      boolean confirmed) {

    public BeadRow {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** Below {@link SentenceAligner#TRANSLATED_THRESHOLD}: the aligner was not sure. */
    public boolean lowConfidence() {
        return confidence < SentenceAligner.TRANSLATED_THRESHOLD;
    }

    /** Low confidence and nobody has looked at it yet. */
    public boolean needsReview() {
        return lowConfidence() && !confirmed;
    }

    /** "1-1", "2-1", "1-0": how many sentences on each side. */
    public String shape() {
        return source.size() + "-" + target.size();
    }
}
