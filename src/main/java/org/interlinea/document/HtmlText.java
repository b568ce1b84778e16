package org.interlinea.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML file and the charset it was read with, so a merge can write the same bytes back.
 * Pages are expected in UTF-8; a byte-order mark or a charset declared in a meta tag is honoured, as a
 * browser would, because real pages in other encodings exist and must round-trip unchanged.
 */
record HtmlText(String text, Charset charset, Charset declared) {

    /** Meta declarations are searched in the first bytes only, like the HTML sniffing algorithm does. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Any tag, end tag, comment or doctype: without one of these the file is not HTML. */
    private static final Pattern MARKUP = Pattern.compile("<(?:[A-Za-z]|/[A-Za-z]|!)");

    static HtmlText decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DocumentException("The file is empty.");
        }
        Charset charset = bomCharset(bytes);
        if (charset == null) {
            if (indexOf(bytes, (byte) 0) >= 0) {
                throw new DocumentException("The file is binary, not an HTML page (it contains NUL bytes).");
            }
            charset = declaredCharset(bytes);
        }
        String text = strictDecode(bytes, charset);
        if (text.isBlank() || text.equals("\uFEFF")) {
            throw new DocumentException("The file is empty.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new DocumentException("The file is binary, not an HTML page (it contains NUL characters).");
        }
        if (!MARKUP.matcher(text).find()) {
            throw new DocumentException("The file is not HTML: it contains no markup at all (plain text?).");
        }
        return new HtmlText(text, charset, declared(bytes, charset));
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The charset new text must fit when the page is written back: the one the page declares. A page
     * labelled Latin-1 is read as windows-1252, but Okapi (and old tools) re-encode it as true Latin-1,
     * so characters outside Latin-1 are written as character references.
     */
    private static Charset declared(byte[] bytes, Charset read) {
        if (read.name().equals("windows-1252") && declaresLatin1(bytes)) {
            return StandardCharsets.ISO_8859_1;
        }
        return read;
    }

    private static boolean declaresLatin1(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() && !m.group(1).equalsIgnoreCase("windows-1252");
    }

    /** The meta-declared charset when Java knows it; UTF-8 otherwise (the design's default). */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            try {
                // As in the HTML standard, a page labelled Latin-1 is read as windows-1252 (a superset).
                if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
                    return Charset.forName("windows-1252");
                }
                Charset c = Charset.forName(name);
                // UTF-16 cannot be declared in an ASCII-readable meta tag: the declaration is wrong.
                return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw notDecodable(bytes, charset, e);
        } catch (CharacterCodingException e) {
            throw notDecodable(bytes, charset, e);
        }
    }

    private static DocumentException notDecodable(byte[] bytes, Charset charset, CharacterCodingException e) {
        int offset = firstBadByte(bytes, charset);
        String where = offset >= 0 ? String.format(" (invalid byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset) : "";
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new DocumentException("The file is not UTF-8 text" + where
                    + ". Save it as UTF-8, or declare its encoding with <meta charset=\"...\">.", e);
        }
        return new DocumentException("The file is not valid " + charset.name() + " text" + where
                + ", although it declares that encoding.", e);
    }

    private static int firstBadByte(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
        return decoder.decode(in, out, true).isError() ? in.position() : -1;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Where the document's own text starts: after a byte-order mark, which is not content. */
    int contentStart() {
        return 0;
    }
}
