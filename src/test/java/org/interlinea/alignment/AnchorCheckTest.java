package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlinea.translation.ReviewReason;
import org.junit.jupiter.api.Test;

class AnchorCheckTest {

    @Test
    void aChangedNumberIsADisagreementWithBothNumbersAsArguments() {
        assertThat(AnchorCheck.disagreement("Today the network has 12 volunteer guides and about 60 other volunteers.",
                "Сегодня в сети 10 волонтёров-проводников и около 60 других волонтёров."))
                .contains(ReviewReason.of(ReviewReason.NUMBERS_DIFFER, "12", "10"));
    }

    @Test
    void numberFormatsOfEachLanguageAgree() {
        assertThat(AnchorCheck.disagreement("It grew by 1.5% to 1,850 metres.", "Вырос на 1,5% до 1850 метров.")).isEmpty();
        assertThat(AnchorCheck.disagreement("More than 380,000 people", "Свыше 380 тысяч людей")).isEmpty();
        assertThat(AnchorCheck.disagreement("up to 3,000 products", "до 3 тыс. наименований")).isEmpty();
        assertThat(AnchorCheck.disagreement("for £125m", "por 125 milhões de libras")).isEmpty();
        assertThat(AnchorCheck.disagreement("in the 1930s", "в 30-е годы")).isEmpty();
    }

    @Test
    void clockTimesAgreeInEachLanguagesNotation() {
        assertThat(AnchorCheck.disagreement("between 10 p.m. and 4 a.m.", "с 22:00 до 4:00")).isEmpty();
        assertThat(AnchorCheck.disagreement("at 10 p.m. on 8 January 2026", "в 22:00, 8 января 2026 г.")).isEmpty();
        assertThat(AnchorCheck.disagreement("just before 7 a.m.", "около 7 утра")).isEmpty();
        assertThat(AnchorCheck.disagreement("at 7 p.m. ET", "às 7 da tarde")).isEmpty();
        assertThat(AnchorCheck.disagreement("at 10 p.m.", "в 21:00")).contains(
                ReviewReason.of(ReviewReason.NUMBERS_DIFFER, "10 p.m.", "21:00"));
    }

    @Test
    void convertedMeasuresAreNotCompared() {
        assertThat(AnchorCheck.disagreement("up to 10 inches of rain", "более 25 см осадков")).isEmpty();
        assertThat(AnchorCheck.disagreement("1 to 4 inches of rain", "от 2,5 до 10 см")).isEmpty();
        assertThat(AnchorCheck.disagreement("a 650 pound pig", "300-килограммовое животное")).isEmpty();
    }

    @Test
    void aSpelledOutNumberOnOneSideIsNoAlarm() {
        assertThat(AnchorCheck.disagreement("two volunteers in 2023", "2 волонтёра в 2023 г.")).isEmpty();
    }

    @Test
    void aDifferentMonthIsADateDisagreement() {
        assertThat(AnchorCheck.disagreement("on 8 January", "8 февраля")).contains(
                ReviewReason.of(ReviewReason.DATES_DIFFER, "January", "февраля"));
        assertThat(AnchorCheck.disagreement("in March", "в марте")).isEmpty();
        assertThat(AnchorCheck.disagreement("on 3 May", "3 мая")).isEmpty();
        assertThat(AnchorCheck.disagreement("You may go in May 2024.", "Pode ir em maio de 2024.")).isEmpty();
    }

    @Test
    void aPersonWithAnotherGivenNameIsANameDisagreement() {
        assertThat(AnchorCheck.disagreement("Yesterday Paolo Ferrante said no.", "Вчера Марко Ферранте сказал нет."))
                .contains(ReviewReason.of(ReviewReason.NAMES_DIFFER, "Paolo Ferrante", "Марко Ферранте"));
        assertThat(AnchorCheck.disagreement("Yesterday Paolo Ferrante said no.", "Вчера Паоло Ферранте сказал нет."))
                .isEmpty();
        assertThat(AnchorCheck.disagreement("Bubba Watson and Webb Simpson won.", "Бубба Уотсон и Уэбб Симпсон выиграли."))
                .isEmpty();
        assertThat(AnchorCheck.disagreement("The vote on North Macedonia.", "Голосование о Северной Македонии."))
                .isEmpty();
    }
}
