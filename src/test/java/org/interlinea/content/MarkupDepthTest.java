package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cheap depth check that keeps pathologically nested pages away from the HTML filter. */
class MarkupDepthTest {

    private static String body(String inside) {
        return "<!DOCTYPE html>\n<html><head><title>T</title></head>\n<body>\n" + inside + "\n</body></html>";
    }

    @Test
    void nestedElementsPastTheLimitAreFoundWithTheirLine() {
        String deep = body("<div>".repeat(2_000) + "x" + "</div>".repeat(2_000));

        assertThat(MarkupDepth.lineBeyond(deep, 1_000)).hasValue(4);
        assertThat(MarkupDepth.lineBeyond(deep, 2_002)).isEmpty(); // html, body and the divs
    }

    @Test
    void endTagsLeftOutDoNotAddUp() {
        String paragraphs = "<p>One sentence.".repeat(3_000);
        String items = "<ul>" + "<li>An item".repeat(3_000) + "</ul>";
        String rows = "<table>" + "<tr><td>a<td>b".repeat(3_000) + "</table>";
        String terms = "<dl>" + "<dt>term<dd>definition".repeat(3_000) + "</dl>";
        String options = "<select>" + "<option>one".repeat(3_000) + "</select>";
        String paragraphsAndBlocks = "<p>text <div>block</div>".repeat(3_000);
        String voids = "<br><img src=x.png><hr><input>".repeat(3_000);
        String selfClosed = "<span/>".repeat(3_000);
        String unclosedInline = "<p><b>bold".repeat(3_000);

        for (String html : new String[] {paragraphs, items, rows, terms, options, paragraphsAndBlocks, voids,
                selfClosed, unclosedInline}) {
            assertThat(MarkupDepth.lineBeyond(body(html), 10)).as(html.substring(0, 30)).isEmpty();
        }
    }

    @Test
    void commentsScriptsAndAttributesAreNotTags() {
        String html = body("<!-- " + "<div>".repeat(50) + " -->"
                + "<script>let s = '" + "<div>".repeat(50) + "';</script>"
                + "<style>/* <div><div> */</style>"
                + "<a title=\"a > b <div>\" href='x'>link</a>"
                + "<![CDATA[ <div> ]]><?php echo '<div>'; ?>"
                + "a < b and 3<4 <div>text</div>");

        assertThat(MarkupDepth.lineBeyond(html, 4)).isEmpty();
    }

    @Test
    void strayEndTagsCloseNothing() {
        String html = body("</div></span></p>".repeat(100) + "<div><div><div>deep</div></div></div>");

        assertThat(MarkupDepth.lineBeyond(html, 4)).hasValue(4); // html, body, div, div, div
        assertThat(MarkupDepth.lineBeyond(html, 5)).isEmpty();
    }

    @Test
    void noPageOfTheDemoCorpusComesNearTheDefaultLimit() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("translations"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(MarkupDepth.lineBeyond(Files.readString(file), 40)).as(file.toString()).isEmpty();
            }
        }
    }
}
