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
    void notUtf8() {
        byte[] latin1 = "<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> HtmlDocuments.extract(latin1, "en"))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("The file is not UTF-8 text (invalid byte 0xE9 at offset 6)");
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
