package org.interlinea.alignment;

import java.util.List;
import org.interlinea.translation.ReviewReason;
import org.jspecify.annotations.Nullable;

/**
 * One bead as the review shows it: the source segments' texts, the target sentences' texts (with their
 * placeholders), the aligner's confidence, whether a person confirmed it, and why it needs review when its
 * sides disagree on numbers, dates or names (null otherwise). {@code position} is 0-based.
 */
public record BeadRow(int position, List<String> source, List<String> target, double confidence,
                      boolean confirmed, @Nullable ReviewReason reason) {

    public BeadRow {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public BeadRow(int position, List<String> source, List<String> target, double confidence, boolean confirmed) {
        this(position, source, target, confidence, confirmed, null);
    }

    /** Below {@link SentenceAligner#TRANSLATED_THRESHOLD}: the aligner was not sure. */
    public boolean lowConfidence() {
        return confidence < SentenceAligner.TRANSLATED_THRESHOLD;
    }

    /** Low confidence, or its sides disagree ({@link #reason}), and nobody has looked at it yet. */
    public boolean needsReview() {
        return (lowConfidence() || reason != null) && !confirmed;
    }

    /** "1-1", "2-1", "1-0": how many sentences on each side. */
    public String shape() {
        return source.size() + "-" + target.size();
    }
}
