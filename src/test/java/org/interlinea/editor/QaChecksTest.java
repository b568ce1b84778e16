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

    @Test
    void anOrphanOpeningOrClosingTokenBlocks() {
        // Deleting "<1>" alone left "</1>": a closing token with no opening one.
        List<QaIssue> orphanClose = QaChecks.check("Read <1>our report</1>.", "Leia o relatório</1>.");
        assertThat(orphanClose).extracting(QaIssue::check).contains(Check.BROKEN_PAIR);
        assertThat(orphanClose.stream().filter(i -> i.check() == Check.BROKEN_PAIR).findFirst().orElseThrow().detail())
                .isEqualTo("</1>");
        assertThat(QaChecks.blocks(orphanClose)).isTrue();
        // An opening token never closed, even when the count of tokens matches the source's.
        assertThat(QaChecks.blocks(QaChecks.check("<1>Hi</1> <2>there</2>", "<1>Olá <2>aí</2>"))).isTrue();
        assertThat(checks("<1>Hi</1> <2>there</2>", "<1>Olá <2>aí</2>")).contains(Check.BROKEN_PAIR);
    }

    @Test
    void overlappingPairsBlock() {
        List<QaIssue> issues = QaChecks.check("<1>Read</1> <2>this</2>.", "<1>Leia <2>isto</1></2>.");
        assertThat(issues).extracting(QaIssue::check).containsExactly(Check.BROKEN_PAIR);
        assertThat(QaChecks.blocks(issues)).isTrue();
    }

    @Test
    void aPairInsideAWordBlocks() {
        // The race of issue 8: the pair landed between two letters, empty.
        List<QaIssue> race = QaChecks.check("<1>You</1> opened the file.", "в<1></1>ы открыли файл.");
        assertThat(race).extracting(QaIssue::check).contains(Check.SPLIT_WORD, Check.EMPTY_PAIR);
        assertThat(race.stream().filter(i -> i.check() == Check.SPLIT_WORD).findFirst().orElseThrow().detail())
                .isEqualTo("в<1></1>ы");
        assertThat(QaChecks.blocks(race)).isTrue();
        List<QaIssue> half = QaChecks.check("A <1>word</1> here.", "Uma pala<1>vra</1> aqui.");
        assertThat(half).extracting(QaIssue::check).containsExactly(Check.SPLIT_WORD);
        assertThat(QaChecks.blocks(half)).isTrue();
        assertThat(checks("A <1>word</1> here.", "Uma <1>palavra</1> aqui.")).isEmpty();
        assertThat(checks("A <1>word</1> here.", "Uma «<1>palavra</1>» aqui.")).isEmpty();
    }

    @Test
    void aPairTheSourceHasInsideAWordMayStayInsideOne() {
        assertThat(checks("The <1>un</1>likely case.", "O caso <1>im</1>provável.")).isEmpty();
    }

    @Test
    void scriptsWithoutSpacesAreNotJudgedForSplitWords() {
        assertThat(checks("A <1>bold</1> word.", "这是<1>粗体</1>字。")).doesNotContain(Check.SPLIT_WORD);
    }

    @Test
    void anEmptyPairWarns() {
        List<QaIssue> issues = QaChecks.check("Read <1>our report</1> today.", "<1></1>Leia o relatório hoje.");
        assertThat(issues).extracting(QaIssue::check).containsExactly(Check.EMPTY_PAIR);
        assertThat(issues.getFirst().detail()).isEqualTo("<1></1>");
        assertThat(QaChecks.blocks(issues)).isFalse();
        // Empty in the source too (an anchor with no text): nothing to say.
        assertThat(checks("<1></1>Read this.", "<1></1>Leia isto.")).isEmpty();
    }
}
