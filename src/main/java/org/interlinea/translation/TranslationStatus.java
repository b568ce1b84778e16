package org.interlinea.translation;

/**
 * A segment's translation into one language (see the design notes, Statuses). MISSING is the absence
 * of a translation. NO_TRANSLATION_NEEDED: a person decided the segment stays as the source has it (a
 * name, a quotation kept in the original, a number); its text is the source text. {@link #countsAsTranslated()}
 * is what progress, READY and publishing count as done.
 */
public enum TranslationStatus {
    MISSING, DRAFT, NEEDS_REVIEW, TRANSLATED, REVIEWED, OUTDATED, NO_TRANSLATION_NEEDED;

    public boolean countsAsTranslated() {
        return this == TRANSLATED || this == REVIEWED || this == NO_TRANSLATION_NEEDED;
    }
}
