package org.interlinea.alignment;

/**
 * Turns what the dynamic programme knows about a bead into a number in [0, 1], from three signals whose
 * effect was measured on the benchmark's beads (NTREX and Text+Berg, exact-match correctness):
 * <ul>
 * <li>the margin by which the bead beat the best alternative arriving at the same cell: beads won by
 *     less than 2 (a factor e^2 in probability) were right 50-90 % of the time, by more than 5, 94-99.9 %;</li>
 * <li>its own cost (poor length/anchor fit): above 4 correctness fell to 57 % on Text+Berg;</li>
 * <li>its shape: 1-1 beads are the most reliable, 2-2/3-1/1-3 the least, and an omission or addition
 *     always needs a human (it is capped at 0.5, below {@link SentenceAligner#TRANSLATED_THRESHOLD}).</li>
 * </ul>
 */
final class Confidence {

    private Confidence() {
    }

    static double of(BandedDynamicProgram.Step step) {
        double ambiguity = sigmoid(1.2 * (step.margin() - 2.5));
        double fit = step.type().unpaired() ? 1 : sigmoid(4 - step.cost());
        return Math.clamp(ambiguity * fit * shape(step.type()), 0, 1);
    }

    private static double shape(BeadType type) {
        return switch (type) {
            case ONE_ONE -> 1;
            case TWO_ONE, ONE_TWO -> 0.9;
            case TWO_TWO, THREE_ONE, ONE_THREE -> 0.6;
            case ONE_ZERO, ZERO_ONE -> 0.5;
        };
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
