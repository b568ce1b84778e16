package org.interlinea.alignment.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.alignment.AlignmentOptions;
import org.interlinea.alignment.Bead;
import org.interlinea.alignment.SentenceAligner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of our aligner against Okapi's Gale-Church on NTREX (clean and with one line dropped per
 * document) and Text+Berg, plus the confidence calibration. Not a unit test: run it with
 * {@code ./mvnw -o test -Dtest=AlignmentBenchmark -Dsurefire.excludedGroups=none} and read the report in
 * {@code target/surefire-reports/*AlignmentBenchmark-output.txt} (or the console).
 */
@Tag("bench")
class AlignmentBenchmark {

    /** A bead of ours with its confidence and whether it is exactly in the gold. */
    private record Judged(String set, double confidence, boolean correct) {
    }

    @Test
    void accuracy() throws IOException {
        Assumptions.assumeTrue(Corpora.available(), "skipped: " + Corpora.ROOT.toAbsolutePath() + " is absent");
        Map<String, List<Corpora.Document>> sets = new LinkedHashMap<>();
        for (boolean drop : new boolean[] {false, true}) {
            add(sets, Corpora.ntrex("newstest2019-ref.rus.txt", "ru", drop));
            add(sets, Corpora.ntrex("newstest2019-ref.por.txt", "pt", drop));
            add(sets, Corpora.ntrex("newstest2019-ref.por-BR.txt", "pt-BR", drop));
        }
        add(sets, Corpora.textBerg());

        List<Judged> judged = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-26s %-6s %-33s %s%n", "set", "system",
                "strict P R F1 | lax P R F1", "note"));
        for (Map.Entry<String, List<Corpora.Document>> set : sets.entrySet()) {
            AlignmentScore ours = new AlignmentScore();
            AlignmentScore okapi = new AlignmentScore();
            AlignmentScore okapiWhereStepRuns = new AlignmentScore();
            List<String> tooBig = new ArrayList<>();
            long nanos = 0;
            for (Corpora.Document d : set.getValue()) {
                long start = System.nanoTime();
                List<Bead> beads = SentenceAligner.align(d.source(), d.target(),
                        AlignmentOptions.of(d.sourceLanguage(), d.targetLanguage()));
                nanos += System.nanoTime() - start;
                List<GoldBead> test = beads.stream().map(b -> GoldBead.ofRanges(b.sourceStart(), b.sourceEnd(),
                        b.targetStart(), b.targetEnd())).toList();
                checkCoverage("ours " + d.id(), test, d.source().size(), d.target().size());
                ours.add(d.gold(), test);
                for (int k = 0; k < beads.size(); k++) {
                    judged.add(new Judged(set.getKey(), beads.get(k).confidence(), d.gold().contains(test.get(k))));
                }
                List<GoldBead> baseline = OkapiGaleChurch.align(d.source(), d.target(), d.sourceLanguage(),
                        d.targetLanguage());
                checkCoverage("okapi " + d.id(), baseline, d.source().size(), d.target().size());
                okapi.add(d.gold(), baseline);
                if (OkapiGaleChurch.fitsOkapiStep(d.source().size(), d.target().size())) {
                    okapiWhereStepRuns.add(d.gold(), baseline);
                } else {
                    tooBig.add(d.id() + " " + d.source().size() + "x" + d.target().size());
                }
            }
            table.append(String.format("%-26s %-6s %s %s%n", set.getKey(), "ours", ours.row(),
                    String.format("%d docs, %.0f ms", set.getValue().size(), nanos / 1e6)));
            table.append(String.format("%-26s %-6s %s %s%n", "", "okapi", okapi.row(),
                    "DpMatrix called directly on every document"));
            if (!tooBig.isEmpty()) {
                table.append(String.format("%-26s %-6s %s %s%n", "", "okapi*", okapiWhereStepRuns.row(),
                        "only where the Okapi step runs; refuses > 80,000 cells: " + tooBig));
            }
        }
        System.out.println(table);
        System.out.println(calibration(judged));
    }

    private static void add(Map<String, List<Corpora.Document>> sets, List<Corpora.Document> documents) {
        for (Corpora.Document d : documents) {
            sets.computeIfAbsent(d.set(), k -> new ArrayList<>()).add(d);
        }
    }

    /** Beads must cover every sentence of both sides, in order: a broken baseline would score nonsense. */
    private static void checkCoverage(String what, List<GoldBead> beads, int n, int m) {
        int s = 0;
        int t = 0;
        for (GoldBead b : beads) {
            for (int id : b.source()) {
                if (id != s++) {
                    throw new AssertionError(what + ": source out of order at " + b);
                }
            }
            for (int id : b.target()) {
                if (id != t++) {
                    throw new AssertionError(what + ": target out of order at " + b);
                }
            }
        }
        if (s != n || t != m) {
            throw new AssertionError(what + ": covers " + s + "/" + n + " source, " + t + "/" + m + " target");
        }
    }

    /**
     * For thresholds 0.05 .. 0.95: precision of the beads at or above it (exact gold match) and the
     * share of beads above it, on NTREX (all variants) and on Text+Berg.
     */
    private static String calibration(List<Judged> judged) {
        StringBuilder b = new StringBuilder("threshold | NTREX precision above, share above | Text+Berg precision above, share above\n");
        for (int step = 1; step <= 19; step++) {
            double threshold = step / 20.0;
            b.append(String.format("%.2f      | %s | %s%n", threshold,
                    above(judged, threshold, true), above(judged, threshold, false)));
        }
        return b.toString();
    }

    private static String above(List<Judged> judged, double threshold, boolean ntrex) {
        List<Judged> set = judged.stream().filter(j -> j.set().startsWith("NTREX") == ntrex).toList();
        List<Judged> high = set.stream().filter(j -> j.confidence() >= threshold).toList();
        long correct = high.stream().filter(Judged::correct).count();
        return String.format("%.4f (%d/%d), %.3f", high.isEmpty() ? 1.0 : (double) correct / high.size(),
                correct, high.size(), (double) high.size() / Math.max(1, set.size()));
    }
}
