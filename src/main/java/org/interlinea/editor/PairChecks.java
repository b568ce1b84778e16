package org.interlinea.editor;

import java.util.ArrayList;
import java.util.List;
import org.interlinea.document.Placeholders;

/**
 * Checks on how a target's paired placeholders sit in its text, beyond being present: pairs that do not
 * nest (an orphan, a closing token first, overlapping pairs), pairs left empty, and pair tokens that split
 * a word the source kept whole ({@code в<1></1>ы}, {@code wo<1>rd</1>}): rebuilt, the page would show a
 * link or emphasis on half a word, or on nothing.
 */
final class PairChecks {

    private PairChecks() {
    }

    /** Closing tokens without their opening one before them, overlapping pairs, and unclosed openings. */
    static String broken(String target) {
        List<Placeholders.Token> open = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Placeholders.Token token : Placeholders.tokens(target)) {
            if (token.kind() == Placeholders.Kind.OPEN) {
                open.add(token);
            } else if (token.kind() == Placeholders.Kind.CLOSE) {
                if (!open.isEmpty() && open.getLast().id() == token.id()) {
                    open.removeLast();
                } else {
                    broken.add(token.text());
                    open.removeIf(o -> o.id() == token.id());
                }
            }
        }
        open.forEach(o -> broken.add(o.text()));
        return String.join(" ", broken);
    }

    /** Pairs with nothing but spaces between their tokens, unless the source's same pair is empty too. */
    static String empty(String source, String target) {
        List<String> sourceEmpty = emptyPairs(source);
        return String.join(" ", emptyPairs(target).stream().filter(p -> !sourceEmpty.contains(p)).toList());
    }

    private static List<String> emptyPairs(String text) {
        List<String> empty = new ArrayList<>();
        List<Placeholders.Token> tokens = Placeholders.tokens(text);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Placeholders.Token a = tokens.get(i);
            Placeholders.Token b = tokens.get(i + 1);
            if (a.kind() == Placeholders.Kind.OPEN && b.kind() == Placeholders.Kind.CLOSE && a.id() == b.id()
                    && text.substring(a.end(), b.start()).isBlank()) {
                empty.add(text.substring(a.start(), b.end()));
            }
        }
        return empty;
    }

    /**
     * The words of the target that a pair token cuts into, where the source has that token at a word's
     * edge. Scripts written without spaces between words (Chinese, Japanese, Thai...) cannot be judged this
     * way and are left alone.
     */
    static String splitWords(String source, String target) {
        List<String> wholeInSource = new ArrayList<>();
        for (Placeholders.Token token : Placeholders.tokens(source)) {
            if (token.kind() != Placeholders.Kind.ISOLATED && !insideWord(source, token)) {
                wholeInSource.add(token.text());
            }
        }
        List<String> words = new ArrayList<>();
        for (Placeholders.Token token : Placeholders.tokens(target)) {
            if (token.kind() != Placeholders.Kind.ISOLATED && wholeInSource.contains(token.text())
                    && insideWord(target, token)) {
                String word = word(target, token);
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }

    /** A letter or digit right before the token and right after it, past any tokens next to it. */
    private static boolean insideWord(String text, Placeholders.Token token) {
        int before = skipTokensBack(text, token.start());
        int after = skipTokensForward(text, token.end());
        return before > 0 && after < text.length()
                && wordChar(text.codePointBefore(before)) && wordChar(text.codePointAt(after));
    }

    private static int skipTokensBack(String text, int at) {
        for (Placeholders.Token t : Placeholders.tokens(text).reversed()) {
            if (t.end() == at) {
                at = t.start();
            }
        }
        return at;
    }

    private static int skipTokensForward(String text, int at) {
        for (Placeholders.Token t : Placeholders.tokens(text)) {
            if (t.start() == at) {
                at = t.end();
            }
        }
        return at;
    }

    private static boolean wordChar(int codePoint) {
        if (!Character.isLetterOrDigit(codePoint)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }

    /** The word around a token, tokens included, to show where it is. */
    private static String word(String text, Placeholders.Token token) {
        int start = token.start();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = token.end();
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
