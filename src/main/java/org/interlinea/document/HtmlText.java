package org.interlinea.document;

import java.nio.charset.Charset;
import java.util.regex.Pattern;

import org.interlinea.content.PageText;

/**
 * The text of an HTML file and the charset it was read with, so a merge can write the same bytes back. The
 * encoding is decided as the content sync decides it ({@link PageText}): a byte-order mark, the declared
 * encoding, detection, windows-1252; pages in any of them round-trip unchanged.
 *
 * @param newText what translated text must fit; other characters are written as character references
 */
record HtmlText(String text, Charset charset, Charset newText) {

    /** Any tag, end tag, comment or doctype: without one of these the file is not HTML. */
    private static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z]|/[A-Za-z]|!)");

    static HtmlText decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentException("The file is empty.");
        }
        PageText page;
        try {
            page = PageText.decode(bytes);
        } catch (PageText.Undecodable e) {
            throw new DocumentException(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1)
                    + ".", e);
        }
        String text = page.text();
        if (text.isBlank() || text.equals("\uFEFF")) {
            throw new DocumentException("The file is empty.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DocumentException("The file is binary, not an HTML page (it contains NUL characters).");
        }
        if (!MARKUP.matcher(text).find()) {
            throw new DocumentException("The file is not HTML: it contains no markup at all (plain text?).");
        }
        return new HtmlText(text, page.charset(), page.newText());
    }

    /** Where the document's own text starts: after a byte-order mark, which is not content. */
    int contentStart() {
        return 0;
    }
}
