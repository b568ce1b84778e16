package org.interlinea.document;

import java.util.Map;

/**
 * The source text of some of a page's segments changed (the page was edited, or segmented again by other
 * rules): what was made from the old text, such as translations, is outdated now. Published inside the
 * segmenting transaction, so a listener's writes commit or roll back with the new segments.
 *
 * @param previousSourceTexts segment id to its source text before the edit
 */
public record SegmentsEdited(long pageId, Map<Long, String> previousSourceTexts) {

    public SegmentsEdited {
        previousSourceTexts = Map.copyOf(previousSourceTexts);
    }
}
