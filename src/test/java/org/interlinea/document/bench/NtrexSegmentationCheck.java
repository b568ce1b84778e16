package org.interlinea.document.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interlinea.document.DocumentException;
import org.interlinea.document.HtmlDocuments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression check of the SRX rules on NTREX, whose lines are one sentence each (a few hold two): counts
 * the lines the segmenter splits and prints them. Not a unit test (tagged "bench"); run with
 * {@code ./mvnw -o test -Dtest=NtrexSegmentationCheck -Dsurefire.excludedGroups=none}.
 */
@Tag("bench")
class NtrexSegmentationCheck {

    @ParameterizedTest
    @CsvSource({"en, newstest2019-src.eng.txt", "ru, newstest2019-ref.rus.txt", "pt, newstest2019-ref.por.txt",
            "pt, newstest2019-ref.por-BR.txt"})
    void linesSplit(String language, String file) throws Exception {
        Path path = Path.of("../shared/corpus/ntrex", file);
        assumeTrue(Files.isRegularFile(path), "NTREX is not at " + path.toAbsolutePath());
        List<String> lines = Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList();
        int split = 0;
        int sentences = 0;
        int unreadable = 0;
        StringBuilder shown = new StringBuilder();
        for (String line : lines) {
            String html = "<!DOCTYPE html><html><body><p>" + line.replace("&", "&amp;").replace("<", "&lt;")
                    + "</p></body></html>";
            List<org.interlinea.document.Segment> segments;
            try {
                segments = HtmlDocuments.extract(html.getBytes(StandardCharsets.UTF_8), language).segments();
            } catch (DocumentException e) {
                unreadable++;   // a mapping problem of the HTML reader, not of the sentence rules
                continue;
            }
            sentences += segments.size();
            if (segments.size() > 1) {
                split++;
                segments.forEach(s -> shown.append(s.text()).append(" ||| "));
                shown.append('\n');
            }
        }
        System.out.printf("%s %s: %d lines (%d unreadable), %d sentences, %d lines split%n%s", language, file,
                lines.size(), unreadable, sentences, split, shown);
    }
}
