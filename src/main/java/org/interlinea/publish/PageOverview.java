package org.interlinea.publish;

import java.util.List;
import java.util.Map;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.translation.TranslationStatus;

/** A page with its segments and, per target language, each segment's translation status. */
public record PageOverview(CoverageRow page, List<SegmentRow> segments, Map<String, Boolean> aligned) {

    /** One source segment; {@code statuses} maps each target language to the translation's status. */
    public record SegmentRow(long id, int position, int paragraph, String context, String sourceText, int words,
                             Map<String, TranslationStatus> statuses) {
    }
}
