package org.interlinea.alignment;

import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationStatus;

/**
 * A translation a review change would have replaced but did not, because a person wrote it (EDITOR) or
 * it was reviewed (or is an outdated text kept for its diff). {@code segmentPosition} is 0-based, null
 * for an archived segment.
 */
public record KeptTranslation(long segmentId, Integer segmentPosition, TranslationStatus status,
                              TranslationOrigin origin) {
}
