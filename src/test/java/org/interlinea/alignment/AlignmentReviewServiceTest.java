package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interlinea.alignment.ReviewCorpus.BORDERS;
import static org.interlinea.alignment.ReviewCorpus.JUDGE;
import static org.interlinea.alignment.ReviewCorpus.PRESS;

import java.util.Optional;
import org.interlinea.content.ContentSyncService;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review operations on three demo pages aligned with Russian: borders-in-the-snow (beads 37-43 are
 * 1-0 for a missing question, 44-48 low-confidence 1-1), the printing press (bead 9 is a 2-1 merge) and
 * the judge (bead 31 is a 1-2 split). Up to those beads, bead n holds source segment n.
 */
@SpringBootTest
@ActiveProfiles("test")
class AlignmentReviewServiceTest {

    static final ContentFixture content = ReviewCorpus.create();
    static final String RU = "ru";
    static final String USER = "reviewer";

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
    }

    @Autowired
    AlignmentReviewService review;
    @Autowired
    ContentSyncService sync;
    @Autowired
    TranslationService translations;
    @Autowired
    TranslationMemory memory;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshAlignment() {
        Database.clear(jdbc);
        sync.syncAndWait("test");
    }

    private long segment(String slug, int position) {
        return jdbc.sql("""
                        select s.id from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.position = :position and s.archived_at is null""")
                .param("slug", slug).param("position", position).query(Long.class).single();
    }

    private Optional<Translation> translation(String slug, int position) {
        return translations.find(segment(slug, position), RU);
    }

    private int translatedSegments(String slug) {
        return coverage.page(slug).orElseThrow().cell(RU).translatedSegments();
    }

    private static void assertProblem(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AlignmentReviewException.class,
                e -> assertThat(e.reason()).isEqualTo(key));
    }

    @Test
    void showsEachBeadWithItsTextsConfidenceAndConfirmation() {
        ReviewPage page = review.beads(BORDERS, RU);

        assertThat(page.title()).isEqualTo("Borders in the snow: the volunteers who search an Alpine pass at night");
        assertThat(page.beads()).hasSize(49);
        assertThat(page.needingReview()).isEqualTo(13);   // 12 unsure beads and the one saying 10 guides for 12
        BeadRow omission = page.beads().get(38);
        assertThat(omission.source()).containsExactly("What difference has it made?");
        assertThat(omission.target()).isEmpty();
        assertThat(omission.needsReview()).isTrue();
        BeadRow split = page.beads().get(14);
        assertThat(split.shape()).isEqualTo("1-2");
        assertThat(split.target().getFirst()).startsWith("<1>Паоло Ферранте:</1>");
        assertThat(page.undoDepth()).isZero();
    }

    @Test
    void confirmingTranslatesTheBeadAndAddsItToMemoryAndUndoTakesBothBack() {
        assertThat(translation(BORDERS, 44).orElseThrow().status()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        String source = review.beads(BORDERS, RU).beads().get(44).source().getFirst();
        assertThat(memory.exact("en", RU, source, 5)).isEmpty();

        ReviewOutcome outcome = review.confirm(BORDERS, RU, 44, USER);

        assertThat(outcome.bead()).isEqualTo(44);
        assertThat(outcome.page().beads().get(44).confirmed()).isTrue();
        assertThat(outcome.page().undoDepth()).isEqualTo(1);
        Translation confirmed = translation(BORDERS, 44).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(confirmed.origin()).isEqualTo(TranslationOrigin.ALIGNMENT);
        assertThat(confirmed.updatedBy()).isEqualTo(USER);
        assertThat(memory.exact("en", RU, source, 5)).singleElement()
                .satisfies(m -> assertThat(m.targetText()).startsWith("<1>Интервьюер:</1> Что бы вы хотели"));

        ReviewOutcome undone = review.undo(BORDERS, RU, USER);

        assertThat(undone.operation()).isEqualTo(ReviewOperation.UNDO);
        assertThat(undone.undone()).isEqualTo(ReviewOperation.CONFIRM);
        assertThat(undone.bead()).isEqualTo(44);
        assertThat(undone.page().beads().get(44).confirmed()).isFalse();
        assertThat(undone.page().undoDepth()).isZero();
        assertThat(translation(BORDERS, 44).orElseThrow().status()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(memory.exact("en", RU, source, 5)).isEmpty();
    }

    @Test
    void splittingAMergeIntoPairsLeavesTheSecondSegmentMissingAndMergingRestoresIt() {
        assertThat(translation(PRESS, 9).orElseThrow().text()).startsWith("Слово <1>политика</1>");
        assertThat(translation(PRESS, 10).orElseThrow().text()).isEmpty();

        ReviewOutcome split = review.splitIntoPairs(PRESS, RU, 9, USER);

        assertThat(split.page().beads()).hasSize(43);
        assertThat(split.page().beads().get(9).shape()).isEqualTo("1-1");
        assertThat(split.page().beads().get(10).shape()).isEqualTo("1-0");
        assertThat(translation(PRESS, 9).orElseThrow().text()).startsWith("Слово <1>политика</1>");
        assertThat(translation(PRESS, 10)).isEmpty();

        ReviewOutcome merged = review.merge(PRESS, RU, 9, USER);

        assertThat(merged.page().beads().get(9).shape()).isEqualTo("2-1");
        assertThat(translation(PRESS, 10).orElseThrow().text()).isEmpty();
        assertThat(merged.page().undoDepth()).isEqualTo(2);

        review.undo(PRESS, RU, USER);
        ReviewOutcome original = review.undo(PRESS, RU, USER);
        assertThat(original.page().beads()).hasSize(42);
        assertThat(original.page().beads().get(9).shape()).isEqualTo("2-1");
        assertThat(translation(PRESS, 10).orElseThrow().status()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertProblem(() -> review.undo(PRESS, RU, USER), "nothingToUndo");
    }

    @Test
    void splittingAtABoundaryReplacesTheMemoryEntryAndUndoRestoresIt() {
        String source = review.beads(JUDGE, RU).beads().get(31).source().getFirst();
        String joined = translation(JUDGE, 31).orElseThrow().text();
        assertThat(memory.exact("en", RU, source, 5)).extracting(TranslationMemory.Match::targetText).containsExactly(joined);

        ReviewOutcome split = review.split(JUDGE, RU, 31, 1, 1, USER);

        assertThat(split.page().beads().get(31).shape()).isEqualTo("1-1");
        assertThat(split.page().beads().get(32).shape()).isEqualTo("0-1");
        String first = split.page().beads().get(31).target().getFirst();
        assertThat(translation(JUDGE, 31).orElseThrow().text()).isEqualTo(first);
        assertThat(memory.exact("en", RU, source, 5)).extracting(TranslationMemory.Match::targetText).containsExactly(first);

        review.undo(JUDGE, RU, USER);

        assertThat(translation(JUDGE, 31).orElseThrow().text()).isEqualTo(joined);
        assertThat(memory.exact("en", RU, source, 5)).extracting(TranslationMemory.Match::targetText).containsExactly(joined);
    }

    @Test
    void movesTargetSentencesAndSourceSegmentsBetweenNeighbours() {
        ReviewOutcome down = review.moveTarget(JUDGE, RU, 31, Move.DOWN, USER);
        assertThat(down.page().beads().get(31).shape()).isEqualTo("1-1");
        assertThat(down.page().beads().get(32).shape()).isEqualTo("1-2");
        assertThat(down.page().beads().get(32).target().getFirst()).startsWith("Её членов выбрал совет");
        assertThat(translation(JUDGE, 32).orElseThrow().text()).startsWith("Её членов выбрал совет");

        ReviewOutcome up = review.moveTarget(JUDGE, RU, 32, Move.UP, USER);
        assertThat(up.page().beads().get(31).shape()).isEqualTo("1-2");
        assertThat(translation(JUDGE, 32).orElseThrow().text()).startsWith("Я просила их взять самоотвод");

        ReviewOutcome source = review.moveSource(PRESS, RU, 9, Move.DOWN, USER);
        assertThat(source.page().beads().get(9).shape()).isEqualTo("1-1");
        assertThat(source.page().beads().get(10).shape()).isEqualTo("2-1");
        assertThat(translation(PRESS, 10).orElseThrow().text()).startsWith("Поэтому мы нашли");
        assertThat(translation(PRESS, 11).orElseThrow().text()).isEmpty();

        assertProblem(() -> review.moveTarget(JUDGE, RU, 0, Move.UP, USER), "firstBead");
        assertProblem(() -> review.moveSource(BORDERS, RU, 48, Move.DOWN, USER), "lastBead");
    }

    @Test
    void noCounterpartTakesTheAlignedTranslationAwayAndCoverageFollows() {
        int translatedBefore = translatedSegments(JUDGE);
        assertThat(translation(JUDGE, 8).orElseThrow().status()).isEqualTo(TranslationStatus.TRANSLATED);

        ReviewOutcome outcome = review.noCounterpart(JUDGE, RU, 8, USER);

        assertThat(outcome.page().beads().get(8).shape()).isEqualTo("1-0");
        assertThat(outcome.page().beads().get(9).shape()).isEqualTo("0-1");
        assertThat(outcome.page().beads().get(8).confirmed()).isTrue();
        assertThat(translation(JUDGE, 8)).isEmpty();
        assertThat(translatedSegments(JUDGE)).isEqualTo(translatedBefore - 1);

        review.undo(JUDGE, RU, USER);

        assertThat(translation(JUDGE, 8).orElseThrow().status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(translatedSegments(JUDGE)).isEqualTo(translatedBefore);
    }

    @Test
    void neverOverwritesWhatAPersonWroteOrReviewed() {
        long written = segment(BORDERS, 44);
        translations.save(written, RU, "Мой собственный перевод.", TranslationStatus.TRANSLATED,
                TranslationOrigin.EDITOR, translations.find(written, RU).orElseThrow().version(), "translator");
        long reviewed = segment(BORDERS, 45);
        Translation aligned = translations.find(reviewed, RU).orElseThrow();
        translations.save(reviewed, RU, aligned.text(), TranslationStatus.REVIEWED, TranslationOrigin.ALIGNMENT,
                aligned.version(), "chief");

        ReviewOutcome confirm = review.confirm(BORDERS, RU, 44, USER);
        ReviewOutcome none = review.noCounterpart(BORDERS, RU, 45, USER);

        assertThat(confirm.kept()).singleElement().satisfies(k -> {
            assertThat(k.segmentId()).isEqualTo(written);
            assertThat(k.segmentPosition()).isEqualTo(44);
            assertThat(k.origin()).isEqualTo(TranslationOrigin.EDITOR);
        });
        assertThat(none.kept()).singleElement().satisfies(k -> assertThat(k.status()).isEqualTo(TranslationStatus.REVIEWED));
        assertThat(translations.find(written, RU).orElseThrow().text()).isEqualTo("Мой собственный перевод.");
        assertThat(translations.find(reviewed, RU).orElseThrow().status()).isEqualTo(TranslationStatus.REVIEWED);

        ReviewOutcome undone = review.undo(BORDERS, RU, USER);
        assertThat(undone.kept()).hasSize(1);
        assertThat(translations.find(reviewed, RU).orElseThrow().status()).isEqualTo(TranslationStatus.REVIEWED);
        assertThat(translations.find(written, RU).orElseThrow().origin()).isEqualTo(TranslationOrigin.EDITOR);
    }

    @Test
    void refusesWhatCannotBeDoneWithAReason() {
        assertProblem(() -> review.merge(BORDERS, RU, 48, USER), "lastBead");
        assertProblem(() -> review.confirm(BORDERS, RU, 49, USER), "noSuchBead");
        assertProblem(() -> review.confirm(BORDERS, RU, -1, USER), "noSuchBead");
        assertProblem(() -> review.splitIntoPairs(BORDERS, RU, 0, USER), "cannotSplit");
        assertProblem(() -> review.noCounterpart(BORDERS, RU, 37, USER), "alreadyUnpaired");
        assertProblem(() -> review.beads("no-such-page", RU), "unknownPage");
        assertProblem(() -> review.beads(BORDERS, "de"), "unknownLanguage");
        assertProblem(() -> review.beads(BORDERS, "en"), "notAligned");
        assertProblem(() -> review.beads(BORDERS, "pt"), "notAligned");
        assertProblem(() -> review.confirm(BORDERS, RU, 0, " "), "noUser");
        assertProblem(() -> review.undo(BORDERS, RU, USER), "nothingToUndo");
        assertThatThrownBy(() -> review.merge(BORDERS, RU, 48, USER))
                .hasMessage("bead 49 is the last one: there is no next bead to merge with");
        assertThat(review.beads(BORDERS, RU).undoDepth()).isZero();
    }
}
