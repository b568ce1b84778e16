package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.support.TableLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, point 2: the sync records the changed pages, then reads each in its own transaction in the
 * background. A page nested 100,000 levels deep is refused before the HTML filter sees it and never holds up
 * the others; a second sync is refused while one runs; the run's times are its real start and end; a run cut
 * by a crash is finished at the next start.
 */
class SyncInTheBackgroundTest extends ContentFolderTest {

    static final int DEPTH = 100_000;
    /** Sorts first, so it is among the first pages the workers take. */
    static final String DEEP = "a-deep-page";
    static final List<String> NORMAL = List.of("glacier", "harbour", "river");

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ContentSyncAtStartup startup;

    @BeforeEach
    void emptyFolderAndDatabase() {
        content.clear();
        Database.clear(jdbc);
    }

    static String page(String lang, String title) {
        return ContentFixture.page(lang, title, "2026-03-14", 3, lang.equals("ru")
                ? "<p>Немного текста для перевода. И второе предложение.</p>"
                : "<p>Some text to translate. And a second sentence.</p>");
    }

    private int segments(String slug) {
        return jdbc.sql("select count(*) from segment s join page p on p.id = s.page_id where p.slug = :slug")
                .param("slug", slug).query(Integer.class).single();
    }

    static String deepPage(int depth) {
        return "<!DOCTYPE html>\n<html><head><title>Deep</title></head><body>\n<p>Before the nesting.</p>\n"
                + "<div>".repeat(depth) + "<p>Inside.</p>" + "</div>".repeat(depth) + "\n</body></html>\n";
    }

    private void writeNormalPages() {
        for (String slug : NORMAL) {
            content.write("en", slug, page("en", "The " + slug));
        }
        content.write("ru", "river", page("ru", "Река"));
    }

    @Test
    void theDeepPageIsRefusedForItsDepthWhileTheOthersAreRead() {
        writeNormalPages();
        content.write("en", DEEP, deepPage(DEPTH));
        SyncRun run;
        // While the lock is held, the normal pages wait at their availability; the deep page has none to write.
        try (TableLock held = new TableLock(dataSource, "availability")) {
            run = sync.start("test").orElseThrow();
            eventually(() -> sync.status().run().pagesDone() >= 1);
            assertThat(problem("en/" + DEEP + ".html")).as("listed as soon as its page is done").isNotNull();

            SyncStatus status = sync.status();
            assertThat(status.running()).isTrue();
            assertThat(status.run().runId()).isEqualTo(run.id());
            assertThat(status.run().pagesTotal()).isEqualTo(4);
            assertThat(status.run().pagesDone()).isBetween(1, 3);
            assertThat(status.run().pagesAtWork()).isNotEmpty().doesNotContain(DEEP).isSubsetOf(NORMAL);
            assertThat(status.run().finishedAt()).isNull();
            assertThat(sync.start("test")).as("a second sync while one runs").isEmpty();
            assertThat(sync.syncAndWait("test").skippedBecauseRunning()).isTrue();
        }
        SyncReport report = run.await();

        ContentProblem deep = problem("en/" + DEEP + ".html");
        assertThat(deep.severity()).isEqualTo(ContentProblem.Severity.ERROR);
        assertThat(deep.reasonKey()).isEqualTo(ContentProblem.TOO_DEEP);
        assertThat(deep.reasonArgs()).containsExactly("1000", "4");
        assertThat(report.problems()).contains(deep);
        assertThat(coverage.page(DEEP)).as("never imported").isEmpty();
        for (String slug : NORMAL) {
            assertThat(coverage.page(slug)).as(slug).isPresent();
            assertThat(segments(slug)).as(slug).isPositive();
        }
        assertThat(coverage.page("river").orElseThrow().cell("ru").status()).isEqualTo(Availability.PUBLISHED);
        assertThat(report.added()).isEqualTo(4);
        SyncStatus after = sync.status();
        assertThat(after.running()).isFalse();
        assertThat(after.run().pagesDone()).isEqualTo(4);
        assertThat(after.run().finished()).isTrue();
    }

