package org.interlinea.translation;

import java.time.Instant;

/** One saved version of a segment's translation: who saved which text with which status, and when. */
public record HistoryEntry(long id, String text, TranslationStatus status, String origin, String changedBy,
                           Instant changedAt) {
}
