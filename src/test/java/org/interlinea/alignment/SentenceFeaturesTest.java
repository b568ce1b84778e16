package org.interlinea.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

    @Test
    void decimalsAreTheSameWithPointOrComma() {
        assertThat(SentenceFeatures.numbers("grew by 3.5%")).isEqualTo(SentenceFeatures.numbers("вырос на 3,5%"));
        assertThat(SentenceFeatures.numbers("3.50")).isEqualTo(SentenceFeatures.numbers("3,5"));
    }

    @Test
    void thousandsAreTheSameWithCommaSpaceOrPoint() {
        int[] en = SentenceFeatures.numbers("1,200 people");
        assertThat(SentenceFeatures.numbers("1 200 человек")).isEqualTo(en);
        assertThat(SentenceFeatures.numbers("1\u00A0200 человек")).isEqualTo(en);
        assertThat(SentenceFeatures.numbers("1.200 Menschen")).isEqualTo(en);
        assertThat(SentenceFeatures.numbers("1200 pessoas")).isEqualTo(en);
        assertThat(SentenceFeatures.numbers("1,200,000")).isEqualTo(SentenceFeatures.numbers("1 200 000"));
    }

    @Test
    void adjacentNumbersStaySeparateAndYearsAreNumbers() {
        assertThat(SentenceFeatures.numbers("on 9 September 1988, 12 people")).hasSize(3);
        assertThat(SentenceFeatures.numbers("in 2019 123 people")).hasSize(2);
        assertThat(SentenceFeatures.numbers("3.5")).isNotEqualTo(SentenceFeatures.numbers("35"));
    }

    @Test
    void namesMatchAcrossCyrillicAndLatinScript() {
        assertThat(Transliteration.nameKey("Трамп")).isEqualTo(Transliteration.nameKey("Trump"));
        assertThat(Transliteration.nameKey("Трампом")).isEqualTo(Transliteration.nameKey("Trump"));
        assertThat(Transliteration.nameKey("Вашингтоне")).isEqualTo(Transliteration.nameKey("Washington"));
        assertThat(Transliteration.nameKey("Москва")).isEqualTo(Transliteration.nameKey("Moscow"));
        assertThat(Transliteration.nameKey("Майкрософт")).isEqualTo(Transliteration.nameKey("Microsoft"));
        assertThat(Transliteration.nameKey("Путин")).isNotEqualTo(Transliteration.nameKey("Trump"));
        assertThat(Transliteration.nameKey("Ann")).isNull();
    }

    @Test
    void lengthCountsWhiteSpaceRunsOnceAndPunctuationIsCounted() {
        SentenceFeatures f = SentenceFeatures.of("Why ( really ) ?");
        assertThat(f.length()).isEqualTo(16);
        assertThat(f.punctuation()[0]).isEqualTo((byte) 1);
        assertThat(f.punctuation()[2]).isEqualTo((byte) 1);
        assertThat(f.lastMark()).isEqualTo('?');
        assertThat(SentenceFeatures.of("A  \t b").length()).isEqualTo(3);
    }
}
