package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.interlinea.translation.ReviewReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * False alarms on professional translations: NTREX (news, 1,997 sentences) is aligned line by line with
 * its English source, so every flagged pair there is either a real difference or a false alarm. Prints each
 * flagged pair so they can be looked at.
 */
class AnchorCheckCorpusTest {

    private static final Path NTREX = Path.of("..", "shared", "corpus", "ntrex");

    @ParameterizedTest
    @CsvSource({"newstest2019-ref.rus.txt, 8", "newstest2019-ref.por.txt, 10", "newstest2019-ref.por-BR.txt, 15"})
    void fewNtrexPairsAreFlagged(String file, int atMost) throws IOException {
        assumeTrue(Files.isDirectory(NTREX), "NTREX corpus not found at " + NTREX.toAbsolutePath());
        List<String> en = Files.readAllLines(NTREX.resolve("newstest2019-src.eng.txt"), StandardCharsets.UTF_8);
        List<String> other = Files.readAllLines(NTREX.resolve(file), StandardCharsets.UTF_8);
        int flagged = 0;
        for (int i = 0; i < Math.min(en.size(), other.size()); i++) {
            Optional<ReviewReason> reason = AnchorCheck.disagreement(en.get(i), other.get(i));
            if (reason.isPresent()) {
                flagged++;
                System.out.printf("%s %d %s %s%n  %s%n  %s%n", file, i + 1, reason.get().code(), reason.get().args(),
                        en.get(i), other.get(i));
            }
        }
        System.out.printf("%s: %d of %d pairs flagged%n", file, flagged, en.size());
        assertThat(flagged).isLessThanOrEqualTo(atMost);
    }
}
