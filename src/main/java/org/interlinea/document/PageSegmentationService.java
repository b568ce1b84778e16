package org.interlinea.document;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSynced;
import org.interlinea.content.PageDocumentsChanged;
import org.interlinea.content.Pages;
import org.interlinea.content.Pages.SourceDocument;
import org.interlinea.document.SegmentMatcher.Match;
import org.interlinea.document.SegmentStore.StoredSegment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments each page's source document into the database when it is new or changed, or was segmented by
 * other rules ({@link SegmentationRules}), matching the new sentences to the old ones so translations follow
 * them (see {@link SegmentMatcher}).
 */
@Service
public class PageSegmentationService {

    /** Runs after the sync saved the documents and before alignment and availability use the segments. */
    public static final int ORDER = 10;

    private static final Logger log = LoggerFactory.getLogger(PageSegmentationService.class);

    private final SegmentStore store;
    private final ContentFolder folder;
    private final ApplicationEventPublisher events;

    private final Pages pages;

    PageSegmentationService(SegmentStore store, ContentFolder folder, ApplicationEventPublisher events,
                            Pages pages) {
        this.store = store;
        this.pages = pages;
        this.folder = folder;
        this.events = events;
    }

    @EventListener
    @Order(ORDER)
    void onDocumentsChanged(PageDocumentsChanged event) {
        segment(event.pageIds());
    }

    @Transactional
    public void segment(Collection<Long> pageIds) {
        for (long pageId : pageIds) {
            pages.sourceDocument(pageId).ifPresent(source -> segment(source, false));
        }
    }

    /**
     * After every sync (before alignment redoes its own): pages segmented by other sentence rules or another
     * coding of text, e.g. before a page's own "{1}" was escaped, are segmented again from their file.
     * Sentences that come out the same keep everything; changed ones keep their translations, marked outdated,
     * as after an edit of the page. What derives from segments (availability) hears of the pages that changed.
     */
    @EventListener
    @Order(ORDER)
    @Transactional
    void onSynced(ContentSynced event) {
        Set<Long> changed = new HashSet<>();
        for (long pageId : store.staleSegmentations()) {
            pages.sourceDocument(pageId).filter(source -> segment(source, true)).ifPresent(source -> changed.add(pageId));
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new PageDocumentsChanged(Set.copyOf(changed)));
        }
    }

    /** Segments the page unless it was segmented from this content already ({@code again}: even then). */
    private boolean segment(SourceDocument source, boolean again) {
        if (!again && store.segmentedHash(source.pageId()).filter(source.contentHash()::equals).isPresent()) {
            return false;
        }
        ExtractedDocument document;
        try {
            byte[] bytes = Files.readAllBytes(folder.fileOf(source.slug(), source.language()));
            document = HtmlDocuments.extract(bytes, source.language());
        } catch (IOException | DocumentException e) {
            // The sync already reported unreadable files; keep the previous segments rather than lose them.
            log.warn("Page {} not segmented: {}", source.slug(), e.getMessage());
            return false;
        }
        List<StoredSegment> old = store.activeSegments(source.pageId());
        List<Segment> fresh = document.segments();
        SegmentMatcher.Result result = SegmentMatcher.match(old.stream().map(StoredSegment::sourceText).toList(),
                fresh.stream().map(Segment::text).toList());
        store.releasePositions(source.pageId());
        Map<Long, String> edited = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Match match = result.matches().get(i);
            switch (match.kind()) {
                case KEPT -> store.keep(old.get(match.oldIndex()).id(), fresh.get(i));
                case EDITED -> {
                    StoredSegment before = old.get(match.oldIndex());
                    store.edit(before.id(), fresh.get(i));
                    edited.put(before.id(), before.sourceText());
                }
                case NEW -> store.insert(source.pageId(), fresh.get(i));
            }
        }
        if (!edited.isEmpty()) {
            events.publishEvent(new SegmentsEdited(source.pageId(), edited));
        }
        result.removedOldIndexes().forEach(i -> store.archive(old.get(i).id()));
        store.recordSegmentation(source.pageId(), source.contentHash(), fresh.size(), document.totalWords());
        long kept = result.matches().stream().filter(m -> m.kind() == SegmentMatcher.Kind.KEPT).count();
        log.debug("Segmented {}{}: {} segments ({} kept, {} removed)", source.slug(), again ? " again" : "",
                fresh.size(), kept, result.removedOldIndexes().size());
        return kept < fresh.size() || !result.removedOldIndexes().isEmpty();
    }
}
