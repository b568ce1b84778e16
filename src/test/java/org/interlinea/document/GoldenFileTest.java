package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.interlinea.document.cli.PseudoTranslation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: for NAME.LANG.html, NAME.LANG.segments.txt holds the expected segments
 * ("index paragraph context words | text") and NAME.LANG.pseudo.html the expected accented output.
 * Run with -Dgolden.update=true to rewrite the expectations after a deliberate change, then review the diff.
 */
class GoldenFileTest {

    private static final Path DIR = Path.of("src/test/resources/org/interlinea/document/golden");

    @ParameterizedTest
    @ValueSource(strings = {"interview.en", "entrevista.pt", "statya.ru"})
    void segmentsAndPseudoOutputMatchTheGoldenFiles(String name) throws Exception {
        String language = name.substring(name.lastIndexOf('.') + 1);
        byte[] input = Files.readAllBytes(DIR.resolve(name + ".html"));
        ExtractedDocument doc = HtmlDocuments.extract(input, language);
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
        assertThat(new String(pseudoOutput, StandardCharsets.UTF_8)).isEqualTo(Files.readString(pseudoFile));
        assertThat(doc.merge(Map.of(), null)).isEqualTo(input);
    }
}
