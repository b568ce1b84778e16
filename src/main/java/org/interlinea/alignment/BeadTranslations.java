package org.interlinea.alignment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.translation.TranslationStatus;

/**
 * What a page's beads say about its translations and memory, the same way the import writes them: a
 * bead's target sentences translate its source segments (in order when the counts agree, else all in the
 * first segment and "" in the others), TRANSLATED when confirmed or confident, NEEDS_REVIEW otherwise.
 * A segment in a bead without target sentences has no aligned translation (MISSING).
 */
final class BeadTranslations {

    record Implied(String text, TranslationStatus status, double confidence) {

        boolean sameAs(Implied other) {
            return other != null && text.equals(other.text) && status == other.status;
        }
    }

    record MemoryPair(String source, String target) {
    }

    private BeadTranslations() {
    }

    static Map<Long, Implied> translations(List<StoredBead> beads, Map<Integer, String> sentences) {
        Map<Long, Implied> result = new HashMap<>();
        for (StoredBead bead : beads) {
            List<String> texts = targetTexts(bead, sentences);
            List<Long> segments = bead.segmentIds();
            if (segments.isEmpty() || texts.isEmpty()) {
                continue;
            }
            TranslationStatus status = translates(bead) ? TranslationStatus.TRANSLATED : TranslationStatus.NEEDS_REVIEW;
            if (segments.size() == texts.size()) {
                for (int i = 0; i < segments.size(); i++) {
                    result.put(segments.get(i), new Implied(texts.get(i), status, bead.confidence()));
                }
            } else {
                result.put(segments.getFirst(), new Implied(String.join(" ", texts), status, bead.confidence()));
                for (Long merged : segments.subList(1, segments.size())) {
                    result.put(merged, new Implied("", status, bead.confidence()));
                }
            }
        }
        return result;
    }

    /** Confirmed or confident beads with text on both sides are memory entries. */
    static Set<MemoryPair> memory(List<StoredBead> beads, Map<Long, String> sourceTexts, Map<Integer, String> sentences) {
        Set<MemoryPair> pairs = new LinkedHashSet<>();
        for (StoredBead bead : beads) {
            List<String> texts = targetTexts(bead, sentences);
            if (translates(bead) && !bead.segmentIds().isEmpty() && !texts.isEmpty()) {
                String source = String.join(" ", bead.segmentIds().stream().map(id -> sourceTexts.getOrDefault(id, ""))
                        .toList());
                pairs.add(new MemoryPair(source, String.join(" ", texts)));
            }
        }
        return pairs;
    }

    static boolean translates(StoredBead bead) {
        return bead.confirmed() || bead.confidence() >= SentenceAligner.TRANSLATED_THRESHOLD;
    }

    static List<String> targetTexts(StoredBead bead, Map<Integer, String> sentences) {
        return java.util.stream.IntStream.range(bead.targetStart(), bead.targetEnd())
                .mapToObj(p -> sentences.getOrDefault(p, "")).toList();
    }
}
