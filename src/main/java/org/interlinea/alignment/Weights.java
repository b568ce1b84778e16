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
 */
record Weights(double numberMatch, double numberMismatch, double nameMatch, double punctuationMatch,
               double punctuationMismatch, double lastMarkMatch, double unpairedPerChar,
               double paragraphBonus, double paragraphCross) {

    static final Weights DEFAULT = new Weights(2.0, 1.5, 1.5, 0.7, 0.7, 0.5, 0.01, 2.0, 3.0);
}
