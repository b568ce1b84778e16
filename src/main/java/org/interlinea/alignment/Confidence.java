package org.interlinea.alignment;

/**
 * Turns what the dynamic programme knows about a bead into a number in [0, 1]: the margin by which it
 * beat the best alternative arriving at the same cell (ambiguity), and its own cost (a poor length or
 * anchor fit). Omissions and additions are never confident: a human should see them.
 */
final class Confidence {

    private Confidence() {
    }

    static double of(BandedDynamicProgram.Step step) {
        double margin = sigmoid(1.0 * (step.margin() - 2.0));
        double fit = sigmoid(1.0 * (6.0 - step.cost()));
        double c = margin * fit;
        if (step.type().unpaired()) {
            c *= 0.5;
        }
        return Math.clamp(c, 0, 1);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
