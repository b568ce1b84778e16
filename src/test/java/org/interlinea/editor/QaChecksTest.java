package org.interlinea.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interlinea.editor.QaIssue.Check;
import org.junit.jupiter.api.Test;

class QaChecksTest {

    private static List<Check> checks(String source, String target) {
        return QaChecks.check(source, target).stream().map(QaIssue::check).toList();
    }

    @Test
    void aGoodTranslationPasses() {
        assertThat(checks("<1>Interviewer:</1> Why do you do this?", "<1>Entrevistador:</1> Por que faz isto?"))
                .isEmpty();
    }

    @Test
    void missingPlaceholderBlocks() {
        List<QaIssue> issues = QaChecks.check("Read <1>our report</1>, or run {2} yourself!",
                "Leia o nosso relatório, ou execute {2} você mesmo!");
        assertThat(issues).extracting(QaIssue::check).containsExactly(Check.MISSING_PLACEHOLDER);
        assertThat(issues.getFirst().detail()).isEqualTo("<1> </1>");
        assertThat(QaChecks.blocks(issues)).isTrue();
    }

    @Test
    void pairsInTheWrongOrderBlock() {
        assertThat(checks("Read <1>our report</1>.", "Leia </1>o relatório<1>.")).containsExactly(Check.BROKEN_PAIR);
        assertThat(QaChecks.blocks(QaChecks.check("Read <1>our report</1>.", "Leia </1>o relatório<1>."))).isTrue();
    }

    @Test
    void emptyBlocks() {
        assertThat(checks("Hello.", "  ")).containsExactly(Check.EMPTY);
    }

    @Test
    void extraPlaceholderWarns() {
        List<QaIssue> issues = QaChecks.check("Run {2} now.", "Execute {2} {3} agora.");
        assertThat(issues).extracting(QaIssue::check).containsExactly(Check.EXTRA_PLACEHOLDER);
        assertThat(QaChecks.blocks(issues)).isFalse();
    }

    @Test
    void numbersMustMatchButNotTheirSeparators() {
        assertThat(checks("2 inspectors for 1,200 km, up 3.5%.", "2 inspetores para 1.200 km, mais 3,5%.")).isEmpty();
        assertThat(checks("2 inspectors for 1,200 km.", "3 inspetores para 1.200 km.")).containsExactly(Check.NUMBERS_DIFFER);
        assertThat(QaChecks.check("2 inspectors.", "3 inspetores.").getFirst().detail()).isEqualTo("2 3");
    }

    @Test
    void targetEqualToSourceWarns() {
        assertThat(checks("Radio for the night shift", "Radio for the night shift")).containsExactly(Check.SAME_AS_SOURCE);
        assertThat(checks("2024", "2024")).isEmpty();
    }

    @Test
    void spacesAtTheEdgesAndDoubleSpacesWarn() {
        assertThat(checks("Hello there.", " Olá aí.")).containsExactly(Check.LEADING_TRAILING_SPACE);
        assertThat(checks("Hello there.", "Olá  aí.")).containsExactly(Check.DOUBLE_SPACE);
    }

    @Test
    void endingPunctuationMustMatchPastQuotesAndPlaceholders() {
        assertThat(checks("Why do you do this?", "Por que faz isto.")).containsExactly(Check.ENDING_PUNCTUATION);
        assertThat(QaChecks.check("Why?", "Porquê").getFirst().detail()).isEqualTo("? → ∅");
        assertThat(checks("We measure what others ignore”", "Medimos o que outros ignoram»")).isEmpty();
        assertThat(checks("Read <1>the report</1>.", "Leia <1>o relatório</1>.")).isEmpty();
        assertThat(checks("Until J. R. Smith did…", "Até que J. R. Smith o fez...")).isEmpty();
    }

    @Test
    void unusualLengthRatioWarns() {
        assertThat(checks("But the state has two inspectors for the whole river.", "Mas."))
                .containsExactly(Check.LENGTH_RATIO);
        assertThat(checks("Short.", "Uma frase muito mais longa do que a original.")).isEmpty();
    }
}
