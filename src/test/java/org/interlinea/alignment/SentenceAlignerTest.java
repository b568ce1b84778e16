package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    private static final AlignmentOptions EN_RU = AlignmentOptions.of("en", "ru");

    @Test
    void parallelSentencesAlignOneToOne() {
        List<String> en = List.of("The minister arrived in the capital on Tuesday morning.",
                "He met the president for two hours.", "No agreement was announced.",
                "Talks will continue next week, officials said.");
        List<String> ru = List.of("Министр прибыл в столицу во вторник утром.",
                "Он встречался с президентом в течение двух часов.", "О соглашении не сообщалось.",
                "Переговоры продолжатся на следующей неделе, сообщили официальные лица.");
        assertThat(shapes(SentenceAligner.align(en, ru, EN_RU)))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]");
    }

    @Test
    void twoSourceSentencesMergedInTheTranslationMakeATwoToOneBead() {
        List<String> source = List.of(text(60), text(25), text(30), text(70));
        List<String> target = List.of(text(62), text(58), text(72));
        assertThat(shapes(SentenceAligner.align(source, target, EN_RU)))
                .containsExactly("[0]:[0]", "[1, 2]:[1]", "[3]:[2]");
    }

    @Test
    void aSourceSentenceSplitInTheTranslationMakesAOneToTwoBead() {
        List<String> source = List.of(text(60), text(90), text(70));
        List<String> target = List.of(text(61), text(40), text(48), text(69));
        assertThat(shapes(SentenceAligner.align(source, target, EN_RU)))
                .containsExactly("[0]:[0]", "[1]:[1, 2]", "[2]:[3]");
    }

    @Test
    void anOmittedSentenceBecomesAOneToZeroBeadAndAnAddedOneAZeroToOneBead() {
        List<String> source = List.of(text(50), text(80), text(45), text(65), text(55));
        List<String> omitted = List.of(text(50), text(80), text(65), text(55));
        assertThat(shapes(SentenceAligner.align(source, omitted, EN_RU)))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]", "[4]:[3]");
        assertThat(shapes(SentenceAligner.align(omitted, source, EN_RU)))
                .containsExactly("[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[3]", "[3]:[4]");
    }

    @Test
    void numbersDecideWhichOfTwoSimilarSentencesWasOmitted() {
        List<String> en = List.of("In 2019 the company sold 1,200 cars in Europe.",
                "In 2021 the company sold 3,500 vans in Europe.");
        List<String> ru = List.of("В 2021 году компания продала 3 500 фургонов в Европе.");
        assertThat(shapes(SentenceAligner.align(en, ru, EN_RU))).containsExactly("[0]:[]", "[1]:[0]");
        List<String> other = List.of("В 2019 году компания продала 1 200 машин в Европе.");
        assertThat(shapes(SentenceAligner.align(en, other, EN_RU))).containsExactly("[0]:[0]", "[1]:[]");
    }

    @Test
    void transliteratedNamesDecideWhichOfTwoSimilarSentencesWasOmitted() {
        List<String> en = List.of("Putin spoke to reporters in Moscow.", "Trump spoke to reporters in Washington.");
        List<String> trump = List.of("Трамп поговорил с журналистами в Вашингтоне.");
        assertThat(shapes(SentenceAligner.align(en, trump, EN_RU))).containsExactly("[0]:[]", "[1]:[0]");
        List<String> putin = List.of("Путин поговорил с журналистами в Москве.");
        assertThat(shapes(SentenceAligner.align(en, putin, EN_RU))).containsExactly("[0]:[0]", "[1]:[]");
    }

    @Test
    void emptyDocumentsGiveNoBeadsOrOnlyOmissions() {
        assertThat(SentenceAligner.align(List.of(), List.of(), EN_RU)).isEmpty();
        assertThat(shapes(SentenceAligner.align(List.of(), List.of("a.", "b."), EN_RU)))
                .containsExactly("[]:[0]", "[]:[1]");
        assertThat(shapes(SentenceAligner.align(List.of("a."), List.of(), EN_RU))).containsExactly("[0]:[]");
    }

    @Test
    void oneLineDocumentsAlign() {
        assertThat(shapes(SentenceAligner.align(List.of("Hello, world."), List.of("Привет, мир."), EN_RU)))
                .containsExactly("[0]:[0]");
        List<Bead> beads = SentenceAligner.align(List.of(text(90)), List.of(text(30), text(28), text(31)), EN_RU);
        assertCovers(beads, 1, 3);
        assertThat(shapes(beads)).containsExactly("[0]:[0, 1, 2]");
    }

    @Test
    void paragraphBoundariesPullBeadsOntoThem() {
        // By length alone S1+S2 fits T1 best; the paragraph starts (S2 and T1) say S0+S1 belong to T0.
        List<String> source = List.of(text(50), text(15), text(40));
        List<String> target = List.of(text(55), text(60));
        assertThat(shapes(SentenceAligner.align(source, target, EN_RU))).containsExactly("[0]:[0]", "[1, 2]:[1]");
        AlignmentOptions paragraphs = new AlignmentOptions("en", "ru", Set.of(0, 2), Set.of(0, 1));
        assertThat(shapes(SentenceAligner.align(source, target, paragraphs))).containsExactly("[0, 1]:[0]", "[2]:[1]");
    }

    @Test
    void everyBeadHasAConfidenceAndOmissionsAreLessConfident() {
        List<String> source = List.of(text(50), text(80), text(45), text(65), text(55));
        List<String> target = List.of(text(50), text(80), text(65), text(55));
        List<Bead> beads = SentenceAligner.align(source, target, EN_RU);
        assertThat(beads).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
        double omission = beads.stream().filter(Bead::isUnpaired).findFirst().orElseThrow().confidence();
        assertThat(beads.stream().filter(b -> !b.isUnpaired())).allSatisfy(b ->
                assertThat(b.confidence()).isGreaterThan(omission));
        assertThat(omission).isLessThan(SentenceAligner.TRANSLATED_THRESHOLD);
    }

    @Test
    void theBandKeepsMemoryLinearInTheDocumentLength() {
        int n = 3000;
        List<String> source = randomText(n, 1);
        List<String> target = new ArrayList<>(source);
        SentenceAligner.Alignment a = SentenceAligner.align(source, target, EN_RU, Weights.DEFAULT);
        assertThat(a.halfWidth()).isEqualTo(SentenceAligner.INITIAL_HALF_WIDTH);
        assertThat(a.cellsAllocated()).isLessThanOrEqualTo((n + 1L) * (2L * SentenceAligner.INITIAL_HALF_WIDTH + 3));
        assertCovers(a.beads(), n, n);
    }

    @Test
    void aLongOmissionWidensTheBandButNeverBeyondItsBound() {
        int n = 2000;
        List<String> source = randomText(n, 2);
        List<String> target = new ArrayList<>(source);
        target.subList(900, 1100).clear();
        SentenceAligner.Alignment a = SentenceAligner.align(source, target, EN_RU, Weights.DEFAULT);
        assertThat(a.halfWidth()).isGreaterThan(SentenceAligner.INITIAL_HALF_WIDTH);
        assertThat(a.cellsAllocated()).isLessThanOrEqualTo((n + 1L) * (2L * SentenceAligner.MAX_HALF_WIDTH + 3))
                .isLessThan((long) n * target.size() / 2);
        assertCovers(a.beads(), n, target.size());
        // Filler sentences differ only in length, so inside the gap merges may win; around it they may not.
        List<String> shapes = shapes(a.beads());
        assertThat(shapes).contains("[0]:[0]", "[850]:[850]", "[1150]:[950]", "[1999]:[1799]");
        assertThat(a.beads().stream().filter(b -> b.targetCount() == 0).count()).isGreaterThan(150);
    }

    /** Lower-case filler of the given length ending with a full stop: only its length says anything. */
    static String text(int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length - 1) {
            b.append(b.length() % 7 == 6 ? ' ' : 'x');
        }
        return b.append('.').toString();
    }

    /** Sentences of random length (20-150) with random numbers in some, reproducible by seed. */
    static List<String> randomText(int n, long seed) {
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String s = text(20 + random.nextInt(130));
            sentences.add(random.nextInt(4) == 0 ? random.nextInt(10000) + " " + s : s);
        }
        return Collections.unmodifiableList(sentences);
    }

    static List<String> shapes(List<Bead> beads) {
        return beads.stream().map(Bead::toVecalign).toList();
    }

    static void assertCovers(List<Bead> beads, int n, int m) {
        int s = 0;
        int t = 0;
        for (Bead b : beads) {
            assertThat(b.sourceStart()).isEqualTo(s);
            assertThat(b.targetStart()).isEqualTo(t);
            s = b.sourceEnd();
            t = b.targetEnd();
        }
        assertThat(s).isEqualTo(n);
        assertThat(t).isEqualTo(m);
    }
}
