package org.interlinea.content.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.interlinea.content.ContentProblem;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncReport;
import org.interlinea.content.SyncRun;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sync of the demo corpus (from an empty database, and again unchanged), and of the demo corpus with a page
 * nested 100,000 levels deep: when the deep page is refused, when the other pages are available, when the run
 * ends. Not a test of speed; run with
 * {@code ./mvnw -o test -Dtest=SyncBenchmark -Dsurefire.excludedGroups=none}; the numbers are printed.
 */
@Tag("bench")
class SyncBenchmark extends ContentFolderTest {

    @Autowired
    ContentSyncService sync;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() throws IOException {
        content.clear();
        Path demo = Path.of("translations");
        try (Stream<Path> files = Files.walk(demo)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = demo.relativize(file);
                content.writeBytes(relative.getParent().toString(),
                        relative.getFileName().toString().replace(".html", ""), Files.readAllBytes(file));
            }
        }
        for (int i = 0; i < 3; i++) {
            Database.clear(jdbc);
            long from = System.nanoTime();
            SyncReport report = sync.syncAndWait("bench");
            System.out.printf("BENCH demo corpus from an empty database: %d ms (%d files added)%n", millis(from),
                    report.added());
        }
        long from = 0;
        for (int i = 0; i < 3; i++) {
            from = System.nanoTime();
            sync.syncAndWait("bench");
            System.out.printf("BENCH demo corpus unchanged: %d ms%n", millis(from));
        }

        Database.clear(jdbc);
        int depth = Integer.getInteger("depth", 100_000);
        content.write("en", "a-deep-page", "<html><head><title>Deep</title></head><body><p>Before.</p>"
                + "<div>".repeat(depth) + "<p>Inside.</p>" + "</div>".repeat(depth) + "</body></html>");
        from = System.nanoTime();
        SyncRun run = sync.start("bench").orElseThrow();
        long refused = -1;
        long othersAvailable = -1;
        while (!run.isDone()) {
            if (refused < 0 && sync.currentProblems().stream().anyMatch(p -> p.path().equals("en/a-deep-page.html"))) {
                refused = millis(from);
            }
            if (othersAvailable < 0 && jdbc.sql("select count(*) from availability where page_id in "
                    + "(select id from page where slug <> 'a-deep-page')").query(Integer.class).single() == 13 * 3) {
                othersAvailable = millis(from); // every other page committed, with its availability
            }
            sleep(5);
        }
        SyncReport report = run.await();
        long total = millis(from);
        ContentProblem deep = report.problems().stream().filter(p -> p.path().equals("en/a-deep-page.html"))
                .findFirst().orElseThrow();
        System.out.printf("BENCH demo corpus + %d nested divs: deep page refused after %d ms (%s), other pages "
                        + "available after %s ms, run done after %d ms (recorded duration %d ms), %d added%n", depth,
                refused, deep.reasonKey(), othersAvailable < 0 ? "<end" : String.valueOf(othersAvailable), total,
                report.duration().toMillis(), report.added());
    }

    private static long millis(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
