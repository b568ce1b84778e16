package org.interlinea.translation;

import java.time.Instant;

/**
 * A segment's text in one target language. {@code version} is for optimistic locking: a save names the
 * version it started from, and fails if someone saved in between. {@code reviewReason} says why an imported
 * translation needs review (null when there is no particular reason, and after a person's save).
 */
public record Translation(long segmentId, String language, String text, TranslationStatus status,
                          TranslationOrigin origin, Float confidence, String previousSourceText, int version,
                          String updatedBy, Instant updatedAt, ReviewReason reviewReason) {

    public Translation(long segmentId, String language, String text, TranslationStatus status,
                       TranslationOrigin origin, Float confidence, String previousSourceText, int version,
                       String updatedBy, Instant updatedAt) {
        this(segmentId, language, text, status, origin, confidence, previousSourceText, version, updatedBy, updatedAt,
                null);
    }

    public static Translation missing(long segmentId, String language) {
        return new Translation(segmentId, language, "", TranslationStatus.MISSING, TranslationOrigin.EDITOR, null,
                null, 0, null, null);
    }
}
