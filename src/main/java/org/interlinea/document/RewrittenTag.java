package org.interlinea.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Okapi writes a start tag again from its attributes, and changes or drops what it cannot keep: a repeated
 * attribute (a second stray {@code ;} in {@code width="240px"; height="230px";}), a malformed one
 * ({@code <p id=a"b" =c>} comes back as {@code <p id="a&quot;b&quot;" =c="">}). Such a tag's markup is never
 * written back, only the text around it, so when the page and Okapi's markup are both inside the same start
 * tag, both continue after its end and the tag is copied from the page as it is.
 */
final class RewrittenTag {

    private static final Pattern TAG_NAME = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:_-]*)");

    /** Where the page ({@code source}) and Okapi's markup ({@code expected}) go on after the tag. */
    record Resume(int source, int expected) {
    }

    private RewrittenTag() {
    }

    /**
     * @return where both go on, or null when the mismatch at {@code src[pos]} / {@code expected[i]} is not inside
     *         a rewritten start tag (a real mismatch)
     */
    static Resume resume(String src, int pos, String expected, int i) {
        Resume quoteAware = afterTagEnd(src, pos, expected, i);
        return quoteAware != null ? quoteAware : afterSameNamedTag(src, pos, expected, i);
    }

    /** The page's tag ends at its next '>' outside quotes; used when the mismatch is not inside a quoted value. */
    private static @Nullable Resume afterTagEnd(String src, int pos, String expected, int i) {
        int tagStart = src.lastIndexOf('<', pos - 1);
        if (tagStart < 0 || tagStart + 1 >= src.length() || !Character.isLetter(src.charAt(tagStart + 1))) {
            return null;
        }
        int srcEnd = tagEnd(src, tagStart + 1);
        int expectedEnd = tagEnd(expected, i);
        if (srcEnd < pos || expectedEnd < 0 || quoted(src, tagStart, pos)) {
            return null;
        }
        return new Resume(srcEnd + 1, expectedEnd + 1);
    }

    /**
     * Quotes inside an unquoted value ({@code id=a"b"}) defeat the quote-aware reading: then both sides must be in
     * a start tag of the same name, and each ends at its own next '>'.
     */
    private static @Nullable Resume afterSameNamedTag(String src, int pos, String expected, int i) {
        int expectedStart = expected.lastIndexOf('<', i);
        int srcStart = src.lastIndexOf('<', pos - 1);
        if (expectedStart < 0 || srcStart < 0 || expected.lastIndexOf('>', i - 1) > expectedStart
                || src.lastIndexOf('>', pos - 1) > srcStart) {
            return null;
        }
        Matcher expectedTag = TAG_NAME.matcher(expected).region(expectedStart, expected.length());
        Matcher srcTag = TAG_NAME.matcher(src).region(srcStart, src.length());
        if (!expectedTag.lookingAt() || !srcTag.lookingAt() || !expectedTag.group().equalsIgnoreCase(srcTag.group())) {
            return null;
        }
        int expectedEnd = expected.indexOf('>', i);
        int srcEnd = src.indexOf('>', pos);
        if (expectedEnd < 0 || srcEnd < 0) {
            return null;
        }
        return new Resume(srcEnd + 1, expectedEnd + 1);
    }

    /** The index of the '>' that ends the tag around {@code from}, skipping quoted values; -1 when none. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int k = from; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return k;
            } else if (ch == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean quoted(String s, int tagStart, int at) {
        char quote = 0;
        for (int k = tagStart; k < at; k++) {
            char ch = s.charAt(k);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            }
        }
        return quote != 0;
    }
}
