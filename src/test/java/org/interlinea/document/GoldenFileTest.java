package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.interlinea.document.cli.PseudoTranslation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: for NAME.LANG.html, NAME.LANG.segments.txt holds the expected segments
 * ("index paragraph context words | text") and NAME.LANG.pseudo.html the expected accented output, in the page's
 * own encoding (characters it cannot hold as numeric references). The segments file is UTF-8 whatever the page is.
 * Run with -Dgolden.update=true to rewrite the expectations after a deliberate change, then review the diff.
 */
class GoldenFileTest {

    private static final Path DIR = Path.of("src/test/resources/org/interlinea/document/golden");

    @ParameterizedTest
    @CsvSource({
            "interview.en, UTF-8, true", "entrevista.pt, UTF-8, true", "statya.ru, UTF-8, true",
            // HTML 4 page in windows-1252 that declares nothing: detected. Its pseudo text, all accents, is not
            // English any more and is detected as something else: why pages should declare their encoding.
            "brochure.en, windows-1252, false",
            // Windows Notepad's "Unicode": UTF-16LE with a byte-order mark and CRLF line ends
            "notepad.pt, UTF-16LE, true",
            // UTF-16 without a byte-order mark, told by its zero bytes, not taken for binary
            "zametki.ru, UTF-16BE, true",
            // DocBook output: ISO-8859-1 declared, paragraphs that start and end with &#13;
            "docbook.en, windows-1252, true",
            // Declared legacy encodings; the Shift_JIS page has a character only windows-31j has
            "novosti.ru, KOI8-R, true", "oshirase.ja, windows-31j, true"})
    void segmentsAndPseudoOutputMatchTheGoldenFiles(String name, String charset, boolean known) throws Exception {
        String language = name.substring(name.lastIndexOf('.') + 1);
        byte[] input = Files.readAllBytes(DIR.resolve(name + ".html"));
        ExtractedDocument doc = HtmlDocuments.extract(input, language);
        assertThat(doc.charset().name()).isEqualTo(charset);
        String segments = doc.segments().stream()
                .map(s -> s.index() + " " + s.paragraph() + " " + s.context() + " " + s.words() + " | " + s.text())
                .collect(Collectors.joining("\n", "", "\n"));
        Map<Integer, String> pseudo = new HashMap<>();
        doc.segments().forEach(s -> pseudo.put(s.index(), PseudoTranslation.accented(s.text())));
        byte[] pseudoOutput = doc.merge(pseudo, null);

        Path segmentsFile = DIR.resolve(name + ".segments.txt");
        Path pseudoFile = DIR.resolve(name + ".pseudo.html");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(segmentsFile, segments);
            Files.write(pseudoFile, pseudoOutput);
        }
        assertThat(segments).isEqualTo(Files.readString(segmentsFile));
        byte[] expected = Files.readAllBytes(pseudoFile);
        assertThat(new String(pseudoOutput, doc.charset())).isEqualTo(new String(expected, doc.charset()));
        assertThat(pseudoOutput).isEqualTo(expected);
        assertThat(doc.merge(Map.of(), null)).isEqualTo(input);
        // The pseudo page reads back as the same text in the same encoding, when that encoding is known.
        if (!known) {
            return;
        }
        ExtractedDocument again = HtmlDocuments.extract(pseudoOutput, language);
        assertThat(again.charset()).isEqualTo(doc.charset());
        assertThat(RoundTrip.plain(again.segments().stream().map(Segment::text).toList()))
                .isEqualTo(RoundTrip.plain(doc.segments().stream().map(s -> pseudo.get(s.index())).toList()));
    }
}
