package org.interlinea.translation;

/**
 * A person saved a translation of a segment of this page, so progress and availability move.
 * {@code availabilityMayChange} is false when only the text changed (the status is what it was, and the
 * translation existed before): availability counts statuses, not texts, so it need not be recounted,
 * except where the page is published in that language (a new text there means PUBLISHED_WITH_CHANGES).
 */
public record TranslationChanged(long pageId, String language, boolean availabilityMayChange) {

    public TranslationChanged(long pageId, String language) {
        this(pageId, language, true);
    }
}
