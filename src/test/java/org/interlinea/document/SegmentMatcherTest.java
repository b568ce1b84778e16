package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The edit test with Commons Text's bounded distance decides as the full table did, at the boundary too. */
class SegmentMatcherTest {

    @Test
    void anEditChangesAtMostHalfTheLongerSentence() {
        assertThat(SegmentMatcher.isEdit("", "")).isTrue();
        assertThat(SegmentMatcher.isEdit("abcd", "abxy")).isTrue(); // 2 of 4: exactly the limit
        assertThat(SegmentMatcher.isEdit("abcd", "axyz")).isFalse(); // 3 of 4
        assertThat(SegmentMatcher.isEdit("abc", "axy")).isFalse(); // 2 of 3
        assertThat(SegmentMatcher.isEdit("a", "")).isFalse();
        assertThat(SegmentMatcher.isEdit("We met in 2024.", "We met in 2025.")).isTrue();
        assertThat(SegmentMatcher.isEdit("We met in 2024.", "Thank you.")).isFalse();
    }

    @Test
    void decidesAsTheFullDistanceDoes() {
        Random random = new Random(13);
        for (int k = 0; k < 2000; k++) {
            String a = word(random);
            String b = word(random);
            assertThat(SegmentMatcher.isEdit(a, b)).as("%s / %s", a, b).isEqualTo(similarity(a, b) >= 0.5);
        }
    }

    @Test
    void keptEditedAndNewSentences() {
        SegmentMatcher.Result result = SegmentMatcher.match(List.of("One.", "We met in 2024.", "Bye."),
                List.of("One.", "We met in 2025.", "Something else entirely.", "Bye."));
        assertThat(result.matches()).extracting(SegmentMatcher.Match::kind).containsExactly(SegmentMatcher.Kind.KEPT,
                SegmentMatcher.Kind.EDITED, SegmentMatcher.Kind.NEW, SegmentMatcher.Kind.KEPT);
        assertThat(result.removedOldIndexes()).isEmpty();
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(3)));
        }
        return s.toString();
    }

    /** The full Levenshtein table SegmentMatcher used before. */
    private static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / longer;
    }
}
