package org.interlinea.alignment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.interlinea.alignment.bench.AlignmentScore;
import org.interlinea.alignment.bench.Corpora;
import org.interlinea.alignment.bench.GoldBead;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How the default {@link Weights} were chosen: strict F1 on Text+Berg and NTREX drop-line (en-ru, en-pt)
 * when one weight at a time is varied around the defaults. A tool, not a test:
 * {@code ./mvnw -o test -Dtest=WeightTuning -Dsurefire.excludedGroups=none}.
 */
@Tag("bench")
class WeightTuning {

    @Test
    void sweep() throws IOException {
        Assumptions.assumeTrue(Corpora.available(), "skipped: no ../shared/corpus");
        List<Corpora.Document> berg = Corpora.textBerg();
        List<Corpora.Document> ntrex = new ArrayList<>(Corpora.ntrex("newstest2019-ref.rus.txt", "ru", true));
        ntrex.addAll(Corpora.ntrex("newstest2019-ref.por.txt", "pt", true));
        Weights d = Weights.DEFAULT;
        report("default", d, berg, ntrex);
        List<UnaryOperator<Weights>> variations = List.of(
                w -> with(w, 0, w.numberMatch() * 2), w -> with(w, 0, w.numberMatch() / 2),
                w -> with(w, 1, w.numberMismatch() * 2), w -> with(w, 1, w.numberMismatch() / 2),
                w -> with(w, 2, w.nameMatch() * 2), w -> with(w, 2, w.nameMatch() / 2),
                w -> with(w, 3, w.punctuationMatch() * 2), w -> with(w, 3, w.punctuationMatch() / 2),
                w -> with(w, 4, w.punctuationMismatch() * 2), w -> with(w, 4, w.punctuationMismatch() / 2),
                w -> with(w, 5, w.lastMarkMatch() * 2), w -> with(w, 5, 0),
                w -> with(w, 6, w.unpairedPerChar() * 3), w -> with(w, 6, 0),
                w -> with(w, 9, w.mergePrior() * 2), w -> with(w, 9, w.mergePrior() / 2),
                w -> with(w, 10, w.unpairedPrior() * 3), w -> with(w, 10, w.unpairedPrior() / 3),
                w -> with(w, 11, w.rarePrior() * 3), w -> with(w, 11, w.rarePrior() / 3),
                w -> with(w, 12, w.variance() * 2), w -> with(w, 12, w.variance() / 2));
        if (System.getProperty("tuning.defaultOnly") != null) {
            return;
        }
        for (UnaryOperator<Weights> v : variations) {
            Weights w = v.apply(d);
            report(w.toString(), w, berg, ntrex);
        }
    }

    private static void report(String label, Weights w, List<Corpora.Document> berg, List<Corpora.Document> ntrex) {
        System.out.printf("berg %.4f  ntrex-drop %.4f  %s%n", f1(w, berg), f1(w, ntrex), label);
    }

    private static double f1(Weights w, List<Corpora.Document> documents) {
        AlignmentScore score = new AlignmentScore();
        for (Corpora.Document d : documents) {
            List<Bead> beads = SentenceAligner.align(d.source(), d.target(),
                    AlignmentOptions.of(d.sourceLanguage(), d.targetLanguage()), w).beads();
            score.add(d.gold(), beads.stream().map(b -> new GoldBead(range(b.sourceStart(), b.sourceEnd()),
                    range(b.targetStart(), b.targetEnd()))).toList());
        }
        return score.strictF1();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int k = from; k < to; k++) {
            r.add(k);
        }
        return r;
    }

    /** A copy of {@code w} with record component {@code index} set to {@code value}. */
    static Weights with(Weights w, int index, double value) {
        double[] v = {w.numberMatch(), w.numberMismatch(), w.nameMatch(), w.punctuationMatch(),
            w.punctuationMismatch(), w.lastMarkMatch(), w.unpairedPerChar(), w.paragraphBonus(),
            w.paragraphCross(), w.mergePrior(), w.unpairedPrior(), w.rarePrior(), w.variance()};
        v[index] = value;
        return new Weights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }
}
