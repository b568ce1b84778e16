package org.interlinea.alignment;

/**
 * One aligned unit: source sentences {@code [sourceStart, sourceEnd)} translate target sentences
 * {@code [targetStart, targetEnd)}. One side is empty for an omission (1-0) or an addition (0-1).
 *
 * @param confidence how sure the aligner is, in [0, 1]; compare with
 *                   {@link SentenceAligner#TRANSLATED_THRESHOLD}
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence) {

    public Bead {
        if (sourceStart < 0 || sourceEnd < sourceStart || targetStart < 0 || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead ranges: [" + sourceStart + "," + sourceEnd + "):["
                    + targetStart + "," + targetEnd + ")");
        }
        if (sourceStart == sourceEnd && targetStart == targetEnd) {
            throw new IllegalArgumentException("a bead covers at least one sentence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    public int targetCount() {
        return targetEnd - targetStart;
    }

    /** True for 1-0 and 0-1 beads: a sentence that has no counterpart on the other side. */
    public boolean isUnpaired() {
        return sourceCount() == 0 || targetCount() == 0;
    }

    /** The bead in vecalign notation, e.g. {@code [1, 2]:[1]} or {@code [3]:[]}. */
    public String toVecalign() {
        return range(sourceStart, sourceEnd) + ":" + range(targetStart, targetEnd);
    }

    private static String range(int start, int end) {
        StringBuilder b = new StringBuilder("[");
        for (int i = start; i < end; i++) {
            b.append(i == start ? "" : ", ").append(i);
        }
        return b.append(']').toString();
    }
}
