package org.interlinea.alignment.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision/recall of bead alignments as defined by Sennrich and Volk (2011) and computed
 * by vecalign's score.py (our own implementation of that definition):
 * <ul>
 * <li>precision counts every test bead that is not empty on both sides, 1-0 and 0-1 included: strict
 *     true positive if the identical bead is in the gold; otherwise lax true positive if some source
 *     sentence of it is gold-aligned to one of its target sentences (so test 1-0/0-1 beads are lax hits
 *     only when they are exact);</li>
 * <li>recall is the same computation with gold and test swapped after removing 1-0 and 0-1 beads from
 *     both, i.e. it ignores omissions and additions;</li>
 * <li>counts are summed over all documents of a set before dividing; F1 is the harmonic mean.</li>
 * </ul>
 */
public final class AlignmentScore {

    private final int[] precision = new int[4];
    private final int[] recall = new int[4];

    /** Adds one document: its gold beads and the aligner's beads. */
    public void add(List<GoldBead> gold, List<GoldBead> test) {
        accumulate(precision, gold, test);
        accumulate(recall, test.stream().filter(b -> !b.unpaired()).toList(),
                gold.stream().filter(b -> !b.unpaired()).toList());
    }

    /** tpStrict, fpStrict, tpLax, fpLax of {@code test} against {@code gold}. */
    private static void accumulate(int[] counts, List<GoldBead> gold, List<GoldBead> test) {
        Set<GoldBead> goldSet = new HashSet<>();
        Map<Integer, Set<Integer>> goldTargets = new HashMap<>();
        for (GoldBead g : gold) {
            if (g.bothEmpty()) {
                continue;
            }
            goldSet.add(g);
            for (int s : g.source()) {
                goldTargets.computeIfAbsent(s, k -> new HashSet<>()).addAll(g.target());
            }
        }
        for (GoldBead t : new LinkedHashSet<>(test)) {
            if (t.bothEmpty()) {
                continue;
            }
            if (goldSet.contains(t)) {
                counts[0]++;
                counts[2]++;
                continue;
            }
            counts[1]++;
            boolean lax = t.source().stream()
                    .anyMatch(s -> goldTargets.getOrDefault(s, Set.of()).stream().anyMatch(t.target()::contains));
            counts[lax ? 2 : 3]++;
        }
    }

    public double strictPrecision() {
        return ratio(precision[0], precision[0] + precision[1]);
    }

    public double laxPrecision() {
        return ratio(precision[2], precision[2] + precision[3]);
    }

    public double strictRecall() {
        return ratio(recall[0], recall[0] + recall[1]);
    }

    public double laxRecall() {
        return ratio(recall[2], recall[2] + recall[3]);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double laxF1() {
        return f1(laxPrecision(), laxRecall());
    }

    /** One table row: strict P/R/F1, then lax P/R/F1. */
    public String row() {
        return String.format("%.3f %.3f %.3f | %.3f %.3f %.3f", strictPrecision(), strictRecall(), strictF1(),
                laxPrecision(), laxRecall(), laxF1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
