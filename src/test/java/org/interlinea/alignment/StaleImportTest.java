package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.translation.ReviewReason;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.interlinea.tm.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Russian "borders-in-the-snow" was translated from an older English text ("10 volunteer guides", now
 * 12). Its sentences align well, but the changed one must be imported for review, with the reason, and stay
 * out of the memory; the rest of the demo corpus raises no false alarm.
 */
@DemoCorpusApp
class StaleImportTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TranslationService translations;
    @Autowired
    TranslationMemory memory;
    @Autowired
    AlignmentReviewService review;

    @Test
    void theSentenceWithAnotherNumberNeedsReviewWithTheReason() {
        Translation guides = translation("borders-in-the-snow", "ru", "12 volunteer guides");

        assertThat(guides.text()).contains("10 волонтёров-проводников");
        assertThat(guides.status()).isEqualTo(TranslationStatus.NEEDS_REVIEW);
        assertThat(guides.reviewReason()).isEqualTo(ReviewReason.of(ReviewReason.NUMBERS_DIFFER, "12", "10"));
        assertThat(memory.exact("en", "ru", sourceOf("borders-in-the-snow", "12 volunteer guides"), 5))
                .noneMatch(m -> m.targetText().contains("10 волонтёров"));
    }

    @Test
    void theReviewScreenShowsTheBeadAsNeedingReviewWithItsReason() {
        var bead = review.beads("borders-in-the-snow", "ru").beads().stream()
                .filter(b -> String.join(" ", b.source()).contains("12 volunteer guides")).findFirst().orElseThrow();

        assertThat(bead.needsReview()).isTrue();
        assertThat(bead.reason()).isEqualTo(ReviewReason.of(ReviewReason.NUMBERS_DIFFER, "12", "10"));
    }

    @Test
    void noOtherDemoTranslationIsFlagged() {
        List<String> flagged = jdbc.sql("""
                        select p.slug || '/' || t.language || ': ' || t.review_reason || ' '
                               || array_to_string(t.review_reason_args, ' | ') || ' :: ' || s.source_text
                        from translation t join segment s on s.id = t.segment_id join page p on p.id = s.page_id
                        where t.review_reason is not null order by 1""")
                .query(String.class).list();

        assertThat(flagged).singleElement().asString().startsWith("borders-in-the-snow/ru: numbers-differ 12 | 10");
    }

    private Translation translation(String slug, String language, String sourceContains) {
        long id = jdbc.sql("""
                        select s.id from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null and strpos(s.source_text, :text) > 0""")
                .param("slug", slug).param("text", sourceContains).query(Long.class).single();
        return translations.find(id, language).orElseThrow();
    }

    private String sourceOf(String slug, String sourceContains) {
        return jdbc.sql("""
                        select s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null and strpos(s.source_text, :text) > 0""")
                .param("slug", slug).param("text", sourceContains).query(String.class).single();
    }

}
