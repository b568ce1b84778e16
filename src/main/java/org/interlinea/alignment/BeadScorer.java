package org.interlinea.alignment;

import java.util.Arrays;
import java.util.Set;

/**
 * The cost of one bead: prior of its shape + length model + lexical anchors + paragraph structure. Lower
 * is better; costs are (roughly) negative log probabilities so they add up along a path. Not thread-safe:
 * it reuses scratch arrays, since it is called millions of times per document.
 */
final class BeadScorer {

    private final SentenceFeatures[] source;
    private final SentenceFeatures[] target;
    private final long[] sourcePrefix;
    private final long[] targetPrefix;
    private final boolean[] sourceParagraph;
    private final boolean[] targetParagraph;
    private final boolean paragraphs;
    private final LengthModel lengths;
    private final Weights w;
    private final double[] priorCost = new double[BeadType.ALL.length];
    private int[] scratchA = new int[16];
    private int[] scratchB = new int[16];

    BeadScorer(SentenceFeatures[] source, SentenceFeatures[] target, AlignmentOptions options, Weights weights) {
        this.source = source;
        this.target = target;
        this.sourcePrefix = prefix(source);
        this.targetPrefix = prefix(target);
        this.paragraphs = options.hasParagraphs();
        this.sourceParagraph = flags(options.sourceParagraphStarts(), source.length);
        this.targetParagraph = flags(options.targetParagraphStarts(), target.length);
        this.lengths = new LengthModel(LengthModel.ratio(sourcePrefix[source.length], targetPrefix[target.length],
                Math.min(source.length, target.length), options.sourceLanguage(), options.targetLanguage()),
                weights.variance());
        this.w = weights;
        for (BeadType type : BeadType.ALL) {
            priorCost[type.ordinal()] = weights.priorCost(type);
        }
    }

    int sourceSize() {
        return source.length;
    }

    int targetSize() {
        return target.length;
    }

    double ratio() {
        return lengths.ratio();
    }

    /** Cost of a bead of this type covering source from {@code i} and target from {@code j}. */
    double cost(BeadType type, int i, int j) {
        int ls = (int) (sourcePrefix[i + type.source] - sourcePrefix[i]);
        int lt = (int) (targetPrefix[j + type.target] - targetPrefix[j]);
        double cost = priorCost[type.ordinal()] + paragraphCost(type, i, j);
        if (type.unpaired()) {
            return cost + w.unpairedPerChar() * (ls + lt);
        }
        cost += lengths.cost(ls, lt);
        cost += lexicalCost(type, i, j);
        return cost;
    }

    private double lexicalCost(BeadType type, int i, int j) {
        double cost = 0;
        int ns = gather(source, i, type.source, true, true);
        int nt = gather(target, j, type.target, false, true);
        if (ns + nt > 0) {
            int shared = shared(ns, nt);
            cost += -w.numberMatch() * shared + w.numberMismatch() * (ns + nt - 2 * shared);
        }
        ns = gather(source, i, type.source, true, false);
        nt = gather(target, j, type.target, false, false);
        if (ns > 0 && nt > 0) {
            cost -= w.nameMatch() * shared(ns, nt);
        }
        for (int kind = 0; kind < SentenceFeatures.PUNCTUATION_KINDS; kind++) {
            int a = 0;
            int b = 0;
            for (int k = 0; k < type.source; k++) {
                a += source[i + k].punctuation()[kind];
            }
            for (int k = 0; k < type.target; k++) {
                b += target[j + k].punctuation()[kind];
            }
            cost += -w.punctuationMatch() * Math.min(a, b) + w.punctuationMismatch() * Math.abs(a - b);
        }
        char ms = source[i + type.source - 1].lastMark();
        char mt = target[j + type.target - 1].lastMark();
        if (ms != 0 || mt != 0) {
            cost += ms == mt ? -w.lastMarkMatch() : w.lastMarkMatch();
        }
        return cost;
    }

    private double paragraphCost(BeadType type, int i, int j) {
        if (!paragraphs) {
            return 0;
        }
        double cost = 0;
        boolean s = type.source > 0 && sourceParagraph[i];
        boolean t = type.target > 0 && targetParagraph[j];
        if (s && t) {
            cost -= w.paragraphBonus();
        } else if (s != t && !type.unpaired()) {
            cost += w.paragraphCross();
        }
        for (int k = 1; k < type.source; k++) {
            cost += sourceParagraph[i + k] ? w.paragraphCross() : 0;
        }
        for (int k = 1; k < type.target; k++) {
            cost += targetParagraph[j + k] ? w.paragraphCross() : 0;
        }
        return cost;
    }

    /** Copies the numbers (or names) of {@code count} sentences from {@code start} into a scratch array. */
    private int gather(SentenceFeatures[] side, int start, int count, boolean first, boolean numbers) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            int[] keys = numbers ? side[start + k].numbers() : side[start + k].names();
            if (keys.length == 0) {
                continue;
            }
            int[] into = first ? scratchA : scratchB;
            if (n + keys.length > into.length) {
                into = Arrays.copyOf(into, 2 * (n + keys.length));
                if (first) {
                    scratchA = into;
                } else {
                    scratchB = into;
                }
            }
            System.arraycopy(keys, 0, into, n, keys.length);
            n += keys.length;
        }
        if (count > 1 && n > 1) {
            Arrays.sort(first ? scratchA : scratchB, 0, n);
        }
        return n;
    }

    /** Size of the multiset intersection of the first {@code na} / {@code nb} scratch entries. */
    private int shared(int na, int nb) {
        int a = 0;
        int b = 0;
        int shared = 0;
        while (a < na && b < nb) {
            int c = Integer.compare(scratchA[a], scratchB[b]);
            if (c == 0) {
                shared++;
                a++;
                b++;
            } else if (c < 0) {
                a++;
            } else {
                b++;
            }
        }
        return shared;
    }

    private static long[] prefix(SentenceFeatures[] side) {
        long[] p = new long[side.length + 1];
        for (int k = 0; k < side.length; k++) {
            p[k + 1] = p[k] + side[k].length();
        }
        return p;
    }

    private static boolean[] flags(Set<Integer> starts, int size) {
        boolean[] f = new boolean[size];
        for (int index : starts) {
            if (index >= 0 && index < size) {
                f[index] = true;
            }
        }
        return f;
    }
}
