package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the scorer needs of one sentence, computed once: its length and its lexical anchors as small
 * sorted int arrays (hashes), so that scoring a bead inside the dynamic programme never touches strings.
 *
 * @param length    characters, runs of white space counted once (tokenised corpora put spaces around
 *                  punctuation, which would otherwise distort the length ratio)
 * @param numbers   normalised numbers (see {@link #numberKey})
 * @param names     transliterated name keys of capitalised words (see {@link Transliteration#nameKey})
 * @param punctuation counts of {@code ? ! ( : ;} and quotation marks, in that order
 * @param lastMark  the sentence's final punctuation character, or 0
 */
record SentenceFeatures(int length, int[] numbers, int[] names, byte[] punctuation, char lastMark) {

    static final int PUNCTUATION_KINDS = 6;

    static SentenceFeatures of(@Nullable String text) {
        String s = text == null ? "" : text.strip();
        int length = 0;
        boolean space = false;
        byte[] punctuation = new byte[PUNCTUATION_KINDS];
        char lastMark = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean isSpace = Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
            if (!isSpace || !space) {
                length++;
            }
            space = isSpace;
            int kind = punctuationKind(c);
            if (kind >= 0 && punctuation[kind] < Byte.MAX_VALUE) {
                punctuation[kind]++;
            }
        }
        for (int k = s.length() - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (".!?;:…".indexOf(c) >= 0) {
                lastMark = c == '…' ? '.' : c;
                break;
            }
            if (Character.isLetterOrDigit(c)) {
                break;
            }
        }
        return new SentenceFeatures(length, numbers(s), names(s), punctuation, lastMark);
    }

    private static int punctuationKind(char c) {
        return switch (c) {
            case '?', '¿' -> 0;
            case '!', '¡' -> 1;
            case '(' -> 2;
            case ':' -> 3;
            case ';' -> 4;
            case '"', '«', '“', '„', '”', '»' -> 5;
            default -> -1;
        };
    }

    /** Numbers with their grouping and decimal separators normalised; see {@link #numberKey}. */
    static int[] numbers(String s) {
        return hashes(numberKeys(s));
    }

    /** The normalised numbers of a text, in order; see {@link #numberKey}. */
    static List<String> numberKeys(String s) {
        List<String> keys = new ArrayList<>();
        int k = 0;
        while (k < s.length()) {
            if (!isDigit(s, k)) {
                k++;
                continue;
            }
            int start = k;
            while (isDigit(s, k)) {
                k++;
            }
            StringBuilder integer = new StringBuilder(s.substring(start, k));
            String decimals = "";
            int firstGroup = k - start;
            // Follow "1,200", "1 200", "1.200.000", "3,5", "3.5": a separator followed by digits.
            while (k + 1 < s.length() && isSeparator(s.charAt(k)) && isDigit(s, k + 1)) {
                int groupStart = k + 1;
                int end = groupStart;
                while (isDigit(s, end)) {
                    end++;
                }
                int group = end - groupStart;
                char separator = s.charAt(k);
                boolean spaceLike = separator != ',' && separator != '.';
                if (group == 3 && firstGroup <= 3) {
                    integer.append(s, groupStart, end);          // thousands grouping
                    k = end;
                } else if (!spaceLike && decimals.isEmpty()) {
                    decimals = s.substring(groupStart, end);     // decimal part, either separator
                    k = end;
                    break;
                } else {
                    break;                                       // "in 2019 12 people": two numbers
                }
            }
            keys.add(numberKey(integer.toString(), decimals));
        }
        return keys;
    }

    /** "0012" and "12" are the same number; "3.50" and "3,5" too. */
    static String numberKey(String integer, String decimals) {
        String i = integer.replaceFirst("^0+(?=.)", "");
        String d = decimals.replaceFirst("0+$", "");
        return d.isEmpty() ? i : i + "." + d;
    }

    private static boolean isDigit(String s, int k) {
        return k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '’';
    }

    /** Keys of capitalised words (and all-capital acronyms), in either script. */
    static int[] names(String s) {
        List<String> keys = new ArrayList<>();
        int k = 0;
        while (k < s.length()) {
            if (!Character.isLetter(s.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            while (k < s.length() && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '-')) {
                k++;
            }
            if (Character.isUpperCase(s.charAt(start)) && k - start >= 3) {
                String key = Transliteration.nameKey(s.substring(start, k));
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return hashes(keys.stream().distinct().toList());
    }

    private static int[] hashes(List<String> keys) {
        int[] h = new int[keys.size()];
        for (int k = 0; k < h.length; k++) {
            h[k] = keys.get(k).hashCode();
        }
        Arrays.sort(h);
        return h;
    }
}
