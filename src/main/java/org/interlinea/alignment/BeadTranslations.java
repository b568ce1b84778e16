package org.interlinea.alignment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.document.Placeholders;
import org.interlinea.translation.ReviewReason;
import org.interlinea.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a page's beads say about its translations and memory, the same way the import writes them: a
 * bead's target sentences translate its source segments (in order when the counts agree, else all in the
 * first segment and "" in the others), TRANSLATED when confirmed, or confident with agreeing numbers,
 * dates and names; NEEDS_REVIEW otherwise, with the reason when the two sides disagree.
 * A segment in a bead without target sentences has no aligned translation (MISSING).
 */
final class BeadTranslations {

    record Implied(String text, TranslationStatus status, double confidence, ReviewReason reason) {

        boolean sameAs(@Nullable Implied other) {
            return other != null && text.equals(other.text) && status == other.status
                    && java.util.Objects.equals(reason, other.reason);
        }
    }

    record MemoryPair(String source, String target) {
    }

    private BeadTranslations() {
    }

    static Map<Long, Implied> translations(List<StoredBead> beads, Map<Long, String> sourceTexts,
                                           Map<Integer, String> sentences) {
        Map<Long, Implied> result = new HashMap<>();
        for (StoredBead bead : beads) {
            List<String> texts = targetTexts(bead, sentences);
            List<Long> segments = bead.segmentIds();
            if (segments.isEmpty() || texts.isEmpty()) {
                continue;
            }
            ReviewReason reason = reason(bead, sourceTexts, texts);
            TranslationStatus status = translates(bead) && reason == null ? TranslationStatus.TRANSLATED
                    : TranslationStatus.NEEDS_REVIEW;
            if (segments.size() == texts.size()) {
                for (int i = 0; i < segments.size(); i++) {
                    result.put(segments.get(i), new Implied(texts.get(i), status, bead.confidence(), reason));
                }
            } else {
                result.put(segments.getFirst(), new Implied(String.join(" ", texts), status, bead.confidence(), reason));
                for (Long merged : segments.subList(1, segments.size())) {
                    result.put(merged, new Implied("", status, bead.confidence(), reason));
                }
            }
        }
        return result;
    }

    /**
     * Why an unconfirmed bead needs review although the aligner may be sure of it: its two sides disagree
     * on numbers, dates or names (see {@link AnchorCheck}). A bead a person confirmed has none.
     */
    static @Nullable ReviewReason reason(StoredBead bead, Map<Long, String> sourceTexts, List<String> targetTexts) {
        if (bead.confirmed() || bead.segmentIds().isEmpty() || targetTexts.isEmpty()) {
            return null;
        }
        List<String> source = bead.segmentIds().stream().map(id -> plain(sourceTexts.getOrDefault(id, ""))).toList();
        return AnchorCheck.disagreement(source, targetTexts.stream().map(BeadTranslations::plain).toList())
                .orElse(null);
    }

    /** Placeholders ({@code <1>}, {@code {2}}) are markup, not numbers; a page's literal "{1}" is text. */
    static String plain(String text) {
        return Placeholders.plain(text, " ");
    }

    /** Confirmed or confident beads with text on both sides, whose sides agree, are memory entries. */
    static Set<MemoryPair> memory(List<StoredBead> beads, Map<Long, String> sourceTexts, Map<Integer, String> sentences) {
        return memory(beads, sourceTexts, sentences, false);
    }

    /** As {@link #memory(List, Map, Map)}, only those of beads a person confirmed. */
    static Set<MemoryPair> confirmedMemory(List<StoredBead> beads, Map<Long, String> sourceTexts,
                                           Map<Integer, String> sentences) {
        return memory(beads, sourceTexts, sentences, true);
    }

    private static Set<MemoryPair> memory(List<StoredBead> beads, Map<Long, String> sourceTexts,
                                          Map<Integer, String> sentences, boolean confirmedOnly) {
        Set<MemoryPair> pairs = new LinkedHashSet<>();
        for (StoredBead bead : beads) {
            List<String> texts = targetTexts(bead, sentences);
            if (translates(bead) && (bead.confirmed() || !confirmedOnly) && !bead.segmentIds().isEmpty()
                    && !texts.isEmpty() && reason(bead, sourceTexts, texts) == null) {
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
