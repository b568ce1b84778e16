package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.publish.PublishService;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8, point 10: the source file of a page disappears for one sync (a deploy deleting and re-copying
 * files) while its translation stays. The page keeps its source language, segments and translations; the
 * problem is listed; an identical file coming back changes nothing, a changed one is a normal source change.
 */
class SourceFileMissingTest extends ContentFolderTest {

    static final String SLUG = "radio-for-the-night-shift";
    static final Path DEMO = Path.of("translations");

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    PublishService publish;
    @Autowired
    JdbcClient jdbc;

    record Row(String source, String text, String status) {
    }

    private String english;

    @BeforeEach
    void alignedAndPublishedRussian() throws IOException {
        content.clear();
        Database.clear(jdbc);
        english = Files.readString(DEMO.resolve("en").resolve(SLUG + ".html"));
        content.write("en", SLUG, english);
        content.write("ru", SLUG, Files.readString(DEMO.resolve("ru").resolve(SLUG + ".html")));
        sync.syncAndWait("test");
        publish.publish(SLUG, "ru", org.interlinea.publish.PublishService.FileReplacement.CONFIRMED, "coordinator");
        assertThat(ru()).isEqualTo(Availability.PUBLISHED);
        assertThat(russian()).hasSizeGreaterThan(10);
    }

    /** The Russian translations by their segment's source text. */
    private Map<Long, Row> russian() {
        return jdbc.sql("""
                        select s.id, s.source_text, t.text, t.status from segment s
                        join page p on p.id = s.page_id
                        join translation t on t.segment_id = s.id and t.language = 'ru'
                        where p.slug = :slug and s.archived_at is null""")
                .param("slug", SLUG)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Row(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private int archivedSegments() {
        return jdbc.sql("select count(*) from segment where archived_at is not null").query(Integer.class).single();
    }

    private Availability ru() {
        return coverage.page(SLUG).orElseThrow().cell("ru").status();
    }

    private static List<ContentProblem> sourceMissing(List<ContentProblem> problems) {
        return problems.stream().filter(p -> ContentProblem.SOURCE_MISSING.equals(p.reasonKey())).toList();
    }

    @Test
    void aSourceFileMissingForOneSyncLosesNothing() {
        Map<Long, Row> before = russian();

        content.delete("en", SLUG);
        SyncReport missing = sync.syncAndWait("test");

        var page = coverage.page(SLUG).orElseThrow();
        assertThat(page.sourceLanguage()).isEqualTo("en");
        assertThat(page.cell("en").status()).isEqualTo(Availability.SOURCE);
        assertThat(page.cell("ru").status()).isEqualTo(Availability.PUBLISHED);
        assertThat(russian()).isEqualTo(before);
        assertThat(archivedSegments()).isZero();
        assertThat(sourceMissing(missing.problems())).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("en/" + SLUG + ".html");
            assertThat(p.reasonArgs()).containsExactly("en");
        });
        // Still listed by the next sync and after a restart of the screen, not only in the sync's own report.
        assertThat(sourceMissing(sync.syncAndWait("test").problems())).hasSize(1);
        assertThat(sourceMissing(sync.currentProblems())).hasSize(1);
        assertThat(russian()).isEqualTo(before);

        content.write("en", SLUG, english);
        SyncReport back = sync.syncAndWait("test");

        assertThat(back.added() + back.changed() + back.removed()).as("an identical file changes nothing").isZero();
        assertThat(sourceMissing(back.problems())).isEmpty();
        assertThat(russian()).isEqualTo(before);
        assertThat(ru()).isEqualTo(Availability.PUBLISHED);
        assertThat(archivedSegments()).isZero();
    }

    @Test
    void aSourceThatComesBackChangedIsANormalSourceChange() {
        Map<Long, Row> before = russian();
        content.delete("en", SLUG);
        sync.syncAndWait("test");

        content.write("en", SLUG, english.replace("Who listens to your show?", "Who listens to your programme?"));
        sync.syncAndWait("test");

        Map<Long, Row> after = russian();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, row) -> {
            if (row.source().contains("your programme")) {
                assertThat(row.status()).isEqualTo("OUTDATED");
                assertThat(row.text()).isEqualTo(before.get(id).text());
            } else {
                assertThat(row).isEqualTo(before.get(id));
            }
        });
        assertThat(after.values()).filteredOn(r -> r.status().equals("OUTDATED")).hasSize(1);
        assertThat(ru()).isEqualTo(Availability.OUTDATED);
        assertThat(archivedSegments()).isZero();
    }

    @Test
    void aPageWhoseSourceIsGoneForGoodIsNeverReSourced() throws IOException {
        Map<Long, Row> before = russian();
        content.delete("en", SLUG);
        sync.syncAndWait("test");

        // The Russian file changes meanwhile (an editor's fix): still aligned against the kept English segments.
        Path ru = content.root().resolve("ru").resolve(SLUG + ".html");
        content.write("ru", SLUG, Files.readString(ru).replace("</article>", "<p>Спасибо.</p></article>"));
        SyncReport report = sync.syncAndWait("test");

        assertThat(coverage.page(SLUG).orElseThrow().sourceLanguage()).isEqualTo("en");
        assertThat(sourceMissing(report.problems())).hasSize(1);
        assertThat(russian().keySet()).isEqualTo(before.keySet());
        assertThat(archivedSegments()).isZero();
    }
}
