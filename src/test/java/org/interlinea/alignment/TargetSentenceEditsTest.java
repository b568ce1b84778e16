package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.interlinea.content.ContentSyncService;
import org.interlinea.document.SegmentationRules;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.TranslationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Joining and splitting target sentences in the review, and re-aligning after the sentence rules change,
 * on counting-the-disappeared in Russian, whose "… т. е. 43,5%." the old rules cut after "т.".
 */
@SpringBootTest
@ActiveProfiles("test")
class TargetSentenceEditsTest {

    static final String PAGE = "counting-the-disappeared";
    static final String RU = "ru";
    static final String USER = "reviewer";
    static final String CUT = "т. е. 43,5%.";
    static final ContentFixture content = corpus();

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
    AlignmentStore store;
    @Autowired
    ReviewStore reviewStore;
    @Autowired
    JdbcClient jdbc;

    static ContentFixture corpus() {
        ContentFixture fixture = new ContentFixture();
        try {
            for (String lang : List.of("en", "ru")) {
                Path target = fixture.root().resolve(lang).resolve(PAGE + ".html");
                Files.createDirectories(target.getParent());
                Files.copy(Path.of("translations", lang, PAGE + ".html"), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }

    @BeforeEach
    void freshAlignment() {
        Database.clear(jdbc);
        sync.syncAndWait("test");
    }

    private long pageId() {
        return jdbc.sql("select id from page where slug = :slug").param("slug", PAGE).query(Long.class).single();
    }

    /** The bead whose single target sentence holds "т. е. 43,5%.". */
    private int beadWithCut(ReviewPage page) {
        return IntStream.range(0, page.beads().size())
                .filter(i -> page.beads().get(i).target().stream().anyMatch(t -> t.contains(CUT)))
                .findFirst().orElseThrow();
    }

    private int cutOffset(String sentence) {
        return sentence.indexOf(CUT) + "т. ".length();
    }

    private List<String> memoryTargets(String source) {
        return memory.exact("en", RU, source, 10).stream().map(TranslationMemory.Match::targetText).toList();
    }

    private String translation(long segmentId) {
        return translations.find(segmentId, RU).orElseThrow().text();
    }

    @Test
    void aBrokenPairIsRepairedByMovingAndJoiningWithTheMemoryFollowingAndUndoRestoresIt() {
        ReviewPage page = review.beads(PAGE, RU);
        int at = beadWithCut(page);
        BeadRow bead = page.beads().get(at);
        assertThat(bead.shape()).isEqualTo("1-1");
        String whole = bead.target().getFirst();
        String source = bead.source().getFirst();
        long segment = reviewStore.beads(pageId(), RU).get(at).segmentIds().getFirst();
        int sentences = reviewStore.sentenceRows(pageId(), RU).size();

        // the old rules' broken pair: "… т." with the source, "е. 43,5%. …" alone in the next bead
        review.splitTarget(PAGE, RU, at, 0, cutOffset(whole), USER);
        ReviewOutcome broken = review.splitIntoPairs(PAGE, RU, at, USER);
        String head = whole.substring(0, cutOffset(whole)).strip();
        assertThat(broken.page().beads().get(at).target()).containsExactly(head);
        assertThat(broken.page().beads().get(at + 1).target()).singleElement().asString().startsWith("е. 43,5%.");
        assertThat(translation(segment)).isEqualTo(head);
        assertThat(memoryTargets(source)).containsExactly(head);

        review.moveTarget(PAGE, RU, at + 1, Move.UP, USER);
        ReviewOutcome joined = review.joinTargets(PAGE, RU, at, 0, USER);

        assertThat(joined.operation()).isEqualTo(ReviewOperation.JOIN_TARGETS);
        assertThat(joined.page().beads().get(at).target()).containsExactly(whole);
        assertThat(reviewStore.sentenceRows(pageId(), RU)).hasSize(sentences);
        assertThat(translation(segment)).isEqualTo(whole);
        assertThat(memoryTargets(source)).containsExactly(whole);
        assertThat(joined.page().beads()).isEqualTo(page.beads().stream().toList());

        ReviewOutcome undone = review.undo(PAGE, RU, USER);
        assertThat(undone.undone()).isEqualTo(ReviewOperation.JOIN_TARGETS);
        assertThat(undone.page().beads().get(at).target()).containsExactly(head, whole.substring(cutOffset(whole)));
        assertThat(reviewStore.sentenceRows(pageId(), RU)).hasSize(sentences + 1);
    }

    @Test
    void splittingATargetSentenceKeepsTheOtherBeadsAndUndoJoinsItAgain() {
        ReviewPage page = review.beads(PAGE, RU);
        int at = beadWithCut(page);
        String whole = page.beads().get(at).target().getFirst();
        assertThat(AlignmentReviewService.splitPoints(whole)).contains(cutOffset(whole));

        ReviewOutcome split = review.splitTarget(PAGE, RU, at, 0, cutOffset(whole), USER);

        assertThat(split.operation()).isEqualTo(ReviewOperation.SPLIT_TARGET);
        assertThat(split.page().beads().get(at).shape()).isEqualTo("1-2");
        assertThat(split.page().beads().get(at).target())
                .containsExactly(whole.substring(0, cutOffset(whole)).strip(), whole.substring(cutOffset(whole)));
        for (int i = 0; i < page.beads().size(); i++) {
            if (i != at) {
                assertThat(split.page().beads().get(i)).isEqualTo(page.beads().get(i));
            }
        }
        ReviewOutcome undone = review.undo(PAGE, RU, USER);
        assertThat(undone.page().beads()).isEqualTo(page.beads());
        assertThat(reviewStore.sentenceRows(pageId(), RU).stream().map(TargetSentence::text)).contains(whole);
    }

    @Test
    void refusesJoinsAndSplitsThatCannotBe() {
        ReviewPage page = review.beads(PAGE, RU);
        int at = beadWithCut(page);
        String whole = page.beads().get(at).target().getFirst();
        assertThatThrownBy(() -> review.joinTargets(PAGE, RU, at, 0, USER))
                .isInstanceOfSatisfying(AlignmentReviewException.class, e -> assertThat(e.reason()).isEqualTo("badJoin"));
        assertThatThrownBy(() -> review.splitTarget(PAGE, RU, at, 0, whole.length(), USER))
                .isInstanceOfSatisfying(AlignmentReviewException.class,
                        e -> assertThat(e.reason()).isEqualTo("badSentenceSplit"));
        assertThat(SentenceEdits.splittable("<1>Один два</1> три", 7)).isFalse();
        assertThat(SentenceEdits.splittable("<1>Один два</1> три", 15)).isTrue();
    }

    /** Writes the state the old rules left: "т." and "е. …" as two sentences, a broken pair in the memory. */
    private String simulateOldRules() {
        long pageId = pageId();
        List<AlignmentStore.StoredBead> beads = reviewStore.beads(pageId, RU);
        List<TargetSentence> sentences = reviewStore.sentenceRows(pageId, RU);
        int at = beadWithCut(review.beads(PAGE, RU));
        String whole = sentences.get(beads.get(at).targetStart()).text();
        SentenceEdits.Edited old = SentenceEdits.split(beads, sentences, at, 0, cutOffset(whole));
        List<AlignmentStore.StoredBead> pairs = BeadEdits.splitIntoPairs(old.beads(), at);
        store.replaceSentenceRows(pageId, RU, old.sentences());
        store.replaceBeads(pageId, RU, pairs);
        String source = review.beads(PAGE, RU).beads().get(at).source().getFirst();
        memory.remove("en", RU, source, whole, ReviewSync.MEMORY_ORIGIN, pageId);
        memory.add("en", RU, source, whole.substring(0, cutOffset(whole)).strip(), ReviewSync.MEMORY_ORIGIN, pageId);
        jdbc.sql("update alignment set rules_version = 'srx:old' where page_id = :id").param("id", pageId).update();
        return whole;
    }

    @Test
    void theNextSyncAfterARulesChangeSplitsAgainAndReplacesTheBrokenMemoryEntries() {
        String whole = simulateOldRules();
        String source = review.beads(PAGE, RU).beads().get(beadWithCutOrHead(whole)).source().getFirst();
        assertThat(memoryTargets(source)).doesNotContain(whole);

        sync.syncAndWait("test");

        ReviewPage page = review.beads(PAGE, RU);
        assertThat(page.beads().get(beadWithCut(page)).target()).containsExactly(whole);
        assertThat(memoryTargets(source)).containsExactly(whole);
        assertThat(jdbc.sql("select rules_version from alignment where page_id = :id").param("id", pageId())
                .query(String.class).single()).isEqualTo(SegmentationRules.version());
    }

    @Test
    void aReviewedAlignmentIsKeptWhenTheRulesChange() {
        String whole = simulateOldRules();
        int head = beadWithCutOrHead(whole);
        review.confirm(PAGE, RU, head, USER);
        jdbc.sql("update alignment set rules_version = 'srx:old'").update();
        List<BeadRow> before = review.beads(PAGE, RU).beads();

        sync.syncAndWait("test");

        assertThat(review.beads(PAGE, RU).beads()).isEqualTo(before);
        assertThat(jdbc.sql("select rules_version from alignment where page_id = :id").param("id", pageId())
                .query(String.class).single()).isEqualTo(SegmentationRules.version());
    }

    /** In the simulated old state: the bead holding the head "… т." of the cut sentence. */
    private int beadWithCutOrHead(String whole) {
        String head = whole.substring(0, cutOffset(whole)).strip();
        List<BeadRow> beads = review.beads(PAGE, RU).beads();
        return IntStream.range(0, beads.size()).filter(i -> beads.get(i).target().contains(head)).findFirst()
                .orElseThrow();
    }
}
