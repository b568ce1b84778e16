package org.interlinea.tm;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlinea.tm.WordDiff.Kind;
import org.interlinea.tm.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void showsWordsOnlyInOneOfTheSources() {
        assertThat(WordDiff.between("The state has 2 inspectors.", "The state has 3 inspectors."))
                .containsExactly(new Part(Kind.SAME, "The state has"), new Part(Kind.ADDED, "3"),
                        new Part(Kind.REMOVED, "2"), new Part(Kind.SAME, "inspectors."));
        assertThat(WordDiff.identical(WordDiff.between("Same text.", "Same  text."))).isTrue();
    }
}
