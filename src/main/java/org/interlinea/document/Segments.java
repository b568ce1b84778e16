package org.interlinea.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The public read side of pages' source segments. Other features read segments here instead of running
 * SQL on {@code segment}; they hear of edited sources through {@link SegmentsEdited}.
 */
@Service
public class Segments {

    private final SegmentStore store;

    Segments(SegmentStore store) {
        this.store = store;
    }

    /** A page's active segments in page order. */
    public List<PageSegment> ofPage(long pageId) {
        return store.pageSegments(pageId);
    }

    /** The ids of every segment the page ever had, archived ones too. */
    public List<Long> allIdsOfPage(long pageId) {
        return store.allIds(pageId);
    }

    /** Source texts by segment id, archived segments too (a review may still point at them). */
    public Map<Long, String> sourceTexts(Collection<Long> segmentIds) {
        return store.sourceTexts(segmentIds);
    }

    /** Places on the page by segment id; an archived or unknown segment has none. */
    public Map<Long, Integer> positions(Collection<Long> segmentIds) {
        return store.positions(segmentIds);
    }

    /** The page a segment belongs to (archived segments too). */
    public Optional<Long> pageOf(long segmentId) {
        return store.pageOf(segmentId);
    }

    /** The hash of the source file the page's segments were made from, if it was segmented. */
    public Optional<String> segmentedHash(long pageId) {
        return store.segmentedHash(pageId);
    }
}
