package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on hard cases; "|" in the expectation marks where segments split. */
class SegmentationTest {

    static List<String> split(String language, String paragraphHtml) {
        String html = "<!DOCTYPE html><html><body><p>" + paragraphHtml + "</p></body></html>";
        return HtmlDocuments.extract(html.getBytes(StandardCharsets.UTF_8), language).segments().stream()
                .map(Segment::text).toList();
    }

    private static void assertSplit(String language, String expected) {
        List<String> sentences = List.of(expected.split("\\s*\\|\\s*"));
        assertThat(split(language, String.join(" ", sentences))).containsExactlyElementsOf(sentences);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Dr. Smith met Mr. Jones at noon. | They talked.",
            "Bring fruit, e.g. Apples or pears. | Or not, i.e. Nothing at all.",
            "She moved to the U.S. in 1990 and then to Canada. | It was cold.",
            "Apples, pears, etc. are cheap here. | Prices rose.",
            "J. R. Smith wrote it. | He was 40.",
            "Inflation reached 3.5% and 1,200 people left. | Nobody stayed.",
            "He paused... | Then he left.",
            "He paused… and then he left. | Nobody followed.",
            "He said: “It is over.” | She nodded.",
            "He said “yes!” and left. | The end.",
            "The decree was replaced — so in a sense it worked. | But the message was clear.",
            "Is it true? | Yes! | It is.",
            "See No. 5 for details. | Thanks."})
    void english(String expected) {
        assertSplit("en", expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Это был, т. е. почти был, конец. | Потом пришла зима.",
            "Мы читали книги, газеты и т. д. и спорили. | Так прошёл год.",
            "В 1999 г. москвичи удивились, а в г. Москва открыли метро. | Все это знали.",
            "Программа шла с 1979 по 1994 г. | С тех пор прошло много лет.",
            "Университет им. Ломоносова открыт. | Вход свободный.",
            "А. С. Пушкин родился в Москве. | Это известно.",
            "Он сказал: «Всё кончено». | Она кивнула.",
            "Он сказал: «Всё кончено.» | Она кивнула."})
    void russian(String expected) {
        assertSplit("ru", expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "O Sr. Silva e a Sra. Costa chegaram. | Depois saíram.",
            "A Dra. Lima falou com o Dr. Reis. | Foi rápido.",
            "Há frutas, p. ex. Maçãs e peras. | Comprei duas.",
            "Ela disse: «Acabou.» | Ele saiu."})
    void portuguese(String expected) {
        assertSplit("pt", expected);
    }

    @Test
    void speakerLabelStartsItsSentenceAndIsNeverSplitFromIt() {
        assertThat(split("en", "<strong class=\"speaker\">Interviewer:</strong> Question? Answer."))
                .containsExactly("<1>Interviewer:</1> Question?", "Answer.");
        assertThat(split("en", "<strong class=\"speaker\">Dr. A. Smith Jr.:</strong> Yes. Indeed."))
                .containsExactly("<1>Dr. A. Smith Jr.:</1> Yes.", "Indeed.");
        assertThat(split("en", "<strong class=\"speaker\">Q.</strong> Why? Because."))
                .containsExactly("<1>Q.</1> Why?", "Because.");
    }

    @Test
    void abbreviationsAreLanguageSpecific() {
        // a control case: without the English list, "Dr." before a capital ends a sentence
        assertThat(split("de", "Dr. Smith kam.")).containsExactly("Dr.", "Smith kam.");
        assertThat(split("en", "Dr. Smith came.")).containsExactly("Dr. Smith came.");
    }

    @Test
    void codeIsOnePlaceholderAndNeverSplit() {
        assertThat(split("en", "Run <code>make. Then</code> twice. Done."))
                .containsExactly("Run {1} twice.", "Done.");
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithoutPlaceholders() {
        assertThat(UnitSegmenter.countWords("<1>Interviewer:</1> It costs 3.5% — don't {2} go.")).isEqualTo(8);
    }
}
