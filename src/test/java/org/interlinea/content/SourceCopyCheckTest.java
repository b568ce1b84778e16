package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The source-copy check on real translations (the demo corpus and NTREX): none is flagged, and the source
 * itself filed under the target language always is. The measured margins are printed for the README.
 */
class SourceCopyCheckTest {

    private static final Path DEMO = Path.of("translations");
    private static final Path NTREX = Path.of("/work/shared/corpus/ntrex");

    @Test
    void noDemoTranslationIsFlaggedAndACopyOfTheSourceAlwaysIs() throws IOException {
        double maxIdentical = 0;
        double minScript = 1;
        double maxSourceWords = 0;
        int checked = 0;
        for (String language : List.of("ru", "pt")) {
            try (Stream<Path> files = Files.list(DEMO.resolve(language))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    String source = Files.readString(DEMO.resolve("en").resolve(file.getFileName()));
                    var verdict = SourceCopyCheck.check(source, "en", Files.readString(file), language);
                    assertThat(verdict.isCopy()).as(file + " " + verdict).isFalse();
                    assertThat(SourceCopyCheck.check(source, "en", source, language).isCopy()).as(file.toString())
                            .isTrue();
                    maxIdentical = Math.max(maxIdentical, verdict.identicalShare());
                    minScript = Math.min(minScript, verdict.ownScriptShare());
                    maxSourceWords = Math.max(maxSourceWords, verdict.sourceWordShare());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        System.out.printf("demo corpus: %d translations, identical share max %.3f, own script share min %.3f, "
                + "source common words max %.3f%n", checked, maxIdentical, minScript, maxSourceWords);
    }

    @Test
    void noNtrexDocumentIsFlaggedAndTheEnglishAlwaysIs() throws IOException {
        List<String> ids = Files.readAllLines(NTREX.resolve("DOCUMENT_IDS.tsv"));
        List<String> english = Files.readAllLines(NTREX.resolve("newstest2019-src.eng.txt"));
        for (var target : Map.of("ru", "newstest2019-ref.rus.txt", "pt", "newstest2019-ref.por.txt",
                "pt-BR", "newstest2019-ref.por-BR.txt").entrySet()) {
            List<String> translated = Files.readAllLines(NTREX.resolve(target.getValue()));
            double maxIdentical = 0;
            double minScript = 1;
            double maxSourceWords = 0;
            int editedFlagged = 0;
            Map<String, List<Integer>> documents = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                documents.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(i);
            }
            for (var document : documents.entrySet()) {
                List<String> source = document.getValue().stream().map(english::get).toList();
                List<String> text = document.getValue().stream().map(translated::get).toList();
                var verdict = SourceCopyCheck.check(source, "en", text, target.getKey());
                assertThat(verdict.isCopy()).as(document.getKey() + " " + target.getKey() + " " + verdict).isFalse();
                assertThat(SourceCopyCheck.check(source, "en", source, target.getKey()).isCopy()).isTrue();
                // The source with every sentence edited is no longer identical, but still English (too few
                // common words in a short document say nothing, hence "most", not all, for pt).
                List<String> edited = source.stream().map(s -> s.replace(".", "!").replace(",", ";")).toList();
                if (SourceCopyCheck.check(source, "en", edited, target.getKey()).isCopy()) {
                    editedFlagged++;
                }
                maxIdentical = Math.max(maxIdentical, verdict.identicalShare());
                minScript = Math.min(minScript, verdict.ownScriptShare());
                maxSourceWords = Math.max(maxSourceWords, verdict.sourceWordShare());
            }
            System.out.printf("NTREX %s: %d documents, identical share max %.3f, own script share min %.3f, "
                    + "source common words max %.3f; edited English flagged in %d%n", target.getKey(),
                    documents.size(), maxIdentical, minScript, maxSourceWords, editedFlagged);
            assertThat(editedFlagged).isGreaterThanOrEqualTo(documents.size() * 9 / 10);
        }
    }

    @Test
    void anEditedEnglishPageUnderPtIsFlaggedByItsCommonWords() throws IOException {
        String source = Files.readString(DEMO.resolve("en").resolve("radio-for-the-night-shift.html"));
        String edited = source.replace(".", "!").replace(",", ";");

        var verdict = SourceCopyCheck.check(source, "en", edited, "pt");

        assertThat(verdict.identicalShare()).isLessThan(SourceCopyCheck.MOSTLY);
        assertThat(verdict.sourceWordShare()).isGreaterThan(0.9);
        assertThat(verdict.isCopy()).isTrue();
    }

    @Test
    void sentencesAreTheTitleAndTheInnermostTextBlocks() {
        String html = "<html><head><title>Night radio</title></head><body><div><p>One. Two <b>bold</b>!</p>"
                + "<ul><li>Item</li></ul></div><script>var x = 'no';</script></body></html>";

        assertThat(SourceCopyCheck.sentences(html)).containsExactly("Night radio", "One.", "Two bold!", "Item");
    }
}
