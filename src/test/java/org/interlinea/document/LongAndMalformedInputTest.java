package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages a browser shows although their markup is broken, and paragraphs no sentence rule cuts: each is extracted
 * into segments a translator can work in, and merges back byte for byte.
 */
class LongAndMalformedInputTest {

    @TempDir
    Path dir;

    /** A paragraph of about {@code length} characters with commas but no full stop. */
    static String endlessParagraph(int length) {
        String[] words = {"river", "boat", "water", "snow", "border", "night", "shift", "radio", "volunteer"};
        StringBuilder p = new StringBuilder();
        for (int i = 0; p.length() < length; i++) {
            p.append(words[i % words.length]).append(i % 11 == 10 ? ", " : " ");
        }
        return p.toString().strip();
    }

    private static ExtractedDocument extract(String html) {
        return HtmlDocuments.extract(html.getBytes(StandardCharsets.UTF_8), "en");
    }

    private RoundTrip.Result roundTrip(String name, String html) throws IOException {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html);
        return RoundTrip.check(page, "en");
    }

    @Test
    void aFiftyThousandCharacterParagraphBecomesBoundedSegmentsAndMergesBack() throws IOException {
        String paragraph = endlessParagraph(50_000);
        String html = "<html><head><title>Long</title></head><body><p>" + paragraph + "</p></body></html>";

        ExtractedDocument doc = extract(html);

        assertThat(doc.segments()).hasSizeBetween(26, 52);
        assertThat(doc.segments()).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(2_000));
        // Cut after a clause where there is one, between words otherwise: no word is split, nothing lost.
        assertThat(doc.segments().subList(1, doc.segments().size() - 1))
                .allSatisfy(s -> assertThat(s.text()).endsWith(","));
        assertThat(String.join(" ", doc.segments().subList(1, doc.segments().size()).stream().map(Segment::text)
                .toList())).isEqualTo(paragraph);
        assertThat(doc.paragraphCount()).isEqualTo(2);
        Map<Integer, String> translated = new HashMap<>();
        doc.segments().forEach(s -> translated.put(s.index(), "PT " + s.text()));
        String merged = new String(doc.merge(translated, "pt"), StandardCharsets.UTF_8);
        assertThat(merged).contains("<p>PT river boat").doesNotContain("</p>PT");
        assertThat(roundTrip("long", html).problem()).isNull();
    }

    @Test
    void aParagraphWithoutSpacesIsCutAnywhereButNeverInsideMarkup() throws IOException {
        String run = "ж".repeat(3_000) + "<b>" + "x".repeat(1_500) + "</b>" + "a😀".repeat(1_000);
        String html = "<html><body><p>" + run + "</p></body></html>";

        ExtractedDocument doc = extract(html);

        assertThat(doc.segments()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("", doc.segments().stream().map(Segment::text).toList()).replace("{1}", ""))
                .isEqualTo(run.replaceAll("</?b>", ""));
        assertThat(doc.segments()).allSatisfy(s -> {
            // the bound counts a tag as its two-character marker, so a placeholder may add a character
            assertThat(s.text().length()).isLessThanOrEqualTo(2_001);
            assertThat(Character.isLowSurrogate(s.text().charAt(0))).as("a pair of UTF-16 halves stays whole").isFalse();
        });
        assertThat(roundTrip("spaceless", html).problem()).isNull();
    }

    @Test
    void unclosedTagsAndStrayClosingTagsRoundTrip() throws IOException {
        String html = "<html><body><div><p>Unclosed <b>bold and <i>italic.</p></div></div></div>"
                + "<p>Stray close.</span></p><li>A list item without a list<p>After it.</body></html>";

        ExtractedDocument doc = extract(html);

        assertThat(doc.segments()).extracting(Segment::text)
                .containsExactly("Unclosed {1}bold and {2}italic.", "Stray close.{1}", "A list item without a list",
                        "After it.");
        assertThat(roundTrip("unclosed", html).problem()).isNull();
    }

    @Test
    void brokenAttributesRoundTripAndNeverShowTheirMarkupAsText() throws IOException {
        String odd = "<html><body><p id=a\"b\" =c data-x=>Odd attributes.</p>"
                + "<table border=1\" width=\"5\"><tr><td>Cell text.</td></tr></table></body></html>";
        assertThat(extract(odd).segments()).extracting(Segment::text).containsExactly("Odd attributes.", "Cell text.");
        assertThat(roundTrip("odd-attributes", odd).problem()).isNull();

        // An unclosed quote: a browser shows nothing after it; the translator is not shown the tag as text.
        String unclosedQuote = "<html><body><p>First one.</p><p class=\"a title='x>Broken attribute.</p></body></html>";
        assertThat(extract(unclosedQuote).segments()).extracting(Segment::text)
                .containsExactly("First one.", "Broken attribute.");
        assertThat(roundTrip("unclosed-quote", unclosedQuote).problem()).isNull();
    }

    @Test
    void pagesWithoutTextHaveNoSegments() {
        assertThat(extract("<html><body></body></html>").segments()).isEmpty();
        assertThat(extract("<html><body>  \n\t </body></html>").segments()).isEmpty();
        assertThat(extract("<html><body><img src=\"a.png\"><hr><p> &nbsp; – </p></body></html>").segments()).isEmpty();
    }
}
