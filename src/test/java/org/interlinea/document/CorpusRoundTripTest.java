package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Extract + merge over real pages must give the same bytes back. The corpora live beside the project
 * (../shared, ../main/translations), not in it, so the test skips where they are absent.
 */
class CorpusRoundTripTest {

    private static final Path OKAPI_CORPUS = Path.of("../shared/corpus/okapi-html");
    private static final Path DEMO_CORPUS = Path.of("../main/translations/en");

    @Test
    void okapiCorpusRoundTripsByteForByte() throws Exception {
        assumeTrue(Files.isDirectory(OKAPI_CORPUS),
                "Skipped: the Okapi HTML corpus is not at " + OKAPI_CORPUS.toAbsolutePath().normalize()
                        + " (it is shared beside the project, not part of it)");
        List<Path> pages = RoundTrip.pages(OKAPI_CORPUS);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(100);
        List<RoundTrip.Result> failures = run(pages);
        double rate = 1.0 - (double) failures.size() / pages.size();
        System.out.printf("Okapi corpus: %d of %d pages round-trip byte-identically (%.1f%%)%n",
                pages.size() - failures.size(), pages.size(), rate * 100);
        failures.forEach(f -> System.out.println("  exception: " + OKAPI_CORPUS.relativize(f.page()) + ": " + f.problem()));
        assertThat(rate).as("share of byte-identical pages").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void demoCorpusRoundTripsByteForByte() throws Exception {
        assumeTrue(Files.isDirectory(DEMO_CORPUS),
                "Skipped: the demo pages are not at " + DEMO_CORPUS.toAbsolutePath().normalize());
        List<Path> pages = RoundTrip.pages(DEMO_CORPUS);
        assumeTrue(!pages.isEmpty(), "Skipped: no demo pages yet in " + DEMO_CORPUS);
        List<RoundTrip.Result> failures = run(pages);
        System.out.printf("Demo corpus: %d of %d pages round-trip byte-identically%n",
                pages.size() - failures.size(), pages.size());
        failures.forEach(f -> System.out.println("  exception: " + f.page().getFileName() + ": " + f.problem()));
        assertThat(failures).isEmpty();
    }

    private static List<RoundTrip.Result> run(List<Path> pages) throws Exception {
        List<RoundTrip.Result> failures = new ArrayList<>();
        for (Path page : pages) {
            RoundTrip.Result result = RoundTrip.check(page, "en");
            if (result.problem() != null) {
                failures.add(result);
            }
        }
        return failures;
    }
}
