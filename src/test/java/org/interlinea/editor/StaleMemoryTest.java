package org.interlinea.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.content.ContentSyncService;
import org.interlinea.document.PageSegment;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.tm.MemoryLookup;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.ReviewReason;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Russian page translated from an older English text: the changed sentence is imported for review, and
 * once a translator fixes it the stale text is no longer a 100% memory match; a person's entries rank above
 * an unreviewed alignment's.
 */
class StaleMemoryTest extends ContentFolderTest {

    static final String EN = """
            <p class="lead">Every winter the volunteers search the pass at night.</p>
            <p>Today the network has 12 volunteer guides. Every patrol carries the same things.</p>""";
    static final String RU = """
            <p class="lead">Каждую зиму волонтёры по ночам прочёсывают перевал.</p>
            <p>Сегодня в сети 10 волонтёров-проводников. Каждый патруль берёт с собой одно и то же.</p>""";
    static final String STALE = "Сегодня в сети 10 волонтёров-проводников.";
    static final String FIXED = "Сегодня в сети 12 волонтёров-проводников.";

    @Autowired
    ContentSyncService sync;
    @Autowired
    EditorService editor;
    @Autowired
    MemoryLookup lookup;
    @Autowired
    TranslationMemory memory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlignmentReviewService review;

    EditorPage page;
    EditorService.Editing editing;

    @BeforeEach
    void aStaleRussianPage() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "snow", ContentFixture.page("en", "Snow", "2026-01-10", 3, EN));
        content.write("ru", "snow", ContentFixture.page("ru", "Снег", "2026-01-10", 3, RU));
        sync.syncAndWait("test");
        page = editor.open("snow", "ru").orElseThrow();
        editing = new EditorService.Editing(page.pageId(), "en", "ru", "translator", null);
    }

    @Test
    void theChangedSentenceIsImportedForReviewWithTheReasonAndTheOthersAsTranslated() {
        var guides = page.translation(segment("12 volunteer guides"));
        assertThat(guides.text()).isEqualTo(STALE);
        assertThat(guides.status()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(guides.reviewReason()).isEqualTo(ReviewReason.of(ReviewReason.NUMBERS_DIFFER, "12", "10"));
        assertThat(page.translation(segment("Every patrol")).status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(page.translation(segment("Every patrol")).reviewReason()).isNull();

        assertThat(lookup.suggestions("en", "ru", segment("12 volunteer guides").sourceText(), 3)).isEmpty();
    }

    @Test
    void fixingTheSegmentSupersedesTheStaleEntry() {
        PageSegment guides = segment("12 volunteer guides");
        // Such an entry is what the import used to add, and what an older database still holds.
        memory.add("en", "ru", guides.sourceText(), STALE, "ALIGNMENT", page.pageId());
        assertThat(lookup.suggestions("en", "ru", guides.sourceText(), 3)).singleElement()
                .satisfies(s -> assertThat(s.score()).isEqualTo(100))
                .satisfies(s -> assertThat(s.originKey()).isEqualTo("tm.origin.ALIGNMENT"));

        var confirmed = editor.confirm(editing, guides, FIXED, page.translation(guides).version());
        assertThat(confirmed.saved()).isTrue();
        assertThat(confirmed.save().current().reviewReason()).as("a person's save clears the reason").isNull();

        List<MemoryLookup.Suggestion> after = lookup.suggestions("en", "ru", guides.sourceText(), 3);
        assertThat(after).extracting(MemoryLookup.Suggestion::targetText).containsExactly(FIXED);
        assertThat(after.getFirst().originKey()).isEqualTo("tm.origin.EDITOR");
        assertThat(lookup.concordance("en", "ru", "волонтёров-проводников"))
                .extracting(TranslationMemory.Match::targetText, TranslationMemory.Match::originKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FIXED, "tm.origin.EDITOR"),
                        org.assertj.core.groups.Tuple.tuple(STALE, "tm.origin.superseded"));
    }

    @Test
    void aPersonsEntryRanksAboveAnUnreviewedAlignmentEvenWhenOlder() {
        PageSegment patrol = segment("Every patrol");
        String aligned = page.translation(patrol).text();
        memory.add("en", "ru", patrol.sourceText(), "Каждый патруль несёт одно и то же.", "EDITOR", null, true);
        memory.add("en", "ru", patrol.sourceText(), aligned, "ALIGNMENT", page.pageId());   // touched: newer

        assertThat(lookup.suggestions("en", "ru", patrol.sourceText(), 3))
                .extracting(MemoryLookup.Suggestion::targetText, MemoryLookup.Suggestion::originKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Каждый патруль несёт одно и то же.",
                                "tm.origin.EDITOR"),
                        org.assertj.core.groups.Tuple.tuple(aligned, "tm.origin.ALIGNMENT"));
    }

    @Test
    void aReviewerConfirmingABeadMakesItsEntryAPersonsAndClearsTheReason() {
        var beads = review.beads("snow", "ru").beads();
        int patrol = beads.stream().filter(b -> String.join(" ", b.source()).contains("Every patrol")).findFirst()
                .orElseThrow().position();
        int guides = beads.stream().filter(b -> String.join(" ", b.source()).contains("12 volunteer")).findFirst()
                .orElseThrow().position();

        review.confirm("snow", "ru", patrol, "reviewer");
        review.confirm("snow", "ru", guides, "reviewer");

        assertThat(memory.exact("en", "ru", segment("Every patrol").sourceText(), 3))
                .extracting(TranslationMemory.Match::originKey).containsExactly("tm.origin.ALIGNMENT.confirmed");
        EditorPage reloaded = editor.open("snow", "ru").orElseThrow();
        var confirmedGuides = reloaded.translation(segment("12 volunteer guides"));
        assertThat(confirmedGuides.status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(confirmedGuides.reviewReason()).isNull();
        assertThat(review.beads("snow", "ru").beads().get(guides).needsReview()).isFalse();
    }

    @Test
    void confirmingTheOldBeadAfterTheFixDoesNotBringTheStaleTextBack() {
        PageSegment guides = segment("12 volunteer guides");
        assertThat(editor.confirm(editing, guides, FIXED, page.translation(guides).version()).saved()).isTrue();
        int bead = review.beads("snow", "ru").beads().stream()
                .filter(b -> String.join(" ", b.source()).contains("12 volunteer")).findFirst().orElseThrow().position();

        review.confirm("snow", "ru", bead, "reviewer");

        assertThat(lookup.suggestions("en", "ru", guides.sourceText(), 3))
                .extracting(MemoryLookup.Suggestion::targetText).containsExactly(FIXED);
        assertThat(editor.open("snow", "ru").orElseThrow().translation(guides).text())
                .as("the translator's text is kept").isEqualTo(FIXED);
    }

    private PageSegment segment(String contains) {
        return page.segments().stream().filter(s -> s.sourceText().contains(contains)).findFirst().orElseThrow();
    }
}
