package org.interlinea.alignment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.alignment.BeadTranslations.MemoryPair;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSynced;
import org.interlinea.content.PageDocumentsChanged;
import org.interlinea.content.Pages;
import org.interlinea.document.DocumentException;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.PageSegment;
import org.interlinea.document.PageSegmentationService;
import org.interlinea.document.Segment;
import org.interlinea.document.Segments;
import org.interlinea.language.Languages;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.ReviewReason;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;
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
    private final ReviewStore review;
    private final Segments segments;
    private final Pages pages;
    private final PublishedLanguages published;

    AlignedTranslationImport(AlignmentStore store, ContentFolder folder, Languages languages,
                             TranslationService translations, TranslationMemory memory, ReviewStore review,
                             Segments segments, Pages pages, PublishedLanguages published) {
        this.published = published;
        this.pages = pages;
        this.store = store;
        this.segments = segments;
        this.review = review;
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
            page(pageId).ifPresent(page -> {
                List<PageSegment> source = segments.ofPage(pageId);
                if (source.isEmpty()) {
                    return;
                }
                for (var document : translatedDocuments(pageId, page.sourceLanguage())) {
                    if (languages.isEnabled(document.language()) && !store.alignedHash(pageId, document.language())
                            .filter(document.contentHash()::equals).isPresent()) {
                        alignDocument(page, source, document);
                    }
                }
            });
        }
    }

    /**
     * After every sync: target files split by older sentence rules are split again, and re-aligned where their
     * sentences changed. An alignment a person has worked on (a confirmed bead, a change on the undo stack) is
     * kept as it is: the reviewer can join or split its sentences; translations a person wrote or reviewed are
     * never replaced anyway ({@link TranslationService#saveAligned}).
     */
    @EventListener
    @Transactional
    void onSynced(ContentSynced event) {
        for (AlignmentStore.StaleAlignment stale : store.staleRules()) {
            long pageId = stale.pageId();
            String language = stale.language();
            var page = page(pageId).orElse(null);
            var document = page == null ? null : translatedDocuments(pageId, page.sourceLanguage()).stream()
                    .filter(d -> d.language().equals(language)).findFirst().orElse(null);
            List<PageSegment> source = segments.ofPage(pageId);
            if (document == null || source.isEmpty() || !languages.isEnabled(language)) {
                continue;   // nothing to redo (published by us, or gone); the next real change aligns it
            }
            List<Segment> target = extract(page, language);
            if (target == null) {
                continue;
            }
            List<String> stored = review.sentenceRows(pageId, language).stream().map(TargetSentence::text).toList();
            if (stored.equals(target.stream().map(Segment::text).toList())) {
                store.recordRulesVersion(pageId, language);
            } else if (store.reviewed(pageId, language)) {
                log.info("{} in {}: the new sentence rules split it differently, but a person reviewed its "
                        + "alignment, so it is kept", page.slug(), language);
                store.recordRulesVersion(pageId, language);
            } else {
                log.info("{} in {}: split again with the new sentence rules", page.slug(), language);
                alignDocument(page, source, document, target);
            }
        }
    }

    /**
     * The translated files to import from. A language Interlinea published has its translations already; its
     * file is our own output.
     */
    private List<Pages.TranslatedDocument> translatedDocuments(long pageId, String sourceLanguage) {
        Set<String> ours = published.of(pageId);
        return pages.translatedDocuments(pageId, sourceLanguage).stream()
                .filter(d -> !ours.contains(d.language())).toList();
    }

    private Optional<AlignmentStore.PageInfo> page(long pageId) {
        return pages.byId(pageId).map(p -> new AlignmentStore.PageInfo(p.id(), p.slug(), p.sourceLanguage()));
    }

    private @Nullable List<Segment> extract(AlignmentStore.PageInfo page, String language) {
        try {
            byte[] bytes = Files.readAllBytes(folder.fileOf(page.slug(), language));
            return HtmlDocuments.extract(bytes, language).segments();
        } catch (IOException | DocumentException e) {
            log.warn("{} in {} not aligned: {}", page.slug(), language, e.getMessage());
            return null;
        }
    }

    private void alignDocument(AlignmentStore.PageInfo page, List<PageSegment> source,
                               Pages.TranslatedDocument document) {
        List<Segment> target = extract(page, document.language());
        if (target != null) {
            alignDocument(page, source, document, target);
        }
    }

    private void alignDocument(AlignmentStore.PageInfo page, List<PageSegment> source,
                               Pages.TranslatedDocument document, List<Segment> target) {
        Set<MemoryPair> oldPairs = storedMemoryPairs(page.pageId(), document.language());
        AlignmentOptions options = new AlignmentOptions(page.sourceLanguage(), document.language(),
                paragraphStarts(source.stream().map(PageSegment::paragraph).toList()),
                paragraphStarts(target.stream().map(Segment::paragraph).toList()));
        List<Bead> beads = SentenceAligner.align(source.stream().map(s -> plain(s.sourceText())).toList(),
                target.stream().map(s -> plain(s.text())).toList(), options);

        List<StoredBead> stored = new ArrayList<>();
        int low = 0;
        for (Bead bead : beads) {
            List<PageSegment> segments = source.subList(bead.sourceStart(), bead.sourceEnd());
            List<String> texts = target.subList(bead.targetStart(), bead.targetEnd()).stream().map(Segment::text).toList();
            stored.add(new StoredBead(stored.size(), segments.stream().map(PageSegment::id).toList(),
                    bead.targetStart(), bead.targetEnd(), bead.confidence(), false));
            ReviewReason reason = applyBead(page, document.language(), segments, texts, bead.confidence());
            if (bead.confidence() < SentenceAligner.TRANSLATED_THRESHOLD || reason != null) {
                low++;
            }
        }
        replaceStaleMemory(page, document.language(), oldPairs, stored, target);
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
    @Nullable ReviewReason applyBead(AlignmentStore.PageInfo page, String language, List<PageSegment> segments,
                           List<String> texts, double confidence) {
        if (segments.isEmpty() || texts.isEmpty()) {
            return null;
        }
        // A translation made from an older source aligns confidently; its numbers, dates and names tell.
        ReviewReason reason = AnchorCheck.disagreement(segments.stream().map(s -> plain(s.sourceText())).toList(),
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
            for (PageSegment merged : segments.subList(1, segments.size())) {
                translations.saveAligned(merged.id(), language, "", status, confidence, reason, "alignment");
            }
        }
        if (status == TranslationStatus.TRANSLATED) {
            memory.add(page.sourceLanguage(), language,
                    String.join(" ", segments.stream().map(PageSegment::sourceText).toList()), String.join(" ", texts),
                    "ALIGNMENT", page.pageId());
        }
        return reason;
    }

    /** The memory entries the alignment stored so far implies (empty for a first alignment). */
    private Set<MemoryPair> storedMemoryPairs(long pageId, String language) {
        List<StoredBead> beads = review.beads(pageId, language);
        if (beads.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        beads.forEach(b -> ids.addAll(b.segmentIds()));
        Map<Long, String> sources = new HashMap<>();
        sources.putAll(segments.sourceTexts(ids));
        return BeadTranslations.memory(beads, sources, review.sentences(pageId, language));
    }

    /** This page's entries from the old alignment that the new one does not make (e.g. broken pairs) go. */
    private void replaceStaleMemory(AlignmentStore.PageInfo page, String language, Set<MemoryPair> oldPairs,
                                    List<StoredBead> beads, List<Segment> target) {
        if (oldPairs.isEmpty()) {
            return;
        }
        Map<Integer, String> sentences = new HashMap<>();
        target.forEach(s -> sentences.put(s.index(), s.text()));
        Set<Long> ids = new HashSet<>();
        beads.forEach(b -> ids.addAll(b.segmentIds()));
        Map<Long, String> sources = new HashMap<>();
        sources.putAll(segments.sourceTexts(ids));
        Set<MemoryPair> now = BeadTranslations.memory(beads, sources, sentences);
        for (MemoryPair pair : oldPairs) {
            if (!now.contains(pair)) {
                memory.remove(page.sourceLanguage(), language, pair.source(), pair.target(), ReviewSync.MEMORY_ORIGIN,
                        page.pageId());
            }
        }
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
