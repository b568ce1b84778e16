package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.tm.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Syncing the demo corpus turns the existing Russian and Portuguese pages into segment translations. */
@DemoCorpusApp
class DemoCorpusAlignmentTest {

    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TranslationMemory memory;

    @Test
    void existingTranslationsBecomeSegmentTranslations() {
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) filter (where t.status = 'TRANSLATED') as translated,
                               count(*) filter (where t.status = 'NEEDS_REVIEW') as review,
                               count(*) as total
                        from translation t join segment s on s.id = t.segment_id
                        join page p on p.id = s.page_id where p.slug = 'river-keepers-of-the-amazon' and t.language = 'ru'""")
                .query().singleRow();
        int segments = jdbc.sql("""
                        select count(*) from segment s join page p on p.id = s.page_id
                        where p.slug = 'river-keepers-of-the-amazon' and s.archived_at is null""")
                .query(Integer.class).single();

        assertThat(segments).isGreaterThan(20);
        assertThat(((Number) counts.get("total")).intValue()).isEqualTo(segments);
        assertThat(((Number) counts.get("translated")).intValue()).isGreaterThan(segments * 8 / 10);
        assertThat(memory.size("en", "ru")).isGreaterThan(200);
        assertThat(memory.size("en", "pt")).isGreaterThan(50);
    }

    @Test
    void theOlderRussianPageIsOutdatedAndTheOthersPublished() {
        List<CoverageRow> rows = coverage.fetch(org.interlinea.coverage.CoverageFilter.all(), 0, 100);
        CoverageRow borders = rows.stream().filter(r -> r.slug().equals("borders-in-the-snow")).findFirst().orElseThrow();

        assertThat(borders.cell("ru").status()).isEqualTo(Availability.OUTDATED);
        assertThat(borders.cell("ru").changedWords()).isGreaterThan(20);
        assertThat(rows.stream().filter(r -> !r.slug().equals("borders-in-the-snow"))
                .filter(r -> r.cell("ru").status() != Availability.MISSING)
                .map(r -> r.slug() + "=" + r.cell("ru").status()))
                .hasSize(7)
                .allMatch(s -> s.endsWith("=PUBLISHED"));
        assertThat(rows.stream().filter(r -> r.cell("pt").status() == Availability.PUBLISHED)).hasSize(3);
    }
}
