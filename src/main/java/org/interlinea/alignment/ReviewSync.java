package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.alignment.BeadTranslations.Implied;
import org.interlinea.alignment.BeadTranslations.MemoryPair;
import org.interlinea.alignment.ReviewStore.Change;
import org.interlinea.alignment.ReviewStore.PageRef;
import org.interlinea.document.Segments;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.springframework.stereotype.Component;

/**
 * Brings translations and memory in line with changed beads: only segments whose implied translation
 * differs are written, and a translation a person wrote or reviewed is kept and reported, never replaced.
 */
@Component
class ReviewSync {

    static final String MEMORY_ORIGIN = "ALIGNMENT";

    private final ReviewStore store;
    private final TranslationService translations;
    private final TranslationMemory memory;

    private final Segments segments;

    ReviewSync(ReviewStore store, TranslationService translations, TranslationMemory memory, Segments segments) {
        this.store = store;
        this.segments = segments;
        this.translations = translations;
        this.memory = memory;
    }

    record TranslationsResult(List<KeptTranslation> kept, int changed) {
    }

    record MemoryResult(List<MemoryPair> added, List<MemoryPair> removed) {
    }

    TranslationsResult translations(PageRef page, String language, List<StoredBead> before, List<StoredBead> after,
                                    String user) {
        Map<Integer, String> sentences = store.sentences(page.id(), language);
        return translations(page, language, before, sentences, after, sentences, user);
    }

    /** As above, when the target sentences changed too (joined or split): each side read with its own. */
    TranslationsResult translations(PageRef page, String language, List<StoredBead> before,
                                    Map<Integer, String> sentencesBefore, List<StoredBead> after,
                                    Map<Integer, String> sentencesAfter, String user) {
        Map<Long, String> sources = sourceTexts(before, after);
        Map<Long, Implied> was = BeadTranslations.translations(before, sources, sentencesBefore);
        Map<Long, Implied> now = BeadTranslations.translations(after, sources, sentencesAfter);
        Set<Long> ids = new LinkedHashSet<>();
        after.forEach(b -> ids.addAll(b.segmentIds()));
        before.forEach(b -> ids.addAll(b.segmentIds()));
        List<Long> touched = ids.stream().filter(id -> {
            Implied a = was.get(id);
            Implied b = now.get(id);
            return b == null ? a != null : !b.sameAs(a);
        }).toList();
        if (touched.isEmpty()) {
            return new TranslationsResult(List.of(), 0);
        }
        Map<Long, Integer> positions = segments.positions(touched);
        List<KeptTranslation> kept = new ArrayList<>();
        int changed = 0;
        for (long id : touched) {
            Optional<Translation> current = translations.find(id, language);
            if (current.isPresent() && !replaceable(current.get())) {
                kept.add(new KeptTranslation(id, positions.get(id), current.get().status(),
                        current.get().origin()));
                continue;
            }
            Implied implied = now.get(id);
            boolean written = implied == null ? translations.removeAligned(id, language, user)
                    : translations.saveAligned(id, language, implied.text(), implied.status(), implied.confidence(),
                            implied.reason(), user);
            changed += written ? 1 : 0;
        }
        return new TranslationsResult(kept, changed);
    }

    /** Adds the pairs the new beads imply and removes those only the old ones did (this page's own entries). */
    MemoryResult memory(PageRef page, String language, List<StoredBead> before, List<StoredBead> after) {
        Map<Integer, String> sentences = store.sentences(page.id(), language);
        return memory(page, language, before, sentences, after, sentences);
    }

    /** As above, when the target sentences changed too: a broken pair's entry goes, the joined one comes. */
    MemoryResult memory(PageRef page, String language, List<StoredBead> before, Map<Integer, String> sentencesBefore,
                        List<StoredBead> after, Map<Integer, String> sentencesAfter) {
        Map<Long, String> sources = sourceTexts(before, after);
        Set<MemoryPair> was = BeadTranslations.memory(before, sources, sentencesBefore);
        Set<MemoryPair> now = BeadTranslations.memory(after, sources, sentencesAfter);
        List<MemoryPair> added = new ArrayList<>();
        List<MemoryPair> removed = new ArrayList<>();
        for (MemoryPair pair : now) {
            if (!was.contains(pair) && memory.add(page.sourceLanguage(), language, pair.source(), pair.target(),
                    MEMORY_ORIGIN, page.id())) {
                added.add(pair);
            }
        }
        // A bead a person confirmed vouches for its pair, whether or not the aligner had already added it.
        for (MemoryPair pair : BeadTranslations.confirmedMemory(after, sources, sentencesAfter)) {
            memory.confirm(page.sourceLanguage(), language, pair.source(), pair.target());
        }
        for (MemoryPair pair : was) {
            if (!now.contains(pair) && memory.remove(page.sourceLanguage(), language, pair.source(), pair.target(),
                    MEMORY_ORIGIN, page.id())) {
                removed.add(pair);
            }
        }
        return new MemoryResult(added, removed);
    }

    /** Takes back exactly what a change did to the memory. */
    void revertMemory(PageRef page, String language, Change change) {
        for (MemoryPair pair : change.memoryAdded()) {
            memory.remove(page.sourceLanguage(), language, pair.source(), pair.target(), MEMORY_ORIGIN, page.id());
        }
        for (MemoryPair pair : change.memoryRemoved()) {
            memory.add(page.sourceLanguage(), language, pair.source(), pair.target(), MEMORY_ORIGIN, page.id());
        }
    }

    private Map<Long, String> sourceTexts(List<StoredBead> before, List<StoredBead> after) {
        Set<Long> ids = new LinkedHashSet<>();
        Stream.concat(before.stream(), after.stream()).forEach(b -> ids.addAll(b.segmentIds()));
        Map<Long, String> result = new java.util.HashMap<>();
        result.putAll(segments.sourceTexts(ids));
        return result;
    }

    private static boolean replaceable(Translation translation) {
        return translation.origin() == TranslationOrigin.ALIGNMENT
                && translation.status() != TranslationStatus.REVIEWED
                && translation.status() != TranslationStatus.OUTDATED;
    }
}
