package org.interlinea.editor;

import java.time.Instant;
import org.interlinea.translation.TranslationStatus;

/** One saved version of a segment's translation: who saved which text with which status, and when. */
public record HistoryEntry(long id, String text, TranslationStatus status, String origin, String changedBy,
                           Instant changedAt) {
}
