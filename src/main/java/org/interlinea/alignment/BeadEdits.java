package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.List;
import org.interlinea.alignment.AlignmentStore.StoredBead;

/**
 * The review operations as pure functions from a page's beads to new beads, numbered again from 0.
 * Beads stay contiguous on both sides (each bead's target range starts where the previous one ends), and
 * a bead a person edited is unconfirmed until confirmed; marking "no counterpart" confirms the omission.
 * Positions in arguments and errors are 0-based; the screen shows them 1-based.
 */
final class BeadEdits {

    private BeadEdits() {
    }

    static List<StoredBead> confirm(List<StoredBead> beads, int at) {
        StoredBead bead = get(beads, at);
        if (bead.confirmed()) {
            throw problem("alreadyConfirmed", "bead %d is already confirmed", at);
        }
        return replace(beads, at, 1, List.of(with(bead, bead.segmentIds(), bead.targetStart(), bead.targetEnd(), true)));
    }

    static List<StoredBead> merge(List<StoredBead> beads, int at) {
        StoredBead first = get(beads, at);
        if (at + 1 >= beads.size()) {
            throw problem("lastBead", "bead %d is the last one: there is no next bead to merge with", at);
        }
        StoredBead second = beads.get(at + 1);
        List<Long> segments = new ArrayList<>(first.segmentIds());
        segments.addAll(second.segmentIds());
        return replace(beads, at, 2, List.of(new StoredBead(at, segments, first.targetStart(), second.targetEnd(),
                Math.min(first.confidence(), second.confidence()), false)));
    }

    /** Splits before source segment {@code sourceAt} and target sentence {@code targetAt} (both within the bead). */
    static List<StoredBead> split(List<StoredBead> beads, int at, int sourceAt, int targetAt) {
        StoredBead bead = get(beads, at);
        int sources = bead.segmentIds().size();
        int targets = bead.targetEnd() - bead.targetStart();
        if (sourceAt < 0 || sourceAt > sources || targetAt < 0 || targetAt > targets
                || sourceAt + targetAt == 0 || sourceAt + targetAt == sources + targets) {
            throw problem("badSplit", "bead %d (%d-%d) cannot be split at %d:%d", at, sources, targets, sourceAt,
                    targetAt);
        }
        int middle = bead.targetStart() + targetAt;
        return replace(beads, at, 1, List.of(
                with(bead, bead.segmentIds().subList(0, sourceAt), bead.targetStart(), middle, false),
                with(bead, bead.segmentIds().subList(sourceAt, sources), middle, bead.targetEnd(), false)));
    }

    /** Pairs sources and targets 1-1 in order; what is left over on the longer side gets no counterpart. */
    static List<StoredBead> splitIntoPairs(List<StoredBead> beads, int at) {
        StoredBead bead = get(beads, at);
        int sources = bead.segmentIds().size();
        int targets = bead.targetEnd() - bead.targetStart();
        if (sources <= 1 && targets <= 1) {
            throw problem("cannotSplit", "bead %d (%d-%d) has nothing to split", at, sources, targets);
        }
        List<StoredBead> parts = new ArrayList<>();
        int pairs = Math.min(sources, targets);
        int t = bead.targetStart();
        for (int i = 0; i < pairs; i++, t++) {
            parts.add(with(bead, List.of(bead.segmentIds().get(i)), t, t + 1, false));
        }
        for (int i = pairs; i < sources; i++) {
            parts.add(with(bead, List.of(bead.segmentIds().get(i)), t, t, false));
        }
        for (; t < bead.targetEnd(); t++) {
            parts.add(with(bead, List.of(), t, t + 1, false));
        }
        return replace(beads, at, 1, parts);
    }

    /** Moves the bead's first target sentence to the previous bead (UP) or its last to the next (DOWN). */
    static List<StoredBead> moveTarget(List<StoredBead> beads, int at, Move direction) {
        StoredBead bead = get(beads, at);
        if (bead.targetEnd() == bead.targetStart()) {
            throw problem("noTarget", "bead %d has no target sentence to move", at);
        }
        if (direction == Move.UP) {
            StoredBead previous = neighbour(beads, at, -1);
            return replace(beads, at - 1, 2, nonEmpty(
                    with(previous, previous.segmentIds(), previous.targetStart(), previous.targetEnd() + 1, false),
                    with(bead, bead.segmentIds(), bead.targetStart() + 1, bead.targetEnd(), false)));
        }
        StoredBead next = neighbour(beads, at, 1);
        return replace(beads, at, 2, nonEmpty(
                with(bead, bead.segmentIds(), bead.targetStart(), bead.targetEnd() - 1, false),
                with(next, next.segmentIds(), next.targetStart() - 1, next.targetEnd(), false)));
    }

