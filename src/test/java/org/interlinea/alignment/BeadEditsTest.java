package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.junit.jupiter.api.Test;

/** The review operations on beads, without a database. */
class BeadEditsTest {

    /** Beads 1-1, 2-1, 1-2, 1-0, 1-1 over segments 1..6 and target sentences 0..5. */
    private static final List<StoredBead> BEADS = List.of(
            bead(0, List.of(1L), 0, 1, 0.9),
            bead(1, List.of(2L, 3L), 1, 2, 0.3),
            bead(2, List.of(4L), 2, 4, 0.7),
            bead(3, List.of(5L), 4, 4, 0.4),
            bead(4, List.of(6L), 4, 5, 0.95));

    private static StoredBead bead(int position, List<Long> segments, int start, int end, double confidence) {
        return new StoredBead(position, segments, start, end, confidence, false);
    }

    private static String shapes(List<StoredBead> beads) {
        return String.join(" ", beads.stream().map(b -> b.segmentIds() + ":" + b.targetStart() + "-" + b.targetEnd()
                + (b.confirmed() ? "!" : "")).toList());
    }

    @Test
    void confirmsOneBead() {
        assertThat(shapes(BeadEdits.confirm(BEADS, 1))).isEqualTo("[1]:0-1 [2, 3]:1-2! [4]:2-4 [5]:4-4 [6]:4-5");
        assertThatThrownBy(() -> BeadEdits.confirm(BeadEdits.confirm(BEADS, 1), 1))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("alreadyConfirmed"));
    }

    @Test
    void mergesWithTheNextBeadKeepingTheLowerConfidence() {
        List<StoredBead> merged = BeadEdits.merge(BEADS, 0);
        assertThat(shapes(merged)).isEqualTo("[1, 2, 3]:0-2 [4]:2-4 [5]:4-4 [6]:4-5");
        assertThat(merged.getFirst().confidence()).isEqualTo(0.3);
        assertThat(merged).extracting(StoredBead::position).containsExactly(0, 1, 2, 3);
        assertThatThrownBy(() -> BeadEdits.merge(BEADS, 4))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> {
                    assertThat(e.reason()).isEqualTo("lastBead");
                    assertThat(e.args()[0]).isEqualTo(5);
                });
    }

    @Test
    void splitsAtABoundaryOrIntoPairs() {
        assertThat(shapes(BeadEdits.split(BEADS, 2, 1, 1))).isEqualTo("[1]:0-1 [2, 3]:1-2 [4]:2-3 []:3-4 [5]:4-4 [6]:4-5");
        assertThat(shapes(BeadEdits.splitIntoPairs(BEADS, 1))).isEqualTo("[1]:0-1 [2]:1-2 [3]:2-2 [4]:2-4 [5]:4-4 [6]:4-5");
        assertThat(shapes(BeadEdits.splitIntoPairs(BEADS, 2))).isEqualTo("[1]:0-1 [2, 3]:1-2 [4]:2-3 []:3-4 [5]:4-4 [6]:4-5");
        for (int[] bad : new int[][] {{0, 0}, {1, 2}, {2, 0}, {0, 3}}) {
            assertThatThrownBy(() -> BeadEdits.split(BEADS, 2, bad[0], bad[1]))
                    .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("badSplit"));
        }
        assertThatThrownBy(() -> BeadEdits.splitIntoPairs(BEADS, 0))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("cannotSplit"));
    }

    @Test
    void movesTargetSentencesAndSourceSegmentsToNeighbours() {
        assertThat(shapes(BeadEdits.moveTarget(BEADS, 2, Move.UP))).isEqualTo("[1]:0-1 [2, 3]:1-3 [4]:3-4 [5]:4-4 [6]:4-5");
        assertThat(shapes(BeadEdits.moveTarget(BEADS, 2, Move.DOWN))).isEqualTo("[1]:0-1 [2, 3]:1-2 [4]:2-3 [5]:3-4 [6]:4-5");
        assertThat(shapes(BeadEdits.moveSource(BEADS, 1, Move.UP))).isEqualTo("[1, 2]:0-1 [3]:1-2 [4]:2-4 [5]:4-4 [6]:4-5");
        assertThat(shapes(BeadEdits.moveSource(BEADS, 1, Move.DOWN))).isEqualTo("[1]:0-1 [2]:1-2 [3, 4]:2-4 [5]:4-4 [6]:4-5");
        // a 1-0 bead that gives away its only segment disappears
        assertThat(shapes(BeadEdits.moveSource(BEADS, 3, Move.UP))).isEqualTo("[1]:0-1 [2, 3]:1-2 [4, 5]:2-4 [6]:4-5");
        assertThatThrownBy(() -> BeadEdits.moveTarget(BEADS, 0, Move.UP))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("firstBead"));
        assertThatThrownBy(() -> BeadEdits.moveTarget(BEADS, 3, Move.DOWN))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("noTarget"));
    }

    @Test
    void noCounterpartLeavesEverySentenceAloneAndConfirmed() {
        assertThat(shapes(BeadEdits.noCounterpart(BEADS, 2)))
                .isEqualTo("[1]:0-1 [2, 3]:1-2 [4]:2-2! []:2-3! []:3-4! [5]:4-4 [6]:4-5");
        assertThatThrownBy(() -> BeadEdits.noCounterpart(BEADS, 3))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("alreadyUnpaired"));
    }

    @Test
    void anySequenceOfEditsKeepsBothSidesCompleteAndInOrder() {
        Random random = new Random(42);
        List<StoredBead> beads = BEADS;
        for (int step = 0; step < 2000; step++) {
            int at = random.nextInt(beads.size());
            Move move = random.nextBoolean() ? Move.UP : Move.DOWN;
            try {
                beads = switch (random.nextInt(6)) {
                    case 0 -> BeadEdits.merge(beads, at);
                    case 1 -> BeadEdits.splitIntoPairs(beads, at);
                    case 2 -> BeadEdits.moveTarget(beads, at, move);
                    case 3 -> BeadEdits.moveSource(beads, at, move);
                    case 4 -> BeadEdits.noCounterpart(beads, at);
                    default -> BeadEdits.split(beads, at, random.nextInt(3), random.nextInt(3));
                };
            } catch (AlignmentReviewException expected) {
                continue;
            }
            List<Long> segments = new ArrayList<>();
            int target = 0;
            for (int i = 0; i < beads.size(); i++) {
                StoredBead b = beads.get(i);
                assertThat(b.position()).isEqualTo(i);
                assertThat(b.targetStart()).isEqualTo(target);
                assertThat(b.segmentIds().isEmpty() && b.targetEnd() == b.targetStart()).isFalse();
                target = b.targetEnd();
                segments.addAll(b.segmentIds());
            }
            assertThat(target).isEqualTo(5);
            assertThat(segments).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
    }
}
