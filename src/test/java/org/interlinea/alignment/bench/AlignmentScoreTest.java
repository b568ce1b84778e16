package org.interlinea.alignment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's metric must follow vecalign's definition, or its figures are not comparable. */
class AlignmentScoreTest {

    private static List<GoldBead> beads(String... vecalign) {
        return java.util.Arrays.stream(vecalign).map(GoldBead::parse).toList();
    }

    @Test
    void identicalAlignmentsScoreOne() {
        AlignmentScore score = new AlignmentScore();
        List<GoldBead> gold = beads("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[]:[2]");
        score.add(gold, gold);
        assertThat(score.strictF1()).isEqualTo(1.0);
        assertThat(score.laxF1()).isEqualTo(1.0);
    }

    @Test
    void precisionCountsOmissionsButRecallIgnoresThem() {
        AlignmentScore score = new AlignmentScore();
        // gold: 0-0, 1+2 - 1, 3 omitted; test: 0-0, 1-1, 2 omitted, 3-2 (wrong)
        score.add(beads("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[]:[2]"),
                beads("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]"));
        // precision over 4 test beads: strict 1 ([0]:[0]); lax adds [1]:[1] (source 1 is gold-aligned to 1)
        assertThat(score.strictPrecision()).isEqualTo(0.25);
        assertThat(score.laxPrecision()).isEqualTo(0.5);
        // recall over the 2 paired gold beads: [0]:[0] strict; [1, 2]:[1] lax only
        assertThat(score.strictRecall()).isEqualTo(0.5);
        assertThat(score.laxRecall()).isEqualTo(1.0);
        assertThat(score.strictF1()).isCloseTo(2 * 0.25 * 0.5 / 0.75, within(1e-9));
    }

    @Test
    void countsAreSummedOverDocumentsBeforeDividing() {
        AlignmentScore score = new AlignmentScore();
        score.add(beads("[0]:[0]"), beads("[0]:[0]"));
        score.add(beads("[0]:[0]", "[1]:[1]", "[2]:[2]"), beads("[0, 1]:[0, 1]", "[2]:[2]"));
        assertThat(score.strictPrecision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.strictRecall()).isCloseTo(2 / 4.0, within(1e-9));
    }
}
