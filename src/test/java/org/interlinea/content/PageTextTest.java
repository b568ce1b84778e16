package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.interlinea.content.PageText.Basis;
import org.junit.jupiter.api.Test;

/** The one encoding decision: byte-order mark, declaration, detection, windows-1252; always writing back the same bytes. */
class PageTextTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static PageText read(byte[] bytes) {
        PageText page = PageText.decode(bytes);
        assertThat(page.text().getBytes(page.charset())).as("written back").isEqualTo(bytes);
        return page;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof byte[] b) {
                out.writeBytes(b);
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aByteOrderMarkDecides() {
        String html = "<html><body><p>Olá — привет</p></body></html>";
        PageText utf8 = read(bytes(0xEF, 0xBB, 0xBF, html));
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.basis()).isEqualTo(Basis.BYTE_ORDER_MARK);
        assertThat(utf8.text()).isEqualTo("\uFEFF" + html);
        PageText le = read(bytes(0xFF, 0xFE, html.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(le.text()).isEqualTo("\uFEFF" + html);
        assertThat(read(bytes(0xFE, 0xFF, html.getBytes(StandardCharsets.UTF_16BE))).charset())
                .isEqualTo(StandardCharsets.UTF_16BE);
        // A BOM wins over a declaration that says otherwise.
        assertThat(read(bytes(0xEF, 0xBB, 0xBF, "<meta charset=\"iso-8859-1\"><p>é</p>")).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsTextNotBinary() {
        String html = "<html><head><title>Заметки</title></head><body><p>日本語も。 Plain text too.</p></body></html>";
        PageText le = read(html.getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(le.basis()).isEqualTo(Basis.DETECTED);
        assertThat(le.warnings()).singleElement().asString().contains("without a byte-order mark");
        assertThat(read(html.getBytes(StandardCharsets.UTF_16BE)).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void utf32AndBinaryFilesAreRefusedWithAKey() {
        assertThatThrownBy(() -> PageText.decode("<html><p>x</p></html>".getBytes(Charset.forName("UTF-32LE"))))
                .isInstanceOfSatisfying(PageText.Undecodable.class, e -> assertThat(e.key()).isEqualTo(PageText.UTF32))
                .hasMessageContaining("save it as UTF-8");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> PageText.decode(png))
                .isInstanceOfSatisfying(PageText.Undecodable.class, e -> assertThat(e.key()).isEqualTo(PageText.BINARY))
                .hasMessageContaining("binary");
    }

    @Test
    void declarationsAsBrowsersReadThem() {
        byte[] koi8 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"></head><body><p>Привет</p></body></html>"
                .getBytes(Charset.forName("KOI8-R"));
        PageText page = read(koi8);
        assertThat(page.charset().name()).isEqualTo("KOI8-R");
        assertThat(page.basis()).isEqualTo(Basis.DECLARED);
        assertThat(page.warnings()).isEmpty();
        assertThat(page.text()).contains("<p>Привет</p>");
        // XHTML's XML declaration, when there is no meta
        assertThat(read("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><p>Мир</p></html>"
                .getBytes(Charset.forName("windows-1251"))).charset().name()).isEqualTo("windows-1251");
        // a declaration in a comment is not one
        byte[] commented = "<!-- <meta charset=\"koi8-r\"> --><html><p>plain</p></html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(read(commented).basis()).isEqualTo(Basis.DEFAULT);
    }

    @Test
    void latin1AndAsciiLabelsMeanWindows1252ButNewTextStaysInsideTheLabel() {
        byte[] latin1 = "<meta charset=\"ISO-8859-1\"><p>“Café” – 5 €</p>".getBytes(CP1252);
        PageText page = read(latin1);
        assertThat(page.charset().name()).isEqualTo("windows-1252");
        assertThat(page.text()).contains("“Café” – 5 €");
        assertThat(page.newText()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(read("<meta charset=us-ascii><p>x</p>".getBytes(CP1252)).newText()).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(read("<meta charset=windows-1252><p>x</p>".getBytes(CP1252)).newText().name()).isEqualTo("windows-1252");
    }

    @Test
    void windows1252ReadsTheFiveBytesJavaLeavesUndefined() {
        byte[] page = bytes("<html><p>odd ", 0x81, 0x8D, 0x8F, 0x90, 0x9D, " bytes ", 0x80, "</p></html>");
        PageText text = read(page);
        assertThat(text.charset().name()).isEqualTo("windows-1252");
        assertThat(text.text()).contains("odd \u0081\u008D\u008F\u0090\u009D bytes €");
    }

    @Test
    void aUtf8PageUnderALatin1LabelIsReadAsUtf8WithAWarning() {
        byte[] page = "<meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-1\"><p>Café — naïve</p>"
                .getBytes(StandardCharsets.UTF_8);
        PageText text = read(page);
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text.text()).contains("Café — naïve");
        assertThat(text.warnings()).singleElement().asString()
                .startsWith("encoding: the page declares ISO-8859-1 but is written in UTF-8");
    }

    @Test
    void aLatin1PageUnderAUtf8LabelIsDetectedWithAWarning() {
        byte[] page = "<meta charset=\"utf-8\"><p>Le café est fermé. Ça arrive à la fin de l'été, même à Noël.</p>"
                .getBytes(CP1252);
        PageText text = read(page);
        assertThat(text.charset().name()).isEqualTo("windows-1252");
        assertThat(text.text()).contains("Le café est fermé. Ça arrive");
        assertThat(text.warnings()).singleElement().asString()
                .startsWith("encoding: the page declares utf-8 but the byte 0xE9 at line 1, column 32 is not valid UTF-8");
    }

    @Test
    void aStrayByteInAUtf8PageIsRefusedWithItsPlaceAndAKey() {
        byte[] page = bytes("<meta charset=\"utf-8\">\n<p>Grüße aus Köln, schöne Grüße.</p>\n<p>Caf", 0xE9, "</p>");
        assertThatThrownBy(() -> PageText.decode(page))
                .isInstanceOfSatisfying(PageText.Undecodable.class, e -> {
                    assertThat(e.key()).isEqualTo(PageText.INVALID_BYTE);
                    assertThat(e.args()).containsExactly("UTF-8", "E9", "3", "7");
                })
                .hasMessageStartingWith("the byte 0xE9 at line 3, column 7");
        // the same without a declaration, and under a Latin-1 label that a single-byte reading would believe
        assertThatThrownBy(() -> PageText.decode(bytes("<p>Grüße, schöne Grüße. Caf", 0xE9, "</p>")))
                .hasMessageContaining("is not valid UTF-8");
        assertThatThrownBy(() -> PageText.decode(bytes("<meta charset=iso-8859-1><p>Grüße, schöne. Caf", 0xE9, "</p>")))
                .hasMessageContaining("is not valid UTF-8");
    }

    @Test
    void aBrokenByteInADeclaredLegacyPageIsRefusedNotGuessedAway() {
        byte[] sjis = "<meta charset=\"Shift_JIS\"><p>図書館は三月十五日まで休館します。</p>".getBytes(Charset.forName("Shift_JIS"));
        byte[] broken = sjis.clone();
        broken[broken.length - 8] = (byte) 0xFF; // not a Shift_JIS byte
        assertThatThrownBy(() -> PageText.decode(broken))
                .isInstanceOfSatisfying(PageText.Undecodable.class,
                        e -> assertThat(e.args().getFirst()).isEqualTo("Shift_JIS"));
        // a character only Microsoft's Shift_JIS has (circled digit one) reads with windows-31j
        PageText nec = read(bytes("<meta charset=\"shift_jis\"><p>", 0x87, 0x40, "</p>"));
        assertThat(nec.charset().name()).isEqualTo("windows-31j");
        assertThat(nec.text()).contains("<p>①</p>");
    }

    @Test
    void aCharacterWithTwoFormsIsRefusedRatherThanWrittenBackInTheOther() {
        // 0x879A is NEC's "∵"; windows-31j writes that character as 0x81E6, JIS X 0208's form
        assertThatThrownBy(() -> PageText.decode(bytes("<meta charset=\"Shift_JIS\">\n<p>", 0x87, 0x9A, "</p>")))
                .isInstanceOfSatisfying(PageText.Undecodable.class, e -> {
                    assertThat(e.key()).isEqualTo(PageText.TWO_FORMS);
                    assertThat(e.args()).containsExactly("windows-31j", "2", "4");
                });
    }

    @Test
    void anUnknownLabelIsWarnedAboutAndTheEncodingDetected() {
        PageText page = read("<meta charset=\"x-klingon\"><p>Привет, как дела? Всё хорошо, спасибо.</p>"
                .getBytes(Charset.forName("windows-1251")));
        assertThat(page.charset().name()).isEqualTo("windows-1251");
        assertThat(page.warnings()).singleElement().asString().contains("'x-klingon', which is not known");
    }

    @Test
    void withoutDeclaration() {
        // plain ASCII: any reading gives the same text; new text is written as references, right in every reading
        PageText ascii = read("<html><p>Hello.</p></html>".getBytes(StandardCharsets.US_ASCII));
        assertThat(ascii.basis()).isEqualTo(Basis.DEFAULT);
        assertThat(ascii.newText()).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(ascii.warnings()).isEmpty();
        PageText utf8 = read("<html><p>Olá, mundo.</p></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.basis()).isEqualTo(Basis.DETECTED);
        assertThat(utf8.warnings()).singleElement().asString().contains("does not declare its encoding");
        PageText koi8 = read(("<html><head><title>Новости</title></head><body><p>Сегодня в Москве прошла встреча, на "
                + "которой обсуждали будущее города и его жителей.</p></body></html>").getBytes(Charset.forName("KOI8-R")));
        assertThat(koi8.charset().name()).isEqualTo("KOI8-R");
        assertThat(koi8.text()).contains("Сегодня в Москве");
        // too little text for statistics: the HTML default
        PageText shortLatin = read("<p>Café</p>".getBytes(CP1252));
        assertThat(shortLatin.charset().name()).isEqualTo("windows-1252");
        assertThat(shortLatin.basis()).isEqualTo(Basis.DEFAULT);
        assertThat(shortLatin.warnings()).singleElement().asString().contains("windows-1252, the HTML default");
    }

    @Test
    void readingsWithWordsNoLanguageWritesComeLast() {
        assertThat(Detection.implausibleWords("Cafщ crшme brыlщe")).isEqualTo(3); // windows-1252 read as KOI8-R
        assertThat(Detection.implausibleWords("Ïðèâåò, ìèð, äðóçüÿ")).isEqualTo(2); // windows-1251 read as windows-1252
        assertThat(Detection.implausibleWords("z³oty quoted")).isEqualTo(3); // ISO-8859-2, windows-1252
        assertThat(Detection.implausibleWords("Café crème, naïve, à été, Příliš žluťoučký, Привет мир, 5 € ±2")).isZero();
    }
}
