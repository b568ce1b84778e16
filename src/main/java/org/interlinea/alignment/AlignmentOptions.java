package org.interlinea.alignment;

import java.util.Set;

/**
 * What the aligner knows besides the sentences.
 *
 * @param sourceLanguage        BCP 47 tag of the source, e.g. {@code en}; used for script-aware anchors
 * @param targetLanguage        BCP 47 tag of the target, e.g. {@code ru} or {@code pt-BR}
 * @param sourceParagraphStarts indexes of source sentences that begin a paragraph (empty: unknown)
 * @param targetParagraphStarts indexes of target sentences that begin a paragraph (empty: unknown)
 */
public record AlignmentOptions(String sourceLanguage, String targetLanguage,
                               Set<Integer> sourceParagraphStarts, Set<Integer> targetParagraphStarts) {

    public AlignmentOptions {
        sourceLanguage = sourceLanguage == null ? "" : sourceLanguage;
        targetLanguage = targetLanguage == null ? "" : targetLanguage;
        sourceParagraphStarts = sourceParagraphStarts == null ? Set.of() : Set.copyOf(sourceParagraphStarts);
        targetParagraphStarts = targetParagraphStarts == null ? Set.of() : Set.copyOf(targetParagraphStarts);
    }

    /** Options without paragraph information (e.g. one sentence per line). */
    public static AlignmentOptions of(String sourceLanguage, String targetLanguage) {
        return new AlignmentOptions(sourceLanguage, targetLanguage, Set.of(), Set.of());
    }

    /** Paragraph information is only used when both sides have it: one-sided blocks would mislead. */
    boolean hasParagraphs() {
        return !sourceParagraphStarts.isEmpty() && !targetParagraphStarts.isEmpty();
    }
}
