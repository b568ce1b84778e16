package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSegmentTest {

    private static PageSegment source(String text) {
        return new PageSegment(1, 0, 0, text, 3, "p");
    }

    @Test
    void insertsPairsAroundTheSelectionAndIsolatedOnes() {
        assertThat(source("Read <1>our report</1>, or run {2}!").insertion(1)).isEqualTo(List.of("<1>", "</1>"));
        assertThat(source("Read <1>our report</1>, or run {2}!").insertion(2)).isEqualTo(List.of("{2}"));
        assertThat(source("No markup").insertion(1)).isEmpty();
        assertThat(source("A page's own {\\1} text").insertion(1)).as("text, not a placeholder").isEmpty();
    }

    @Test
    void findsSpeakerLabels() {
        assertThat(source("<1>Dr. Ana Reis:</1> It is.").speakerLabel()).isEqualTo("Dr. Ana Reis:");
        assertThat(source("<1>Dr. Ana Reis: </1>It is.").speakerLabel()).isEqualTo("Dr. Ana Reis:");
        assertThat(source("<1>Use {\\1}:</1> It is.").speakerLabel()).isEqualTo("Use {1}:");
        assertThat(source("Read <1>our report</1>.").speakerLabel()).isEmpty();
        assertThat(source("<1>our report</1> is out.").speakerLabel()).isEmpty();
        assertThat(source("<1>Ask <2>her</2>:</1> Why?").speakerLabel()).isEmpty();
    }
}
