package org.interlinea.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.TranslationsReset;
import org.interlinea.translation.SaveResult;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Availability after editor saves: recounted after the commit and only when a status can move (a draft's
 * text edit cannot), and right after a burst of concurrent saves that share recounts.
 */
@DemoCorpusApp
class AvailabilityAfterSaveTest {

    private static final String SLUG = "the-midwives-of-the-border-towns";

    @Autowired
    TranslationService translations;
    @Autowired
    AvailabilityService availability;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
    }

    private List<Long> segments() {
        return jdbc.sql("""
                        select s.id from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null order by s.position""")
                .param("slug", SLUG).query(Long.class).list();
    }

    private record Row(String status, int translatedSegments, int totalSegments, Instant updatedAt) {
    }

    private Row row() {
        return jdbc.sql("""
                        select a.status, a.translated_segments, a.total_segments, a.updated_at
                        from availability a join page p on p.id = a.page_id where p.slug = :slug and a.language = 'pt'""")
                .param("slug", SLUG)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .single();
    }

    private SaveResult save(long segment, String text, TranslationStatus status, int version) {
        return translations.save(segment, "pt", text, status, TranslationOrigin.EDITOR, version, "tester");
    }

    @Test
    void aDraftsTextEditLeavesAvailabilityAloneAStatusChangeRecountsIt() {
        long segment = segments().getFirst();
        assertThat(row().status()).isEqualTo("MISSING");

        SaveResult first = save(segment, "Rascunho", TranslationStatus.DRAFT, 0);
        Row afterFirst = row();
        assertThat(afterFirst.status()).isEqualTo("IN_PROGRESS");

        SaveResult edited = save(segment, "Rascunho melhor", TranslationStatus.DRAFT, first.current().version());
        assertThat(edited.saved()).isTrue();
        assertThat(row()).isEqualTo(afterFirst);

        save(segment, "Rascunho final", TranslationStatus.TRANSLATED, edited.current().version());
        Row confirmed = row();
        assertThat(confirmed.translatedSegments()).isEqualTo(1);
        assertThat(confirmed.updatedAt()).isAfter(afterFirst.updatedAt());
    }

    @Test
    void concurrentConfirmsOfEverySegmentLeaveThePageReady() throws Exception {
        List<Long> segments = segments();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SaveResult>> saves = new ArrayList<>();
            for (long segment : segments) {
                saves.add(pool.submit(() -> {
                    SaveResult draft = save(segment, "Rascunho " + segment, TranslationStatus.DRAFT, 0);
                    return save(segment, "Tradução " + segment, TranslationStatus.TRANSLATED, draft.current().version());
                }));
            }
            for (Future<SaveResult> save : saves) {
                assertThat(save.get().saved()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        // Every save has returned, so every recount its commit needed has run (or one that read after it).
        Row row = row();
        assertThat(row.status()).isEqualTo("READY");
        assertThat(row.translatedSegments()).isEqualTo(segments.size()).isEqualTo(row.totalSegments());
    }
}
