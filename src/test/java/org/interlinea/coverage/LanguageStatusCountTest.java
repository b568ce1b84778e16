package org.interlinea.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.interlinea.content.ContentSyncService;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V5's trigger-kept counts (language_status_count, coverage_total) against the aggregate they replace,
 * after every kind of change: sync adding and changing files, translation saves, archive, un-archive,
 * direct status updates, deletions, and a status change racing with an archive.
 */
class LanguageStatusCountTest extends ContentFolderTest {

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void emptyFolderAndDatabase() {
        content.clear();
        Database.clear(jdbc);
    }

    private static String page(String lang, String title) {
        return ContentFixture.page(lang, title, "2026-03-14", 3, "<p>Some text to translate.</p>");
    }

    /** What languageCoverage() computed before V5: every availability row of a live page, grouped. */
    private Map<String, Map<Availability, Integer>> recounted() {
        Map<String, Map<Availability, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select a.language, a.status, count(*) from availability a
                        join page p on p.id = a.page_id and p.removed_at is null
                        group by a.language, a.status""")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Availability.class))
                            .put(Availability.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return counts;
    }

    private void assertCountsRight() {
        Map<String, Map<Availability, Integer>> expected = recounted();
        int live = jdbc.sql("select count(*) from page where removed_at is null").query(Integer.class).single();
        List<LanguageCoverage> actual = coverage.languageCoverage();
        assertThat(actual).extracting(LanguageCoverage::language).containsExactly("en", "ru", "pt");
        for (LanguageCoverage language : actual) {
            assertThat(language.byStatus()).as(language.language())
                    .isEqualTo(expected.getOrDefault(language.language(), Map.of()));
            assertThat(language.total()).as("total").isEqualTo(live);
            for (Availability status : Availability.values()) {
                assertThat(coverage.count(CoverageFilter.all().withStatusIn(language.language(), status)))
                        .as(language.language() + " " + status)
                        .isEqualTo(expected.getOrDefault(language.language(), Map.of()).getOrDefault(status, 0));
            }
        }
        assertThat(coverage.count(CoverageFilter.all())).isEqualTo(live);
    }

    private int count(String language, Availability status) {
        return coverage.languageCoverage().stream().filter(l -> l.language().equals(language)).findFirst()
                .orElseThrow().count(status);
    }

    @Test
    void countsFollowSyncSavesArchiveAndUnarchive() {
        content.write("en", "river", page("en", "River keepers"));
        content.write("ru", "river", page("ru", "Хранители реки"));
        content.write("en", "glacier", page("en", "The glacier archive"));
        content.write("en", "steppe", page("en", "Voices of the steppe"));
        sync.syncAndWait("test");
        assertCountsRight();
        assertThat(count("en", Availability.SOURCE)).isEqualTo(3);
        assertThat(count("ru", Availability.PUBLISHED)).isEqualTo(1);
        assertThat(count("pt", Availability.MISSING)).isEqualTo(3);

        // A translator's draft, then every segment translated: MISSING -> IN_PROGRESS -> READY.
        long glacier = coverage.page("glacier").orElseThrow().pageId();
        List<Long> segments = jdbc.sql("select id from segment where page_id = :id and archived_at is null order by position")
                .param("id", glacier).query(Long.class).list();
        assertThat(segments).isNotEmpty();
        translations.save(segments.getFirst(), "pt", "Rascunho", TranslationStatus.DRAFT, TranslationOrigin.EDITOR, 0, "t");
        assertCountsRight();
        assertThat(count("pt", Availability.IN_PROGRESS)).isEqualTo(1);
        for (long segment : segments) {
            int version = translations.find(segment, "pt").map(t -> t.version()).orElse(0);
            translations.save(segment, "pt", "Feito", TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR, version, "t");
        }
        assertCountsRight();
        assertThat(count("pt", Availability.READY)).isEqualTo(1);
        assertThat(count("pt", Availability.MISSING)).isEqualTo(2);

        // A new translation file; a changed source.
        content.write("pt", "river", page("pt", "Guardiões do rio"));
        content.write("en", "steppe", page("en", "Voices of the steppe, revisited"));
        sync.syncAndWait("test");
        assertCountsRight();
        assertThat(count("pt", Availability.PUBLISHED)).isEqualTo(1);

        // Archive: every file of glacier gone. Its READY pt must leave the counts, and the total drops.
        content.delete("en", "glacier");
        sync.syncAndWait("test");
        assertCountsRight();
        assertThat(count("pt", Availability.READY)).isZero();
        assertThat(coverage.languageCoverage().getFirst().total()).isEqualTo(2);

        // A status change while archived is not counted...
        jdbc.sql("update availability set status = 'IN_PROGRESS' where page_id = :id and language = 'pt'")
                .param("id", glacier).update();
        assertCountsRight();
        assertThat(count("pt", Availability.IN_PROGRESS)).isZero();

        // ...and un-archiving (the source file is back; savePage clears removed_at) brings the page back.
        content.write("en", "glacier", page("en", "The glacier archive"));
        sync.syncAndWait("test");
        assertCountsRight();
        assertThat(coverage.languageCoverage().getFirst().total()).isEqualTo(3);
        assertThat(count("pt", Availability.READY)).isEqualTo(1);
    }

    @Test
    void countsFollowDirectUpdatesDeletesAndPageDeletion() {
        content.write("en", "river", page("en", "River keepers"));
        content.write("ru", "river", page("ru", "Хранители реки"));
        content.write("en", "glacier", page("en", "The glacier archive"));
        content.write("en", "delta", page("en", "Delta workers"));
        sync.syncAndWait("test");
        content.delete("en", "delta");
        sync.syncAndWait("test");
        assertCountsRight();

        // One statement moving rows both ways, and a row of a language that is not enabled.
        jdbc.sql("""
                update availability set status = case status when 'MISSING' then 'READY' when 'READY' then 'MISSING'
                                                               else status end""").update();
        jdbc.sql("insert into availability (page_id, language, status) select id, 'de', 'MISSING' from page").update();
        assertCountsRight();

        // Deleting availability rows directly, then whole pages: live (cascade) and archived.
        jdbc.sql("delete from availability where language = 'ru' and page_id = (select id from page where slug = 'glacier')").update();
        assertCountsRight();
        jdbc.sql("delete from page where slug in ('river', 'delta')").update();
        assertCountsRight();
        assertThat(coverage.languageCoverage().getFirst().total()).isEqualTo(1);
        assertThat(jdbc.sql("select coalesce(sum(pages), 0) from language_status_count where language = 'de'")
                .query(Integer.class).single()).isEqualTo(1);

        Database.clear(jdbc);
        assertCountsRight();
        assertThat(jdbc.sql("select coalesce(sum(pages), 0) from language_status_count").query(Integer.class).single()).isZero();
    }

    @Test
    void manySmallChangesAreMergedAndKeepTheirSum() {
        content.write("en", "river", page("en", "River keepers"));
        sync.syncAndWait("test");
        long river = coverage.page("river").orElseThrow().pageId();
        for (int i = 0; i < 100; i++) {
            jdbc.sql("update availability set status = :status where page_id = :id and language = 'pt'")
                    .param("status", i % 2 == 0 ? "IN_PROGRESS" : "MISSING").param("id", river).update();
        }
        assertCountsRight();
        assertThat(jdbc.sql("select count(*) from language_status_count").query(Integer.class).single()).isLessThan(60);
        assertThat(jdbc.sql("select count(*) from coverage_total").query(Integer.class).single()).isLessThanOrEqualTo(33);
    }

    @Test
    void versionChangesWithWhatTheApiShowsOnly() {
        content.write("en", "river", page("en", "River keepers"));
        sync.syncAndWait("test");
        long river = coverage.page("river").orElseThrow().pageId();
        String first = coverage.version();

        jdbc.sql("update availability set translated_words = translated_words + 1 where page_id = :id").param("id", river).update();
        jdbc.sql("update page set priority = 5 where id = :id").param("id", river).update();
        assertThat(coverage.version()).as("counts and priority are not in the API").isEqualTo(first);

        jdbc.sql("update availability set status = 'IN_PROGRESS' where page_id = :id and language = 'pt'").param("id", river).update();
        String afterStatus = coverage.version();
        assertThat(afterStatus).isNotEqualTo(first);
        jdbc.sql("update page set title = 'Renamed' where id = :id").param("id", river).update();
        assertThat(coverage.version()).isNotEqualTo(afterStatus);
    }

    /**
     * A status change and an archive of the same page in two open transactions, in both orders: the
     * triggers' locks make one wait for the other, so the change is counted exactly once (or, the page being
     * archived, not at all).
     */
    @Test
    void aStatusChangeRacingWithAnArchiveIsCountedOnce() throws Exception {
        content.write("en", "river", page("en", "River keepers"));
        content.write("en", "glacier", page("en", "The glacier archive"));
        sync.syncAndWait("test");

        race("river", true);
        assertCountsRight();
        race("glacier", false);
        assertCountsRight();
        assertThat(coverage.languageCoverage().getFirst().total()).isZero();
    }

    private void race(String slug, boolean statusFirst) throws Exception {
        long id = coverage.page(slug).orElseThrow().pageId();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CompletableFuture<Void> firstDone = new CompletableFuture<>();
        CompletableFuture<Void> mayCommit = new CompletableFuture<>();
        Runnable statusChange = () -> jdbc.sql("update availability set status = 'READY' where page_id = :id and language = 'pt'")
                .param("id", id).update();
        Runnable archive = () -> jdbc.sql("update page set removed_at = now() where id = :id").param("id", id).update();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            (statusFirst ? statusChange : archive).run();
            firstDone.complete(null);
            mayCommit.join();
        }));
        firstDone.get(30, TimeUnit.SECONDS);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(
                s -> (statusFirst ? archive : statusChange).run()));
        // The second must queue on the first's locks: wait until PostgreSQL shows it waiting for a lock.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean waiting = false;
        while (!waiting && System.nanoTime() < deadline) {
            waiting = jdbc.sql("select exists (select 1 from pg_stat_activity where wait_event_type = 'Lock')")
                    .query(Boolean.class).single();
        }
        assertThat(waiting).as("the second transaction waits for the first").isTrue();
        assertThat(second).isNotDone();
        mayCommit.complete(null);
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
    }
}
