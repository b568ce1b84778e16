package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlinea.content.ContentHashes;
import org.interlinea.content.ContentSyncService;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Segments stored before a page's own "{1}" was escaped (V13: no rules version) are segmented again after
 * the next sync, though the file did not change: the sentence with it gets the escaped text and its
 * translation is outdated, the others stay as they were.
 */
class StaleSegmentationTest extends ContentFolderTest {

    private static final String SLUG = "templates";
    private static final String OLD_TEXT = "Type {1} where the name goes.";

    @Autowired
    ContentSyncService sync;
    @Autowired
    TranslationService translations;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;

    private record Row(long id, String text) {
    }

    @BeforeEach
    void aPageSegmentedBeforeLiteralTextWasEscaped() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", SLUG, ContentFixture.page("en", "Templates", "2026-03-01", 3,
                "<p>" + OLD_TEXT + "</p><p>Nothing else to see.</p>"));
        sync.syncAndWait("test");
        assertThat(rulesVersion()).isEqualTo(SegmentationRules.version());
        // What the segmenter stored before: the literal as a placeholder the page does not have.
        jdbc.sql("update segment set source_text = :old, source_hash = :hash where source_text like 'Type%'")
                .param("old", OLD_TEXT).param("hash", ContentHashes.md5(OLD_TEXT)).update();
        jdbc.sql("update segmentation set rules_version = null").update();
        for (Row row : segments()) {
            translations.save(row.id(), "pt", "PT " + row.text().replace("{1} ", ""), TranslationStatus.TRANSLATED,
                    TranslationOrigin.EDITOR, 0, "admin");
        }
        assertThat(pt()).isEqualTo(Availability.READY);
    }

    @Test
    void theNextSyncSegmentsItAgainAndOutdatesOnlyTheChangedSentence() {
        List<Row> before = segments();

        sync.syncAndWait("test");

        List<Row> after = segments();
        assertThat(after).extracting(Row::id).as("the same segments").isEqualTo(before.stream().map(Row::id).toList());
        assertThat(after).extracting(Row::text).contains("Type {\\1} where the name goes.").doesNotContain(OLD_TEXT);
        assertThat(rulesVersion()).isEqualTo(SegmentationRules.version());
        for (Row row : after) {
            var translation = translations.find(row.id(), "pt").orElseThrow();
            boolean literal = row.text().startsWith("Type");
            assertThat(translation.status()).as(row.text())
                    .isEqualTo(literal ? TranslationStatus.OUTDATED : TranslationStatus.TRANSLATED);
            assertThat(translation.previousSourceText()).isEqualTo(literal ? OLD_TEXT : null);
        }
        assertThat(pt()).as("availability counted again").isNotEqualTo(Availability.READY);

        sync.syncAndWait("test");
        assertThat(segments()).isEqualTo(after);
        assertThat(translations.find(after.getLast().id(), "pt").orElseThrow().version())
                .as("nothing done twice").isEqualTo(1);
    }

    private List<Row> segments() {
        return jdbc.sql("""
                        select s.id, s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null order by s.position""")
                .param("slug", SLUG).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
    }

    private String rulesVersion() {
        return jdbc.sql("select rules_version from segmentation").query(String.class).single();
    }

    private Availability pt() {
        return coverage.page(SLUG).orElseThrow().cell("pt").status();
    }
}
