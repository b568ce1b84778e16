package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A page the depth check lets through (the limit is raised here) but that the HTML filter would read for minutes
 * is abandoned when its time limit runs out: it is listed as taking too long, the worker is freed for the other
 * pages, and its transaction leaves nothing behind.
 */
@SpringBootTest
@ActiveProfiles("test")
class SyncTimeLimitTest {

    static final ContentFixture content = new ContentFixture();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
        registry.add("interlinea.sync.max-nesting-depth", () -> "1000000");
        registry.add("interlinea.sync.page-time-limit", () -> "3s");
        registry.add("interlinea.sync.threads", () -> "1");
    }

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageReadForTooLongIsAbandonedAndTheOthersGoOn() throws TimeoutException {
        Database.clear(jdbc);
        // 100,000 levels: about four minutes in the HTML filter on a quiet machine.
        content.write("en", "a-slow-page", SyncInTheBackgroundTest.deepPage(100_000));
        for (String slug : List.of("glacier", "river")) {
            content.write("en", slug, SyncInTheBackgroundTest.page("en", "The " + slug));
        }

        // One worker: the normal pages wait for it. The guard is far below what reading the page would take.
        SyncReport report = sync.start("test").orElseThrow().await(Duration.ofSeconds(120));

        ContentProblem slow = report.problems().stream().filter(p -> p.path().equals("en/a-slow-page.html"))
                .findFirst().orElseThrow();
        assertThat(slow.severity()).isEqualTo(ContentProblem.Severity.ERROR);
        assertThat(slow.reasonKey()).isEqualTo(ContentProblem.TOO_SLOW);
        assertThat(slow.reasonArgs()).containsExactly("3");
        assertThat(coverage.page("a-slow-page")).as("its transaction was rolled back").isEmpty();
        assertThat(jdbc.sql("select count(*) from document where path = 'en/a-slow-page.html'")
                .query(Integer.class).single()).isZero();
        assertThat(coverage.page("glacier")).isPresent();
        assertThat(coverage.page("river")).isPresent();
        assertThat(jdbc.sql("select problem from sync_run_page where slug = 'a-slow-page'").query(String.class).single())
                .contains("longer than 3 s");
        assertThat(Thread.getAllStackTraces().values()).as("no thread still reads the page")
                .noneMatch(stack -> List.of(stack).stream().anyMatch(f -> f.getClassName().contains("abstractmarkup")));
    }
}
