package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10, point 7: a page's own text that looks like placeholder syntax is extracted and merged as text. */
class LiteralPlaceholderMergeTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Templates {1}</title></head>
            <body>
            <p>Write {1}, &lt;2&gt; or &lt;/3&gt; where <b>the name</b> goes; {\\4} stays as it is.</p>
            <p><img src="a.png" alt="Slot {1}"> Done.</p>
            </body></html>
            """;

    private final ExtractedDocument doc = HtmlDocuments.extract(PAGE.getBytes(StandardCharsets.UTF_8), "en");

    @Test
    void extractedEscapedSoOnlyMarkupIsAPlaceholder() {
        assertThat(doc.segments()).extracting(Segment::text).containsExactly(
                "Templates {\\1}",
                "Write {\\1}, <\\2> or </\\3> where <1>the name</1> goes; {\\\\4} stays as it is.",
                "{1} Done.",
                "Slot {\\1}");
        assertThat(doc.placeholders(1)).containsOnlyKeys("<1>", "</1>");
        assertThat(doc.segment(1).words()).as("the literal's number is a word of the text").isEqualTo(14);
        assertThat(doc.merge(Map.of(), null)).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTranslationThatKeepsItIsWrittenBackAsThePageWroteIt() {
        String out = new String(doc.merge(Map.of(
                0, "Modelos {\\1}",
                1, "Escreva {\\1}, <\\2> ou </\\3> onde vai <1>o nome</1>; {\\\\4} fica como está.",
                3, "Lugar {\\1}"), "pt"), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo(PAGE.replace("<html lang=\"en\">", "<html lang=\"pt\">")
                .replace("Templates {1}", "Modelos {1}")
                .replace("Write {1}, &lt;2&gt; or &lt;/3&gt; where <b>the name</b> goes; {\\4} stays as it is.",
                        "Escreva {1}, &lt;2&gt; ou &lt;/3&gt; onde vai <b>o nome</b>; {\\4} fica como está.")
                .replace("alt=\"Slot {1}\"", "alt=\"Lugar {1}\""));
    }

    @Test
    void aPlaceholderTheSourceDoesNotHaveIsStillRefused() {
        assertThatThrownBy(() -> doc.merge(Map.of(0, "Modelos {1}"), "pt"))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("the translation has a placeholder {1} that the source text does not have");
    }
}
