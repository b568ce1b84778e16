package org.interlinea.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.translation.TranslationStatus;

/**
 * A page with its segments and, per target language, each segment's translation status, and the last
 * publication by Interlinea per language (absent when it never published that language).
 */
public record PageOverview(CoverageRow page, List<SegmentRow> segments, Map<String, Boolean> aligned,
                           Map<String, LastPublication> publications) {

    /** When and by whom a language was last published, and how many segments' texts changed since. */
    public record LastPublication(Instant at, String by, int changedSegments) {
    }

    /** One source segment; {@code statuses} maps each target language to the translation's status. */
    public record SegmentRow(long id, int position, int paragraph, String context, String sourceText, int words,
                             Map<String, TranslationStatus> statuses) {
    }
}
