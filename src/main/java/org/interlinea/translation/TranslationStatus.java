package org.interlinea.translation;

/**
 * A segment's translation into one language (see the design notes, Statuses). MISSING is the absence
 * of a translation. {@link #countsAsTranslated()} is what progress and READY count.
 */
public enum TranslationStatus {
    MISSING, DRAFT, NEEDS_REVIEW, TRANSLATED, REVIEWED, OUTDATED;

    public boolean countsAsTranslated() {
        return this == TRANSLATED || this == REVIEWED;
    }
}
