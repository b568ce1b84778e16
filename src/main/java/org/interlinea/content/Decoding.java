package org.interlinea.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Strict decoding for {@link PageText}: no replacement characters, ever, and the spot where bytes go wrong. */
final class Decoding {

    private Decoding() {
    }

    /** The text, or null when a byte is not valid in the charset. */
    static @Nullable String strict(byte[] bytes, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether the text encodes back to exactly these bytes (some encodings have two byte forms of a character). */
    static boolean writesBack(String text, byte[] bytes, Charset charset) {
        return Arrays.equals(text.getBytes(charset), bytes);
    }

    static int firstBadByte(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
        return decoder(charset).decode(in, out, true).isError() ? in.position() : -1;
    }

    /**
     * Whether most of the non-ASCII text decodes in the charset: a page in that encoding with a few broken bytes,
     * rather than a page in another encoding.
     */
    static boolean mostlyDecodes(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        int broken = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            broken += c == '\uFFFD' ? 1 : 0;
            nonAscii += c >= 0x80 ? 1 : 0;
        }
        int good = nonAscii - broken;
        return good > 0 && good >= 2 * broken;
    }

    /** Where bytes that decode, but encode back differently, start. */
    static int firstDifference(byte[] bytes, Charset charset) {
        byte[] back = new String(bytes, charset).getBytes(charset);
        int i = 0;
        while (i < Math.min(bytes.length, back.length) && bytes[i] == back[i]) {
            i++;
        }
        return Math.min(i, bytes.length - 1);
    }

    /** "the byte 0x81 at line 3, column 7" */
    static String where(byte[] bytes, Charset charset, int offset) {
        int[] lc = lineColumn(bytes, charset, offset);
        return String.format("the byte 0x%02X at line %d, column %d", bytes[offset] & 0xFF, lc[0], lc[1]);
    }

    /** Line and column (from 1, in characters) of a byte offset, as an editor shows them. */
    static int[] lineColumn(byte[] bytes, Charset charset, int offset) {
        String before = new String(bytes, 0, Math.max(0, offset), charset);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, before.length() - lineStart + 1};
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * How much of a file is UTF-8: valid throughout (as strict as Java's decoder: no overlong forms, no
     * surrogates), how many multi-byte characters, how many bytes that start no valid character.
     */
    record Utf8(boolean valid, int multiByte, int broken) {

        /** Mostly UTF-8 with a few broken bytes: a stray byte in a UTF-8 page, not a page in another encoding. */
        boolean mostlyValid() {
            return multiByte > 0 && multiByte >= 2 * broken;
        }

        static Utf8 scan(byte[] b) {
            int multiByte = 0;
            int broken = 0;
            int i = 0;
            while (i < b.length) {
                if (b[i] >= 0) {
                    i++;
                    continue;
                }
                int length = sequenceLength(b, i);
                if (length > 0) {
                    multiByte++;
                    i += length;
                } else {
                    broken++;
                    i++;
                }
            }
            return new Utf8(broken == 0, multiByte, broken);
        }

        /** The length of the valid multi-byte sequence at i, 0 when there is none. */
        private static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                low = c == 0xE0 ? 0xA0 : low;
                high = c == 0xED ? 0x9F : high;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                low = c == 0xF0 ? 0x90 : low;
                high = c == 0xF4 ? 0x8F : high;
            } else {
                return 0;
            }
            if (i + length > b.length) {
                return 0;
            }
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) {
                return 0;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return 0;
                }
            }
            return length;
        }
    }
}
