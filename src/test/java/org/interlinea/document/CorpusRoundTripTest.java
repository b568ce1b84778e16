package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Extract + merge over real pages, in whatever encoding they are, must give the same bytes back. The corpora live beside the project
 * (../shared, ../main/translations), not in it, so the test skips where they are absent.
 */
class CorpusRoundTripTest {

    private static final Path OKAPI_CORPUS = Path.of("../shared/corpus/okapi-html");
    private static final Path DEMO_CORPUS = Path.of("../main/translations/en");

    /**
     * The pages of the Okapi corpus that Interlinea refuses, and what its message must say: everything else must
     * round-trip. The page itself comes back byte for byte; only its pseudo translation is refused: it declares
     * no encoding and has no character beyond ASCII, so new text must be written as references, and in its
     * CDATA section (Confluence storage markup) a reference would show as typed.
     */
    private static final Map<String, String> REFUSED = Map.of(
            "integration/Issue488_98959751.html",
            "pseudo translation refused: Segment 100: the character Ṽ (U+1E7C) cannot be written inside "
                    + "<![CDATA[ ]]> in windows-1252, the page's encoding. Save the page as UTF-8");

    @Test
    void okapiCorpusRoundTripsByteForByteOrIsRefusedWithAReason() throws Exception {
        assumeTrue(Files.isDirectory(OKAPI_CORPUS),
                "Skipped: the Okapi HTML corpus is not at " + OKAPI_CORPUS.toAbsolutePath().normalize()
                        + " (it is shared beside the project, not part of it)");
        List<Path> pages = RoundTrip.pages(OKAPI_CORPUS);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(100);
        List<RoundTrip.Result> failures = run(pages);
        System.out.printf("Okapi corpus: %d of %d pages round-trip byte-identically with a pseudo translation%n",
                pages.size() - failures.size(), pages.size());
        failures.forEach(f -> System.out.println("  " + (f.refused() ? "refused: " : "FAILED: ")
                + OKAPI_CORPUS.relativize(f.page()) + ": " + f.problem()));
        Map<String, String> refused = new TreeMap<>();
        for (RoundTrip.Result f : failures) {
            assertThat(f.refused()).as("%s comes back different without saying so: %s", f.page(), f.problem()).isTrue();
            refused.put(OKAPI_CORPUS.relativize(f.page()).toString(), f.problem());
        }
        assertThat(refused.keySet()).as("refused pages").isEqualTo(REFUSED.keySet());
        REFUSED.forEach((page, reason) -> assertThat(refused.get(page)).as(page).startsWith(reason));
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
