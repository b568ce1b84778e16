package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MergeTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head><meta charset="utf-8"><title>Rivers &amp; people</title>
            <meta name="description" content="A short &quot;test&quot; page."></head>
            <body>
            <p><strong class="speaker">Interviewer:</strong> Where   is the
               <a href="/r" title="River page">river</a>? It is <em>far</em>.</p>
            <p>See <img src="a.png" alt="A map"> here.<br>Done.</p>
            </body></html>
            """;

    private final ExtractedDocument doc = HtmlDocuments.extract(PAGE.getBytes(StandardCharsets.UTF_8), "en");

    private String merge(Map<Integer, String> translations, String language) {
        return new String(doc.merge(translations, language), StandardCharsets.UTF_8);
    }

    @Test
    void segmentsWithContextsAndPlaceholders() {
        assertThat(doc.segments()).extracting(Segment::context, Segment::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", "Rivers & people"),
                org.assertj.core.groups.Tuple.tuple("meta:description", "A short \"test\" page."),
                org.assertj.core.groups.Tuple.tuple("p", "<1>Interviewer:</1> Where is the <2>river</2>?"),
                org.assertj.core.groups.Tuple.tuple("p", "It is <1>far</1>."),
                org.assertj.core.groups.Tuple.tuple("attribute:title", "River page"),
                org.assertj.core.groups.Tuple.tuple("p", "See {1} here.{2}Done."),
                org.assertj.core.groups.Tuple.tuple("attribute:alt", "A map"));
        assertThat(doc.segments()).extracting(Segment::paragraph).containsExactly(0, 1, 2, 2, 3, 4, 5);
        assertThat(doc.placeholders(2)).containsEntry("<2>", "<a href=\"/r\" title=\"River page\">")
                .containsEntry("</2>", "</a>");
    }

    @Test
    void noChangesGiveTheSameBytes() {
        assertThat(doc.merge(Map.of(), null)).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void translationsReplaceOnlyTheirSentences() {
        String out = merge(Map.of(
                2, "<1>Entrevistador:</1> Onde fica o <2>rio</2>?",
                4, "Página do \"rio\"",
                6, "Um mapa <b>",
                1, "Uma página de \"teste\" & mais."), null);
        assertThat(out).contains("<p><strong class=\"speaker\">Entrevistador:</strong> Onde fica o\n"
                .substring(0, 50));
        assertThat(out).contains("<strong class=\"speaker\">Entrevistador:</strong> Onde fica o "
                + "<a href=\"/r\" title=\"Página do &quot;rio&quot;\">rio</a>? It is <em>far</em>.</p>");
        assertThat(out).contains("alt=\"Um mapa &lt;b&gt;\"");
        assertThat(out).contains("content=\"Uma página de &quot;teste&quot; &amp; mais.\"");
        assertThat(out).contains("<title>Rivers &amp; people</title>");
    }

    @Test
    void translationMayMovePlaceholdersButNotLoseOrInventThem() {
        assertThat(merge(Map.of(3, "<1>Longe</1> está."), null)).contains("<em>Longe</em> está.</p>");
        assertThatThrownBy(() -> doc.merge(Map.of(3, "Está longe."), null))
                .isInstanceOf(DocumentException.class).hasMessageContaining("Segment 3").hasMessageContaining("<1>");
        assertThatThrownBy(() -> doc.merge(Map.of(3, "Está <1>longe</1> {7}."), null))
                .isInstanceOf(DocumentException.class).hasMessageContaining("Segment 3").hasMessageContaining("{7}");
        assertThatThrownBy(() -> doc.merge(Map.of(3, "Está </1>longe<1>."), null))
                .isInstanceOf(DocumentException.class).hasMessageContaining("Segment 3");
        // a lone image or line break may be dropped
        assertThat(merge(Map.of(5, "Veja aqui.{2}Pronto."), null)).contains("<p>Veja aqui.<br>Pronto.</p>");
        assertThatThrownBy(() -> doc.merge(Map.of(99, "x"), null)).isInstanceOf(DocumentException.class);
    }

    @Test
    void targetLanguageSetsLangAndDirection() {
        assertThat(merge(Map.of(), "pt")).contains("<html lang=\"pt\">").doesNotContain("dir=");
        assertThat(merge(Map.of(), "ar")).contains("<html lang=\"ar\" dir=\"rtl\">");
        String noLang = "<html><body><p>Hi.</p></body></html>";
        ExtractedDocument d = HtmlDocuments.extract(noLang.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(new String(d.merge(Map.of(), "he"), StandardCharsets.UTF_8))
                .isEqualTo("<html lang=\"he\" dir=\"rtl\"><body><p>Hi.</p></body></html>");
    }

    @Test
    void scriptStylePreAndCodeAreNotTranslatable() {
        String html = "<html><head><style>p { color: red }</style><script>var s = 'Hello. World.';</script></head>"
                + "<body><pre>Keep this. As is.</pre><p>Call <code>f(x)</code> now.</p></body></html>";
        ExtractedDocument d = HtmlDocuments.extract(html.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(d.segments()).extracting(Segment::text).containsExactly("Call {1} now.");
        assertThat(d.placeholders(0)).containsEntry("{1}", "<code>f(x)</code>");
    }
}
