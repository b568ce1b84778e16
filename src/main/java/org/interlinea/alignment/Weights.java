package org.interlinea.alignment;

/**
 * The scorer's knobs, in units of -log probability (the length model's unit), so a bonus of 2 makes a
 * bead about e^2 = 7 times more likely. The defaults were chosen on the accuracy benchmark
 * ({@code AlignmentBenchmark}); they are a record so that experiments can vary them without globals.
 *
 * @param numberMatch      bonus per number found on both sides of a bead
 * @param numberMismatch   cost per number found on one side only
 * @param nameMatch        bonus per name key shared by both sides
 * @param punctuationMatch bonus per shared {@code ? ! ( : ;} or quote
 * @param punctuationMismatch cost per such mark on one side only
 * @param lastMarkMatch    bonus when both sides end with the same mark; also the cost when they differ
 * @param unpairedPerChar  extra cost per character of an omitted/added sentence beyond the prior
 * @param paragraphBonus   bonus when a bead starts a paragraph on both sides
 * @param paragraphCross   cost per paragraph boundary inside a bead or started on one side only
 * @param mergePrior       prior probability of a 2-1 and of a 1-2 bead
 * @param unpairedPrior    prior probability of a 1-0 and of a 0-1 bead
 * @param rarePrior        prior probability of a 2-2, 3-1 and 1-3 bead
 * @param variance         Gale and Church's variance (target characters per source character)
 */
record Weights(double numberMatch, double numberMismatch, double nameMatch, double punctuationMatch,
               double punctuationMismatch, double lastMarkMatch, double unpairedPerChar,
               double paragraphBonus, double paragraphCross, double mergePrior, double unpairedPrior,
               double rarePrior, double variance) {

    /**
     * Priors: mostly 1-1, merges/splits next, omissions rare; 3-1 and 1-3 rarer still but frequent enough
     * in literary text (Text+Berg) to be worth allowing.
     */
    static final Weights DEFAULT = new Weights(3.0, 1.5, 5.0, 0.35, 0.7, 1.0, 0.0, 2.0, 3.0,
            0.035, 0.01, 0.002, 5.0);

    /** -log(prior) of a bead shape, added to every bead of that shape. */
    double priorCost(BeadType type) {
        double p = switch (type) {
            case ONE_ONE -> 1 - 2 * mergePrior - 2 * unpairedPrior - 3 * rarePrior;
            case TWO_ONE, ONE_TWO -> mergePrior;
            case ONE_ZERO, ZERO_ONE -> unpairedPrior;
            case TWO_TWO, THREE_ONE, ONE_THREE -> rarePrior;
        };
        return -Math.log(p);
    }
}
