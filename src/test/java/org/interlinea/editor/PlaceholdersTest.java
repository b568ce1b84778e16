package org.interlinea.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void splitsTextAndTokens() {
        assertThat(Placeholders.pieces("Read <1>our report</1>, or run {2}!"))
                .extracting(Placeholders.Piece::text)
                .containsExactly("Read ", "<1>", "our report", "</1>", ", or run ", "{2}", "!");
        assertThat(Placeholders.strip("Read <1>our</1> {2}")).isEqualTo("Read our ");
    }

    @Test
    void insertsPairsAroundTheSelectionAndIsolatedOnes() {
        assertThat(Placeholders.insertion("Read <1>our report</1>, or run {2}!", 1)).isEqualTo(List.of("<1>", "</1>"));
        assertThat(Placeholders.insertion("Read <1>our report</1>, or run {2}!", 2)).isEqualTo(List.of("{2}"));
        assertThat(Placeholders.insertion("No markup", 1)).isEmpty();
    }

    @Test
    void findsSpeakerLabels() {
        assertThat(Placeholders.speakerLabel("<1>Dr. Ana Reis:</1> It is.")).isEqualTo("Dr. Ana Reis:");
        assertThat(Placeholders.speakerLabel("Read <1>our report</1>.")).isEmpty();
        assertThat(Placeholders.speakerLabel("<1>our report</1> is out.")).isEmpty();
    }
}
