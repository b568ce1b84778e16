package org.interlinea.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetReplaceTest {

    private static List<TargetReplace.Target> targets(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new TargetReplace.Target(100 + i, i, texts[i])).toList();
    }

    @Test
    void countsSegmentsAndOccurrences() {
        TargetReplace.Plan plan = new TargetReplace("gato", "cão", true)
                .plan(targets("O gato e o gato.", "Nada aqui.", "Um gato.", "", "Um Gato."));
        assertThat(plan.segments()).isEqualTo(2);
        assertThat(plan.occurrences()).isEqualTo(3);
        assertThat(plan.changes()).extracting(TargetReplace.Change::after).containsExactly("O cão e o cão.", "Um cão.");
        assertThat(plan.allowed()).isTrue();
    }

    @Test
    void ignoresCaseWhenAsked() {
        TargetReplace ignoring = new TargetReplace("ГОРОД", "село", false);
        assertThat(ignoring.apply("Город и город").text()).isEqualTo("село и село");
        assertThat(new TargetReplace("a.b", "$1\\", false).apply("A.B axb").text()).isEqualTo("$1\\ axb");
    }

    @Test
    void neverReplacesInsidePlaceholders() {
        TargetReplace.Outcome outcome = new TargetReplace("1", "um", true).apply("<1>Passo 1</1> e {1}, 1.");
        assertThat(outcome.text()).isEqualTo("<1>Passo um</1> e {1}, um.");
        assertThat(outcome.occurrences()).isEqualTo(2);
        assertThat(outcome.breaksPlaceholders()).isFalse();
    }

    @Test
    void refusesPlaceholdersInFindOrReplacement() {
        assertThat(new TargetReplace("<1>", "x", true).problem()).contains(TargetReplace.Problem.PLACEHOLDER_IN_FIND);
        assertThat(new TargetReplace("x", "{2}", true).problem())
                .contains(TargetReplace.Problem.PLACEHOLDER_IN_REPLACEMENT);
        assertThat(new TargetReplace("", "x", true).problem()).contains(TargetReplace.Problem.EMPTY_FIND);
        assertThat(new TargetReplace("x", "{2}", true).plan(targets("x")).allowed()).isFalse();
    }

    /**
     * Issue 10, point 7: text a replace makes look like a placeholder stays text (escaped), so it can neither
     * create a placeholder nor break one. Before, removing the "x" of "<x3>" made a placeholder "<3>" of it.
     */
    @Test
    void textThatComesToLookLikeAPlaceholderStaysText() {
        TargetReplace.Plan joined = new TargetReplace("x", "", true).plan(targets("ok x", "a <x3> b {1}"));
        assertThat(joined.breaking()).isEmpty();
        assertThat(joined.changes()).extracting(TargetReplace.Change::after).containsExactly("ok ", "a <\\3> b {1}");
        assertThat(joined.allowed()).isTrue();
        TargetReplace.Outcome made = new TargetReplace("a", "<", true).apply("a1> {1}");
        assertThat(made.text()).isEqualTo("<\\1> {1}");
        assertThat(made.breaksPlaceholders()).isFalse();
        // and a page's own "{1}" in a translation is text a replace can work in
        assertThat(new TargetReplace("1", "2", true).apply("{\\1} <1>1</1>").text()).isEqualTo("{\\2} <1>2</1>");
    }
}
