package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the sentences of a document with those of its translation: a dynamic programme over the whole
 * document (beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) scoring length (ratio measured per document),
 * lexical anchors (numbers, transliterated names, punctuation) and paragraph boundaries, inside a band
 * around the diagonal that widens only when the path runs along its edge.
 */
public final class SentenceAligner {

    /**
     * Beads with at least this confidence can be stored as {@code TRANSLATED}; below it they are
     * {@code NEEDS_REVIEW}. Measured by AlignmentBenchmark (November 2026): at 0.6, 99.87 % of the beads
     * above it are exactly right on NTREX en-ru/pt/pt-BR, clean and drop-line (11,326 of 11,341; 94.9 % of
     * all beads are above it), and 94.6 % on the harder Text+Berg de-fr (907 of 959; 69.8 % above it).
     * Omissions and additions are capped below it, so a human always sees them.
     */
    public static final double TRANSLATED_THRESHOLD = 0.6;

    /** Half-width of the first band; enough for most documents (omissions shift the path by a few). */
    static final int INITIAL_HALF_WIDTH = 32;
    /** The band stops widening here, which bounds memory at about 2 * 512 * (n + 1) cells. */
    static final int MAX_HALF_WIDTH = 512;

    private SentenceAligner() {
    }

    /**
     * Beads covering every sentence of both sides, in order (empty when both are empty).
     *
     * @param source  source sentences in document order
     * @param target  target sentences in document order
     * @param options languages and paragraph starts
     */
    public static List<Bead> align(List<String> source, List<String> target, AlignmentOptions options) {
        return align(source, target, options, Weights.DEFAULT).beads();
    }

    /** The beads and the size of the last band, for tests and tuning. */
    record Alignment(List<Bead> beads, long cellsAllocated, int halfWidth) {
    }

    static Alignment align(List<String> source, List<String> target, AlignmentOptions options, Weights weights) {
        BeadScorer scorer = new BeadScorer(features(source), features(target), options, weights);
        int halfWidth = INITIAL_HALF_WIDTH;
        while (true) {
            BandedDynamicProgram program = new BandedDynamicProgram(scorer, halfWidth);
            BandedDynamicProgram.Result result = program.run();
            boolean canWiden = halfWidth < MAX_HALF_WIDTH && halfWidth < Math.max(source.size(), target.size());
            if (!result.touchedEdge() || !canWiden) {
                return new Alignment(beads(result.steps()), result.cellsAllocated(), halfWidth);
            }
            halfWidth *= 2;
        }
    }

    private static List<Bead> beads(List<BandedDynamicProgram.Step> steps) {
        List<Bead> beads = new ArrayList<>(steps.size());
        for (BandedDynamicProgram.Step s : steps) {
            beads.add(new Bead(s.source(), s.source() + s.type().source, s.target(), s.target() + s.type().target,
                    Confidence.of(s)));
        }
        return beads;
    }

    private static SentenceFeatures[] features(List<String> sentences) {
        SentenceFeatures[] f = new SentenceFeatures[sentences.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = SentenceFeatures.of(sentences.get(k));
        }
        return f;
    }
}
