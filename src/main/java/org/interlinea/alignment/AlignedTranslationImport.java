package org.interlinea.alignment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interlinea.alignment.AlignmentStore.SourceSegment;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.PageDocumentsChanged;
import org.interlinea.document.DocumentException;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.PageSegmentationService;
import org.interlinea.document.Segment;
import org.interlinea.language.Languages;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.ReviewReason;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns translated pages that already exist (e.g. the Russian version of an English interview) into
 * segment translations and translation memory, by aligning their sentences with the source's. It runs
 * when a translated file is new or changed, not when only the source changed: then the source change
 * marks exactly the edited sentences outdated instead.
 */
@Service
public class AlignedTranslationImport {

    public static final int ORDER = PageSegmentationService.ORDER + 10;

    private static final Logger log = LoggerFactory.getLogger(AlignedTranslationImport.class);

    private final AlignmentStore store;
    private final ContentFolder folder;
    private final Languages languages;
    private final TranslationService translations;
    private final TranslationMemory memory;

    AlignedTranslationImport(AlignmentStore store, ContentFolder folder, Languages languages,
                             TranslationService translations, TranslationMemory memory) {
        this.store = store;
        this.folder = folder;
        this.languages = languages;
        this.translations = translations;
        this.memory = memory;
    }

    @EventListener
    @Order(ORDER)
    void onDocumentsChanged(PageDocumentsChanged event) {
        align(event.pageIds());
    }

    @Transactional
    public void align(Collection<Long> pageIds) {
        for (long pageId : pageIds) {
            store.page(pageId).ifPresent(page -> {
                List<SourceSegment> source = store.segments(pageId);
                if (source.isEmpty()) {
                    return;
                }
                for (var document : store.translatedDocuments(pageId, page.sourceLanguage())) {
                    if (languages.isEnabled(document.language()) && !store.alignedHash(pageId, document.language())
                            .filter(document.contentHash()::equals).isPresent()) {
                        alignDocument(page, source, document);
                    }
                }
            });
        }
    }

    private void alignDocument(AlignmentStore.PageInfo page, List<SourceSegment> source,
                               AlignmentStore.TranslatedDocument document) {
        List<Segment> target;
        try {
            byte[] bytes = Files.readAllBytes(folder.fileOf(page.slug(), document.language()));
            target = HtmlDocuments.extract(bytes, document.language()).segments();
        } catch (IOException | DocumentException e) {
            log.warn("{} in {} not aligned: {}", page.slug(), document.language(), e.getMessage());
            return;
        }
        AlignmentOptions options = new AlignmentOptions(page.sourceLanguage(), document.language(),
                paragraphStarts(source.stream().map(SourceSegment::paragraph).toList()),
                paragraphStarts(target.stream().map(Segment::paragraph).toList()));
        List<Bead> beads = SentenceAligner.align(source.stream().map(s -> plain(s.text())).toList(),
                target.stream().map(s -> plain(s.text())).toList(), options);

        List<StoredBead> stored = new ArrayList<>();
        int low = 0;
        for (Bead bead : beads) {
            List<SourceSegment> segments = source.subList(bead.sourceStart(), bead.sourceEnd());
            List<String> texts = target.subList(bead.targetStart(), bead.targetEnd()).stream().map(Segment::text).toList();
            stored.add(new StoredBead(stored.size(), segments.stream().map(SourceSegment::id).toList(),
                    bead.targetStart(), bead.targetEnd(), bead.confidence(), false));
            ReviewReason reason = applyBead(page, document.language(), segments, texts, bead.confidence());
            if (bead.confidence() < SentenceAligner.TRANSLATED_THRESHOLD || reason != null) {
                low++;
            }
        }
        store.replaceSentences(page.pageId(), document.language(), target);
        store.replaceBeads(page.pageId(), document.language(), stored);
        store.clearReviewChanges(page.pageId(), document.language());
        store.recordAlignment(page.pageId(), document.language(), document.contentHash(), beads.size(), low);
        log.info("Aligned {} {}→{}: {} beads, {} to review", page.slug(), page.sourceLanguage(), document.language(),
                beads.size(), low);
    }

    /**
     * Writes a bead's target text as the translation of its source segments. Equal counts pair in
     * order; otherwise the first segment takes the whole text and the others are merged into it (empty).
     *
     * @return why the bead needs review although the aligner may be sure of it, or null
     */
    ReviewReason applyBead(AlignmentStore.PageInfo page, String language, List<SourceSegment> segments,
                           List<String> texts, double confidence) {
        if (segments.isEmpty() || texts.isEmpty()) {
            return null;
        }
        // A translation made from an older source aligns confidently; its numbers, dates and names tell.
        ReviewReason reason = AnchorCheck.disagreement(segments.stream().map(s -> plain(s.text())).toList(),
                texts.stream().map(AlignedTranslationImport::plain).toList()).orElse(null);
        TranslationStatus status = confidence >= SentenceAligner.TRANSLATED_THRESHOLD && reason == null
                ? TranslationStatus.TRANSLATED : TranslationStatus.NEEDS_REVIEW;
        if (segments.size() == texts.size()) {
            for (int i = 0; i < segments.size(); i++) {
                translations.saveAligned(segments.get(i).id(), language, texts.get(i), status, confidence, reason,
                        "alignment");
            }
        } else {
            translations.saveAligned(segments.getFirst().id(), language, String.join(" ", texts), status, confidence,
                    reason, "alignment");
            for (SourceSegment merged : segments.subList(1, segments.size())) {
                translations.saveAligned(merged.id(), language, "", status, confidence, reason, "alignment");
            }
        }
        if (status == TranslationStatus.TRANSLATED) {
            memory.add(page.sourceLanguage(), language,
                    String.join(" ", segments.stream().map(SourceSegment::text).toList()), String.join(" ", texts),
                    "ALIGNMENT", page.pageId());
        }
        return reason;
    }

    private static Set<Integer> paragraphStarts(List<Integer> paragraphs) {
        Set<Integer> starts = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 0 || !paragraphs.get(i).equals(paragraphs.get(i - 1))) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** The aligner compares sentences, not markup: placeholders would only add noise to lengths. */
    private static String plain(String text) {
        return BeadTranslations.plain(text);
    }
}
