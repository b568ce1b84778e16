package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.junit.jupiter.api.Test;

/** Joining and splitting target sentences renumbers the sentences and moves every later bead's range. */
class SentenceEditsTest {

    static final List<TargetSentence> SENTENCES = List.of(new TargetSentence(0, 0, "Он пришёл."),
            new TargetSentence(1, 1, "Это было, т."), new TargetSentence(2, 1, "е. почти конец."),
            new TargetSentence(3, 2, "Потом <1>пришла</1> зима. Весна тоже."));
    /** 1-1, a 1-2 with the cut sentence, a 1-0, then 1-1. */
    static final List<StoredBead> BEADS = List.of(new StoredBead(0, List.of(10L), 0, 1, 0.9, false),
            new StoredBead(1, List.of(11L), 1, 3, 0.5, true), new StoredBead(2, List.of(12L), 3, 3, 0.2, false),
            new StoredBead(3, List.of(13L), 3, 4, 0.9, false));

    @Test
    void joinMakesOneSentenceWithOneSpaceAndShiftsTheLaterBeads() {
        SentenceEdits.Edited edited = SentenceEdits.join(BEADS, SENTENCES, 1, 0);

        assertThat(edited.sentences()).containsExactly(new TargetSentence(0, 0, "Он пришёл."),
                new TargetSentence(1, 1, "Это было, т. е. почти конец."),
                new TargetSentence(2, 2, "Потом <1>пришла</1> зима. Весна тоже."));
        assertThat(edited.beads()).containsExactly(BEADS.get(0), new StoredBead(1, List.of(11L), 1, 2, 0.5, true),
                new StoredBead(2, List.of(12L), 2, 2, 0.2, false), new StoredBead(3, List.of(13L), 2, 3, 0.9, false));
    }

    @Test
    void splitCutsBeforeTheChosenWordAndShiftsTheLaterBeads() {
        String text = SENTENCES.get(3).text();
        int at = text.indexOf("Весна");
        SentenceEdits.Edited edited = SentenceEdits.split(BEADS, SENTENCES, 3, 0, at);

        assertThat(edited.sentences().subList(3, 5)).containsExactly(
                new TargetSentence(3, 2, "Потом <1>пришла</1> зима."), new TargetSentence(4, 2, "Весна тоже."));
        assertThat(edited.beads().get(2)).isEqualTo(BEADS.get(2));
        assertThat(edited.beads().get(3)).isEqualTo(new StoredBead(3, List.of(13L), 3, 5, 0.9, false));
        assertThat(SentenceEdits.splitPoints(text)).containsExactly(text.indexOf("<1>"), text.indexOf("зима"), at,
                text.indexOf("тоже"));
    }

    @Test
    void aPagesOwnPlaceholderLikeTextIsTextButNotCutInTwo() {
        String text = "Пишите {\\1} и <\\2> здесь. <1>Да</1>.";
        assertThat(SentenceEdits.splittable(text, text.indexOf("{") + 1)).isFalse();
        assertThat(SentenceEdits.splittable(text, text.indexOf("<") + 2)).isFalse();
        assertThat(SentenceEdits.splitPoints(text)).containsExactly(text.indexOf("{"), text.indexOf(" и ") + 1,
                text.indexOf("<"), text.indexOf("здесь"), text.indexOf("<1>"));
    }

    @Test
    void refusesJoinsAcrossBeadsOrParagraphsAndSplitsInsidePlaceholders() {
        assertThatThrownBy(() -> SentenceEdits.join(BEADS, SENTENCES, 0, 0)).isInstanceOfSatisfying(
                AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("badJoin"));
        List<StoredBead> across = List.of(new StoredBead(0, List.of(10L), 0, 2, 0.9, false),
                new StoredBead(1, List.of(11L), 2, 4, 0.9, false));
        assertThatThrownBy(() -> SentenceEdits.join(across, SENTENCES, 0, 0)).isInstanceOfSatisfying(
                AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("joinParagraphs"));
        String text = SENTENCES.get(3).text();
        assertThatThrownBy(() -> SentenceEdits.split(BEADS, SENTENCES, 3, 0, text.indexOf("пришла")))
                .isInstanceOfSatisfying(AlignmentReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo("badSentenceSplit"));
    }
}
