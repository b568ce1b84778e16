package org.interlinea.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The placeholder syntax of segment text: the one definition every feature reads and writes it with.
 *
 * <p>A segment's text is coded: inline markup is a numbered placeholder, {@code <1>…</1>} for a paired tag
 * and {@code {2}} for an isolated one; everything else is the page's text. Text that would read as a
 * placeholder (a page that says {@code {1}} or {@code &lt;1&gt;}) gets a backslash after its opening bracket:
 * {@code {\1}}, {@code <\1>}, {@code </\1>}, and one more for each backslash already there ({@code <\1>} in
 * the page is {@code <\\1>}). A placeholder never has a backslash and escaped text always has one, so text
 * is never taken for markup, and text that does not look like a placeholder is written as it is.
 *
 * <p>The translation box ({@code frontend/scripts/target-editor.js}) reads the same syntax with the same
 * regular expression, {@link #SYNTAX}: the two must agree ({@code PlaceholderSyntaxTest} checks it).
 */
public final class Placeholders {

    /**
     * Placeholders and escaped text that looks like one, a regular expression that reads the same in Java and
     * JavaScript. Group 1 is a closing tag's slash, groups 2 and 4 the escaping backslashes (none: a
     * placeholder), groups 3 and 5 the number.
     */
    public static final String SYNTAX = "<(/?)(\\\\*)(\\d+)>|\\{(\\\\*)(\\d+)}";

    private static final Pattern PATTERN = Pattern.compile(SYNTAX);

    private Placeholders() {
    }

    public enum Kind { OPEN, CLOSE, ISOLATED }

    /** One placeholder and where it is in the coded text. */
    public record Token(Kind kind, int id, String text, int start, int end) {
    }

    /** A piece of a segment: text as a reader sees it (escapes resolved), or a placeholder, {@code text} its token. */
    public record Piece(String text, @Nullable Token token) {

        public static Piece text(String text) {
            return new Piece(text, null);
        }

        public boolean isToken() {
            return token != null;
        }
    }

    public static String open(int id) {
        return "<" + id + ">";
    }

    public static String close(int id) {
        return "</" + id + ">";
    }

    public static String isolated(int id) {
        return "{" + id + "}";
    }

    /** The placeholders of a coded text, in order; escaped text is not one. */
    public static List<Token> tokens(String coded) {
        return pieces(coded).stream().filter(Piece::isToken).map(Piece::token).toList();
    }

    /** The coded text as runs of text and placeholders, in order; never two text pieces in a row, none empty. */
    public static List<Piece> pieces(@Nullable String coded) {
        String s = coded == null ? "" : coded;
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher m = PATTERN.matcher(s);
        int at = 0;
        while (m.find()) {
            text.append(s, at, m.start());
            at = m.end();
            if (escaped(m)) {
                text.append(m.group(2) != null
                        ? "<" + m.group(1) + m.group(2).substring(1) + m.group(3) + ">"
                        : "{" + m.group(4).substring(1) + m.group(5) + "}");
                continue;
            }
            if (!text.isEmpty()) {
                pieces.add(Piece.text(text.toString()));
                text.setLength(0);
            }
            Kind kind = m.group(2) == null ? Kind.ISOLATED : m.group(1).isEmpty() ? Kind.OPEN : Kind.CLOSE;
            int id = number(m.group(kind == Kind.ISOLATED ? 5 : 3));
            pieces.add(new Piece(m.group(), new Token(kind, id, m.group(), m.start(), m.end())));
        }
        text.append(s, at, s.length());
        if (!text.isEmpty()) {
            pieces.add(Piece.text(text.toString()));
        }
        return pieces;
    }

    /** The text a reader sees, without placeholders. */
    public static String plain(String coded) {
        return plain(coded, "");
    }

    /** The text a reader sees, with {@code forEach} in place of each placeholder (a space keeps words apart). */
    public static String plain(String coded, String forEach) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces(coded)) {
            out.append(piece.isToken() ? forEach : piece.text());
        }
        return out.toString();
    }

    /** Text as coded text: what would read as a placeholder (or as escaped text) gets one backslash more. */
    public static String escape(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return PATTERN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null
                ? "<" + m.group(1) + "\\" + m.group(2) + m.group(3) + ">"
                : "{\\" + m.group(4) + m.group(5) + "}"));
    }

    /** Pieces back to coded text: text escaped, placeholders as they are. */
    public static String coded(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece.isToken()) {
                out.append(escape(text.toString())).append(piece.text());
                text.setLength(0);
            } else {
                text.append(piece.text());  // escaped as one run: "<" and "1>" together read as a placeholder
            }
        }
        return out.append(escape(text.toString())).toString();
    }

    /** Whether cutting the coded text at {@code offset} would cut a placeholder or an escaped text in two. */
    public static boolean cuts(@Nullable String coded, int offset) {
        Matcher m = PATTERN.matcher(coded == null ? "" : coded);
        while (m.find() && m.start() < offset) {
            if (offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean escaped(Matcher m) {
        return !(m.group(2) != null ? m.group(2) : m.group(4)).isEmpty();
    }

    /** A placeholder's number; one too long for an int is no placeholder a segment has, so any big number does. */
    private static int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
