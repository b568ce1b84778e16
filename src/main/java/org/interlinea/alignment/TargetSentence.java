package org.interlinea.alignment;

/** One sentence of an aligned target file as stored ({@code aligned_sentence}); positions are 0-based. */
record TargetSentence(int position, int paragraph, String text) {
}
