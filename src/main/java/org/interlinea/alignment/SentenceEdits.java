package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.List;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.document.Placeholders;

/**
 * Joining and splitting target sentences of a bead, for when the sentence rules cut a sentence at an
 * abbreviation ("т." | "е. …") or missed a boundary. Pure functions from beads and sentences to new ones:
 * sentences are numbered again from 0 and every bead's target range follows. The bead keeps its
 * confirmation, since which source goes with which target text does not change.
 */
final class SentenceEdits {

    record Edited(List<StoredBead> beads, List<TargetSentence> sentences) {
    }

    private SentenceEdits() {
    }

    /**
     * Joins the bead's target sentence {@code targetAt} (0-based within the bead) with the next one. They are
     * joined with one space: a break needs whitespace after the full stop, and the HTML reader collapses a
     * run of whitespace into one space, so that is the spacing the file shows.
     */
    static Edited join(List<StoredBead> beads, List<TargetSentence> sentences, int at, int targetAt) {
        StoredBead bead = bead(beads, at);
        int first = bead.targetStart() + targetAt;
        if (targetAt < 0 || first + 1 >= bead.targetEnd()) {
            throw problem("badJoin", "bead %d has no target sentences %d and %d to join", at, targetAt + 1,
                    targetAt + 2);
        }
        TargetSentence a = sentences.get(first);
        TargetSentence b = sentences.get(first + 1);
        if (a.paragraph() != b.paragraph()) {
            throw problem("joinParagraphs", "bead %d: target sentences %d and %d are in different paragraphs", at,
                    targetAt + 1, targetAt + 2);
        }
        List<TargetSentence> texts = new ArrayList<>(sentences.subList(0, first));
        texts.add(new TargetSentence(first, a.paragraph(), a.text() + " " + b.text()));
        texts.addAll(sentences.subList(first + 2, sentences.size()));
        return new Edited(shift(beads, at, first + 1, -1), renumber(texts));
    }

    /**
     * Splits the bead's target sentence {@code targetAt} at character {@code offset} of its text: the
     * whitespace around the cut goes, both parts must keep some text, and no placeholder may be cut or
     * separated from its closing tag.
     */
    static Edited split(List<StoredBead> beads, List<TargetSentence> sentences, int at, int targetAt, int offset) {
        StoredBead bead = bead(beads, at);
        int index = bead.targetStart() + targetAt;
        if (targetAt < 0 || index >= bead.targetEnd()) {
            throw problem("noSuchSentence", "bead %d has no target sentence %d", at, targetAt + 1);
        }
        TargetSentence sentence = sentences.get(index);
        String text = sentence.text();
        if (!splittable(text, offset)) {
            throw problem("badSentenceSplit", "bead %d: target sentence %d cannot be split at character %d", at,
                    targetAt + 1, offset);
        }
        List<TargetSentence> texts = new ArrayList<>(sentences.subList(0, index));
        texts.add(new TargetSentence(index, sentence.paragraph(), text.substring(0, offset).strip()));
        texts.add(new TargetSentence(index + 1, sentence.paragraph(), text.substring(offset).strip()));
        texts.addAll(sentences.subList(index + 1, sentences.size()));
        return new Edited(shift(beads, at, index + 1, +1), renumber(texts));
    }

    /** Where a sentence can be split: word boundaries outside placeholders, with text on both sides. */
    static List<Integer> splitPoints(String text) {
        List<Integer> points = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))
                    && splittable(text, i)) {
                points.add(i);
            }
        }
        return points;
    }

    static boolean splittable(String text, int offset) {
        if (offset <= 0 || offset >= text.length() || text.substring(0, offset).isBlank()
                || text.substring(offset).isBlank()) {
            return false;
        }
        if (Placeholders.cuts(text, offset)) {
            return false;   // inside a placeholder, or inside a page's text that looks like one
        }
        List<Integer> open = new ArrayList<>();
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (token.start() >= offset) {
                break;
            }
            if (token.kind() == Placeholders.Kind.OPEN) {
                open.add(token.id());
            } else if (token.kind() == Placeholders.Kind.CLOSE) {
                open.remove(Integer.valueOf(token.id()));
            }
        }
        return open.isEmpty();   // a paired tag must close on the side it opened
    }

    /** The bead at {@code at} gains or loses {@code delta} sentences; every range from {@code from} on moves. */
    private static List<StoredBead> shift(List<StoredBead> beads, int at, int from, int delta) {
        List<StoredBead> result = new ArrayList<>(beads.size());
        for (StoredBead b : beads) {
            int start = b.position() != at && b.targetStart() >= from ? b.targetStart() + delta : b.targetStart();
            int end = b.targetEnd() >= from ? b.targetEnd() + delta : b.targetEnd();
            result.add(new StoredBead(b.position(), b.segmentIds(), start, end, b.confidence(), b.confirmed()));
        }
        return result;
    }

    private static List<TargetSentence> renumber(List<TargetSentence> sentences) {
        List<TargetSentence> result = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            TargetSentence s = sentences.get(i);
            result.add(new TargetSentence(i, s.paragraph(), s.text()));
        }
        return result;
    }

    private static StoredBead bead(List<StoredBead> beads, int at) {
        if (at < 0 || at >= beads.size()) {
            throw problem("noSuchBead", "there is no bead %d (the page has %d)", at, beads.size());
        }
        return beads.get(at);
    }

    private static AlignmentReviewException problem(String key, String message, Object... args) {
        Object[] shown = args.clone();
        shown[0] = (Integer) shown[0] + 1;   // people count beads from 1
        return new AlignmentReviewException(key, message.formatted(shown), shown);
    }
}