    /** Moves the bead's first source segment to the previous bead (UP) or its last to the next (DOWN). */
    static List<StoredBead> moveSource(List<StoredBead> beads, int at, Move direction) {
        StoredBead bead = get(beads, at);
        List<Long> segments = bead.segmentIds();
        if (segments.isEmpty()) {
            throw problem("noSource", "bead %d has no source segment to move", at);
        }
        if (direction == Move.UP) {
            StoredBead previous = neighbour(beads, at, -1);
            List<Long> grown = new ArrayList<>(previous.segmentIds());
            grown.add(segments.getFirst());
            return replace(beads, at - 1, 2, nonEmpty(
                    with(previous, grown, previous.targetStart(), previous.targetEnd(), false),
                    with(bead, segments.subList(1, segments.size()), bead.targetStart(), bead.targetEnd(), false)));
        }
        StoredBead next = neighbour(beads, at, 1);
        List<Long> grown = new ArrayList<>();
        grown.add(segments.getLast());
        grown.addAll(next.segmentIds());
        return replace(beads, at, 2, nonEmpty(
                with(bead, segments.subList(0, segments.size() - 1), bead.targetStart(), bead.targetEnd(), false),
                with(next, grown, next.targetStart(), next.targetEnd(), false)));
    }

    /** Every source segment and target sentence of the bead stands alone (1-0 and 0-1), confirmed so. */
    static List<StoredBead> noCounterpart(List<StoredBead> beads, int at) {
        StoredBead bead = get(beads, at);
        if (bead.segmentIds().isEmpty() || bead.targetEnd() == bead.targetStart()) {
            throw problem("alreadyUnpaired", "bead %d already has no counterpart", at);
        }
        List<StoredBead> parts = new ArrayList<>();
        for (Long segment : bead.segmentIds()) {
            parts.add(with(bead, List.of(segment), bead.targetStart(), bead.targetStart(), true));
        }
        for (int t = bead.targetStart(); t < bead.targetEnd(); t++) {
            parts.add(with(bead, List.of(), t, t + 1, true));
        }
        return replace(beads, at, 1, parts);
    }

    private static StoredBead get(List<StoredBead> beads, int at) {
        if (at < 0 || at >= beads.size()) {
            throw problem("noSuchBead", "there is no bead %d (the page has %d)", at, beads.size());
        }
        return beads.get(at);
    }

    private static StoredBead neighbour(List<StoredBead> beads, int at, int step) {
        int other = at + step;
        if (other < 0) {
            throw problem("firstBead", "bead %d is the first one: there is no previous bead", at);
        }
        if (other >= beads.size()) {
            throw problem("lastBead", "bead %d is the last one: there is no next bead", at);
        }
        return beads.get(other);
    }

    private static StoredBead with(StoredBead bead, List<Long> segments, int targetStart, int targetEnd,
                                   boolean confirmed) {
        return new StoredBead(bead.position(), List.copyOf(segments), targetStart, targetEnd, bead.confidence(),
                confirmed);
    }

    /** A bead that lost its last sentence disappears. */
    private static List<StoredBead> nonEmpty(StoredBead... beads) {
        List<StoredBead> kept = new ArrayList<>();
        for (StoredBead b : beads) {
            if (!b.segmentIds().isEmpty() || b.targetEnd() > b.targetStart()) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static List<StoredBead> replace(List<StoredBead> beads, int from, int count, List<StoredBead> parts) {
        List<StoredBead> result = new ArrayList<>(beads.subList(0, from));
        result.addAll(parts);
        result.addAll(beads.subList(from + count, beads.size()));
        List<StoredBead> numbered = new ArrayList<>(result.size());
        for (int i = 0; i < result.size(); i++) {
            StoredBead b = result.get(i);
            numbered.add(new StoredBead(i, b.segmentIds(), b.targetStart(), b.targetEnd(), b.confidence(),
                    b.confirmed()));
        }
        return numbered;
    }

    private static AlignmentReviewException problem(String key, String message, Object... args) {
        Object[] shown = args.clone();
        if (shown.length > 0 && shown[0] instanceof Integer position) {
            shown[0] = position + 1;   // people count beads from 1
        }
        return new AlignmentReviewException(key, message.formatted(shown), shown);
    }
}
