package org.interlinea.document.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.interlinea.document.DocumentException;
import org.interlinea.document.HtmlDocuments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Extraction + segmentation throughput and peak heap on the shared corpora. Not a unit test (excluded
 * by the "bench" group); run with
 * {@code ./mvnw -o test -Dtest=ExtractionBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("bench")
class ExtractionBenchmark {

    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 5;

    @Test
    void okapiCorpus() throws Exception {
        measure("okapi-html", Path.of("../shared/corpus/okapi-html"));
    }

    @Test
    void demoCorpus() throws Exception {
        measure("demo (translations/en)", Path.of("../main/translations/en"));
    }

    private static void measure(String name, Path root) throws Exception {
        assumeTrue(Files.isDirectory(root), "Skipped: " + root.toAbsolutePath().normalize() + " does not exist");
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().matches("(?i).*\\.html?$")).toList()) {
                pages.add(Files.readAllBytes(p));
            }
        }
        assumeTrue(!pages.isEmpty(), "Skipped: no pages in " + root);
        long bytes = pages.stream().mapToLong(b -> b.length).sum();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            extractAll(pages);
        }
        System.gc();
        resetPeaks();
        long segments = 0;
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            segments = extractAll(pages);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d pages, %.2f MB, %d segments per round; %.1f pages/s, %.2f MB/s, peak heap %.0f MB%n",
                name, pages.size(), bytes / 1e6, segments, pages.size() * ROUNDS / seconds,
                bytes * ROUNDS / 1e6 / seconds, peakHeap() / 1e6);
    }

    private static long extractAll(List<byte[]> pages) {
        long segments = 0;
        for (byte[] page : pages) {
            try {
                segments += HtmlDocuments.extract(page, "en").segments().size();
            } catch (DocumentException e) {
                // counted as work done; the round-trip test lists such pages
            }
        }
        return segments;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the live heap during the run. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
