package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Abbreviations and initials stay inside their sentence, in running text, before a capitalised word and
 * before a number; genuine sentence ends still break. Each case is two sentences, so a wrong break shows
 * up as three segments and a missed one as one.
 */
class AbbreviationSegmentationTest {

    private static void twoSentences(String language, String first, String second) {
        assertThat(SegmentationTest.split(language, first + " " + second))
                .as("%s | %s", first, second).containsExactly(first, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"т. е.", "т.е.", "т. к.", "в т. ч.", "т. н.",
            "напр.", "см.", "ср.", "пр.", "г.", "гг.", "в.", "вв.", "ок.", "им.", "ул.", "д.", "тыс.",
            "млн.", "млрд.", "руб.", "коп.", "проф.", "акад.", "ст.", "стр.", "с.", "гл.", "рис.", "табл.", "англ.",
            "Св.", "См.", "н. э.", "и. о.", "Дж.", "Dr.", "St."})
    void russianAbbreviations(String abbreviation) {
        twoSentences("ru", "Это было, " + abbreviation + " почти как всегда.", "Потом пришла зима.");
        twoSentences("ru", "Это было, " + abbreviation + " Москва и все.", "Потом пришла зима.");
        twoSentences("ru", "Это было, " + abbreviation + " 43,5% и все.", "Потом пришла зима.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sr.", "sr.", "Sra.", "sra.", "Dr.", "Dra.", "Prof.", "Profa.", "p. ex.",
            "nº", "pág.", "cap.", "séc.", "Av.", "Ex.ma", "V. Ex.ª", "V. Exa.", "Rev.", "St.", "vs."})
    void portugueseAbbreviations(String abbreviation) {
        twoSentences("pt", "Foi assim, " + abbreviation + " quase sempre.", "Depois veio o inverno.");
        twoSentences("pt", "Foi assim, " + abbreviation + " Lisboa e tudo.", "Depois veio o inverno.");
        twoSentences("pt", "Foi assim, " + abbreviation + " 12 e tudo.", "Depois veio o inverno.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru:Дж. Смит приехал.", "ru:А. С. Пушкин родился в Москве.",
            "ru:В. В. Путин выступил.", "ru:Мерфи Дж. Пол сказал это.", "pt:J. Silva chegou.",
            "pt:O Sr. J. M. Costa chegou.", "en:J. R. R. Tolkien wrote it.", "en:Dr. J. Smith came."})
    void initials(String sample) {
        String language = sample.substring(0, 2);
        String next = switch (language) {
            case "ru" -> "Все это знали.";
            case "pt" -> "Todos sabiam.";
            default -> "Everybody knew.";
        };
        twoSentences(language, sample.substring(3), next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru:Мы долго говорили о нем.|Потом пришла зима.",
            "ru:Это было в 2020 году.|Потом пришла зима.", "ru:Он ушел.|В 2021 году он вернулся.",
            "ru:Так прошел год!|Дж. Смит уехал.",
            "ru:Он вернулся в 2020 г.|Потом все изменилось.", "ru:Это было в 1990-х гг.|Потом все изменилось.", "pt:Fomos ao mar.|Depois voltamos.",
            "pt:Chegou em 2020.|Depois saiu.", "pt:Ele saiu.|O Sr. Costa ficou."})
    void realSentenceEndsStillBreak(String sample) {
        List<String> parts = List.of(sample.substring(3).split("\\|"));
        twoSentences(sample.substring(0, 2), parts.get(0), parts.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru:т. д.", "ru:т. п.", "ru:и т. д.", "ru:и т. п.", "ru:др.", "ru:и др.", "pt:etc."})
    void sentenceFinalAbbreviationsBreakOnlyBeforeACapital(String sample) {
        // "и т. д.", "и др." and "etc." may end a sentence, and no name follows them: a capital starts the next
        // one ("… desfecho, etc. Cerca de 8% …" in open-courts-open-data). See interlinea.srx.
        String language = sample.substring(0, 2);
        String abbreviation = sample.substring(3);
        String next = language.equals("ru") ? "Потом пришла зима." : "Depois veio o inverno.";
        twoSentences(language, "Книги, газеты " + abbreviation + " и 12 журналов.", next);
        twoSentences(language, "Книги, газеты " + abbreviation + " лежали там.", next);
        twoSentences(language, "Книги, газеты " + abbreviation, next);
    }
}