    @Test
    void aPageThatBecomesTooDeepKeepsItsLastGoodVersion() {
        writeNormalPages();
        sync.syncAndWait("test");
        String hash = jdbc.sql("select content_hash from document where path = 'en/glacier.html'")
                .query(String.class).single();
        int segments = segments("glacier");

        content.write("en", "glacier", deepPage(5_000));
        SyncReport report = sync.syncAndWait("test");

        assertThat(report.problems()).filteredOn(p -> p.path().equals("en/glacier.html"))
                .extracting(ContentProblem::reasonKey).containsExactly(ContentProblem.TOO_DEEP);
        assertThat(report.changed()).isZero();
        assertThat(jdbc.sql("select content_hash from document where path = 'en/glacier.html'")
                .query(String.class).single()).isEqualTo(hash);
        assertThat(segments("glacier")).isEqualTo(segments).isPositive();
    }

    @Test
    void theRunRecordsItsRealStartAndEnd() {
        writeNormalPages();
        SyncRun run;
        long heldNanos;
        try (TableLock held = new TableLock(dataSource, "sync_problem")) {
            run = sync.start("test").orElseThrow();
            long from = System.nanoTime(); // the run started before start() returned
            eventually(() -> sync.status().run() != null && sync.status().running());
            sleep(300);
            heldNanos = System.nanoTime() - from;
        }
        SyncReport report = run.await();

        Duration held = Duration.ofNanos(heldNanos);
        assertThat(report.duration()).isGreaterThanOrEqualTo(held.minusMillis(50));
        var times = jdbc.sql("select started_at, finished_at from sync_run where id = :id").param("id", run.id())
                .query((rs, n) -> List.of(rs.getTimestamp(1), rs.getTimestamp(2))).single();
        Timestamp started = times.get(0);
        Timestamp finished = times.get(1);
        assertThat(Duration.between(started.toInstant(), finished.toInstant())).isEqualTo(report.duration());
        assertThat(sync.run(run.id()).orElseThrow().duration(finished.toInstant())).isEqualTo(report.duration());
    }

    @Test
    void aRunCutByACrashIsFinishedAtTheNextStart() {
        writeNormalPages();
        // What a crash leaves: the run and its pages recorded, "glacier" done, the other two not.
        long id = jdbc.sql("""
                        insert into sync_run (started_at, finished_at, added, changed, removed, unchanged, problems,
                                              triggered_by, pages_total)
                        values (now() - interval '1 minute', null, 0, 0, 0, 0, 0, 'crashed', 3) returning id""")
                .query(Long.class).single();
        jdbc.sql("""
                        insert into sync_run_page (run_id, slug, position, done_at)
                        values (:id, 'glacier', 0, now()), (:id, 'harbour', 1, null), (:id, 'river', 2, null)""")
                .param("id", id).update();
        assertThat(sync.status().running()).isFalse();
        assertThat(sync.status().run().finished()).isFalse();

        startup.syncAtStart();
        eventually(() -> sync.run(id).orElseThrow().finished());

        SyncProgress resumed = sync.run(id).orElseThrow();
        assertThat(resumed.added()).isEqualTo(3); // harbour, and river in two languages
        assertThat(resumed.pagesDone()).isEqualTo(3);
        assertThat(resumed.failure()).isNull();
        assertThat(coverage.page("harbour")).isPresent();
        assertThat(coverage.page("river").orElseThrow().cell("ru").status()).isEqualTo(Availability.PUBLISHED);
        assertThat(coverage.page("glacier")).as("done before the crash, so not read again").isEmpty();
        assertThat(jdbc.sql("select count(*) from sync_run where finished_at is null").query(Integer.class).single())
                .isZero();
    }

    private ContentProblem problem(String path) {
        return sync.currentProblems().stream().filter(p -> p.path().equals(path)).findFirst().orElse(null);
    }

    /** Waits for something the background run does; gives up after a minute (a guard, not a speed check). */
    private static void eventually(BooleanSupplier condition) {
        for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
            sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("reached within a minute").isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
