package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.htmlparser.jericho.Attribute;
import net.htmlparser.jericho.Element;
import net.htmlparser.jericho.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A translation is text: whatever a translator types, the merged page has exactly the source's elements and
 * attributes, and each translated value reads back as typed. Covers every attribute the filter extracts
 * (title, alt on img/area/input, the meta description), in double, single and no quotes, and every
 * placeholder kind (paired, isolated, a pair split over two sentences).
 */
class MergeEscapingTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang=en>
            <head><title>Rivers</title>
            <meta name=description content=Rivers>
            <meta name='keywords' content='not translated'></head>
            <body>
            <p title=Lead>The <a href=/r title=River>river</a> is <em title='Far'>far</em>.</p>
            <p>See <img src=/media/river.jpg alt=River> and <img src="b.png" alt="Boat"> and <img src='c.png' alt='Car'>.</p>
            <p>A map: <map name=m><area shape=rect coords=0,0,1,1 href=/x alt=Area></map>
            <input type=image src=go.png alt=Go><br>Done. It is <b>bold. Really</b> bold.</p>
            <table><tr><td title=Cell>Cell text.</td></tr></table>
            <abbr title=Organisation>ORG</abbr>
            </body></html>
            """;

    /** What an attacker would type into a translation. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Река onerror=alert(document.domain)",
            "x\" onmouseover=\"alert(1)",
            "x' onmouseover='alert(1)",
            "a>b<script>alert(1)</script>",
            "`x` onfocus=alert(1) autofocus",
            "&lt;img src=x onerror=alert(1)&gt; &amp; &#60;",
            "/><svg onload=alert(1)>"})
    void translatedTextNeverBecomesMarkup(String payload) {
        ExtractedDocument doc = HtmlDocuments.extract(PAGE.getBytes(StandardCharsets.UTF_8), "en");
        Map<Integer, String> translations = new HashMap<>();
        Map<Integer, String> expectedText = new HashMap<>();
        for (Segment s : doc.segments()) {
            // keep every placeholder where it was and add the payload as text around them
            String translated = s.context().startsWith("attribute:") || s.context().startsWith("meta:")
                    ? payload : payload + " " + s.text();
            translations.put(s.index(), translated);
            expectedText.put(s.index(), translated);
        }
        String merged = new String(doc.merge(translations, "ru"), StandardCharsets.UTF_8);

        Source source = new Source(PAGE);
        Source output = new Source(merged);
        assertThat(shape(output)).as(merged).isEqualTo(shape(source));
        assertThat(output.getAllElements("script")).isEmpty();
        assertThat(output.getAllElements("svg")).isEmpty();

        // every extracted attribute reads back exactly as the translator typed it
        List<String> attributeValues = new ArrayList<>();
        for (Element e : output.getAllElements()) {
            if (e.getAttributes() == null) {
                continue;
            }
            for (Attribute a : e.getAttributes()) {
                boolean translatable = a.getKey().equals("alt") || a.getKey().equals("title")
                        || (e.getName().equals("meta") && a.getKey().equals("content")
                        && "description".equals(e.getAttributeValue("name")));
                if (translatable) {
                    attributeValues.add(a.getValue());
                }
            }
        }
        assertThat(attributeValues).hasSize(11).allSatisfy(v -> assertThat(v).isEqualTo(payload));
        // the keywords meta is not ours to translate
        assertThat(merged).contains("<meta name='keywords' content='not translated'>");
        // the payload is visible text in the paragraph, not parsed
        String firstParagraph = output.getAllElements("p").getFirst().getTextExtractor().toString();
        assertThat(firstParagraph).startsWith(payload.replaceAll("\\s+", " ").trim());
    }

    /** Untouched pages stay byte-identical, unquoted attributes included. */
    @Test
    void withoutTranslationsNothingIsQuoted() {
        ExtractedDocument doc = HtmlDocuments.extract(PAGE.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(new String(doc.merge(Map.of(), null), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    /**
     * In CDATA text is literal: no references there. A '>' would end the section (XML, after "]]") or the comment
     * an HTML parser reads it as (anywhere), and let the rest become markup.
     */
    @Test
    void insideCdataTextIsWrittenAsItIsAndCannotCloseTheSection() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p><![CDATA[Rivers and boats]]></p></body></html>";
        ExtractedDocument doc = HtmlDocuments.extract(page.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(doc.segments()).extracting(Segment::text).containsExactly("Rivers and boats");
        String merged = new String(doc.merge(Map.of(0, "Rios & barcos ]]> x<img src=x onerror=alert(1)>"), null),
                StandardCharsets.UTF_8);
        assertThat(merged).contains("<![CDATA[Rios & barcos ]]&gt; x<img src=x onerror=alert(1)&gt;]]>");
        int open = merged.indexOf("<![CDATA[");
        assertThat(merged.substring(open, merged.indexOf("]]>", open))).as("one '>', the section's own").doesNotContain(">");

        // A page that declares nothing gets new text as ASCII and references, which CDATA cannot hold.
        String ascii = "<html><body><p><![CDATA[Rivers and boats]]></p></body></html>";
        ExtractedDocument plain = HtmlDocuments.extract(ascii.getBytes(StandardCharsets.US_ASCII), "en");
        assertThatThrownBy(() -> plain.merge(Map.of(0, "Реки"), null)).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("Segment 0: the character Р (U+0420) cannot be written inside <![CDATA[ ]]>");
    }

    /** Every start tag in order with its attribute names: what a translation must not change. */
    private static List<String> shape(Source page) {
        List<String> out = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            StringBuilder b = new StringBuilder(e.getName());
            if (e.getAttributes() != null) {
                for (Attribute a : e.getAttributes()) {
                    if (!(e.getName().equals("html") && (a.getKey().equals("lang") || a.getKey().equals("dir")))) {
                        b.append(' ').append(a.getKey());
                    }
                }
            }
            out.add(b.toString());
        }
        return out;
    }
}
