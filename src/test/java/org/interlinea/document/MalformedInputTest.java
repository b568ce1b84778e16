package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MalformedInputTest {

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> HtmlDocuments.extract(new byte[0], "en"))
                .isInstanceOf(DocumentException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> HtmlDocuments.extract(" \n ".getBytes(StandardCharsets.UTF_8), "en"))
                .isInstanceOf(DocumentException.class).hasMessage("The file is empty.");
    }

    @Test
    void aStrayByteInAUtf8PageIsRefusedWithItsPlace() {
        // A page in UTF-8 (its "ü" is two bytes) with one character typed in Latin-1: reading it in any single
        // encoding would garble one or the other, so it is refused, saying where to look.
        byte[] page = concat("<html><body><p>Grüße aus Köln.</p>\n<p>Caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, "</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> HtmlDocuments.extract(page, "de"))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("The byte 0xE9 at line 2, column 7 (byte 44) is not valid UTF-8");
    }

    @Test
    void latin1WithoutDeclarationIsReadAsWindows1252AndWrittenBackAsItWas() {
        byte[] latin1 = "<p>Café “quoted”</p>".getBytes(Charset.forName("windows-1252"));
        ExtractedDocument doc = HtmlDocuments.extract(latin1, "en");
        assertThat(doc.charset().name()).isEqualTo("windows-1252");
        assertThat(doc.segments()).extracting(Segment::text).containsExactly("Café “quoted”");
        assertThat(doc.merge(java.util.Map.of(), null)).isEqualTo(latin1);
    }

    @Test
    void aPageLabelledLatin1KeepsItsWindows1252Quotes() {
        // Okapi used to copy such a page through ISO-8859-1, which has no curly quotes: they became '?' and the
        // page could not be read reliably.
        byte[] page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>“Quoted” – 5 €.</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        ExtractedDocument doc = HtmlDocuments.extract(page, "en");
        assertThat(doc.segments()).extracting(Segment::text).containsExactly("“Quoted” – 5 €.");
        assertThat(doc.merge(java.util.Map.of(), null)).isEqualTo(page);
        // new text stays inside Latin-1, which the page says it is in
        assertThat(new String(doc.merge(java.util.Map.of(0, "“Cité” — ça"), null), Charset.forName("windows-1252")))
                .contains("<p>&#8220;Cit\u00e9&#8221; &#8212; \u00e7a</p>");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void declaredCharsetIsHonouredAndWrittenBack() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир.</p></body></html>"
                .getBytes(cp1251);
        ExtractedDocument doc = HtmlDocuments.extract(page, "ru");
        assertThat(doc.segments()).extracting(Segment::text).containsExactly("Привет, мир.");
        assertThat(doc.merge(java.util.Map.of(), null)).isEqualTo(page);
        byte[] merged = doc.merge(java.util.Map.of(0, "Hello, wörld ✓."), null);
        assertThat(new String(merged, cp1251)).contains("<p>Hello, w&#246;rld &#10003;.</p>");
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> HtmlDocuments.extract(png, "en"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("binary");
    }

    @Test
    void plainText() {
        byte[] text = "Just a letter.\nNo markup at all.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HtmlDocuments.extract(text, "en"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("not HTML");
    }

    @Test
    void byteOrderMarkIsKept() {
        byte[] page = ("\uFEFF<html><body><p>One. Two.</p></body></html>").getBytes(StandardCharsets.UTF_8);
        ExtractedDocument doc = HtmlDocuments.extract(page, "en");
        assertThat(doc.segments()).extracting(Segment::text).containsExactly("One.", "Two.");
        byte[] merged = doc.merge(java.util.Map.of(1, "Deux."), null);
        assertThat(Arrays.copyOf(merged, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(merged, StandardCharsets.UTF_8)).endsWith("<p>One. Deux.</p></body></html>");
    }
}
