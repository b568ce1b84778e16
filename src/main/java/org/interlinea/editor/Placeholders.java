package org.interlinea.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline markup of a segment as the document feature writes it: {@code <1>…</1>} for paired tags and
 * {@code {2}} for isolated ones. Translators must keep them; the editor shows them as tokens.
 */
public final class Placeholders {

    private static final Pattern TOKEN = Pattern.compile("<(/?)(\\d+)>|\\{(\\d+)}");

    private Placeholders() {
    }

    public enum Kind { OPEN, CLOSE, ISOLATED }

    /** One placeholder token and where it is in the text. */
    public record Token(Kind kind, int id, String text, int start, int end) {
    }

    /** A piece of a segment: plain text, or a placeholder token. */
    public record Piece(String text, Token token) {
        public boolean isToken() {
            return token != null;
        }
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(3) != null) {
                tokens.add(new Token(Kind.ISOLATED, Integer.parseInt(m.group(3)), m.group(), m.start(), m.end()));
            } else {
                Kind kind = m.group(1).isEmpty() ? Kind.OPEN : Kind.CLOSE;
                tokens.add(new Token(kind, Integer.parseInt(m.group(2)), m.group(), m.start(), m.end()));
            }
        }
        return tokens;
    }

    /** The text split into plain runs and tokens, in order. */
    public static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Token token : tokens(text)) {
            if (token.start() > at) {
                pieces.add(new Piece(text.substring(at, token.start()), null));
            }
            pieces.add(new Piece(token.text(), token));
            at = token.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    /** The text without its placeholder tokens. */
    public static String strip(String text) {
        return TOKEN.matcher(text == null ? "" : text).replaceAll("");
    }

    /**
     * What to insert for placeholder {@code id} of this source: {@code [open, close]} for a pair (to wrap
     * the selection), {@code [token]} for an isolated one, empty when the source has no such placeholder.
     */
    public static List<String> insertion(String source, int id) {
        List<String> result = new ArrayList<>();
        for (Token token : tokens(source)) {
            if (token.id() == id && token.kind() != Kind.CLOSE) {
                result.add(token.text());
                if (token.kind() == Kind.OPEN) {
                    result.add("</" + id + ">");
                }
                return result;
            }
        }
        return result;
    }

    /**
     * The speaker label of an interview line: a paired placeholder at the start whose text ends with a
     * colon, as in {@code <1>Interviewer:</1> Why?}. Empty when there is none.
     */
    public static String speakerLabel(String source) {
        Matcher m = Pattern.compile("^<(\\d+)>([^<]{1,60}?:)\\s*</\\1>").matcher(source == null ? "" : source);
        return m.find() ? m.group(2) : "";
    }
}
