package org.interlinea.content;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What the arrangement of bytes says before any encoding is known: a byte-order mark, UTF-16 without one
 * (HTML markup is ASCII, so every other byte is zero), UTF-32, or NUL bytes that no text page has.
 */
final class ByteOrder {

    private static final int SAMPLE = 8192;

    private ByteOrder() {
    }

    static @Nullable Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return null; // UTF-32LE, see looksLikeUtf32
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
     * UTF-16LE or BE when, in the first bytes, one byte of a good share of the pairs is zero and almost never the
     * other (a CJK character such as U+4E00 has a zero low byte, so a few are allowed); else null.
     */
    static @Nullable Charset utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, SAMPLE) / 2;
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            boolean first = b[2 * i] == 0;
            boolean second = b[2 * i + 1] == 0;
            if (first && second) {
                return null; // a NUL character: not text
            }
            zeroFirst += first ? 1 : 0;
            zeroSecond += second ? 1 : 0;
        }
        if (pairs == 0) {
            return null;
        }
        if (zeroFirst * 5 >= pairs && zeroSecond * 10 <= zeroFirst) {
            return StandardCharsets.UTF_16BE;
        }
        if (zeroSecond * 5 >= pairs && zeroFirst * 10 <= zeroSecond) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** A UTF-32 byte-order mark, or most of many groups of four bytes being one ASCII byte and three zeros. */
    static boolean looksLikeUtf32(byte[] b) {
        if (b.length >= 4 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0
                || b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)) {
            return true;
        }
        int groups = Math.min(b.length, SAMPLE) / 4;
        int little = 0;
        int big = 0;
        for (int i = 0; i < groups; i++) {
            boolean zeros = b[4 * i + 1] == 0 && b[4 * i + 2] == 0;
            little += zeros && b[4 * i + 3] == 0 && b[4 * i] != 0 ? 1 : 0;
            big += zeros && b[4 * i] == 0 && b[4 * i + 3] != 0 ? 1 : 0;
        }
        return groups >= 8 && Math.max(little, big) * 4 >= groups * 3;
    }

    static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
