package org.interlinea.document;

import java.util.ArrayList;
import java.util.List;

import net.htmlparser.jericho.CharacterReference;

/**
 * Character references in a page's text, read as Jericho (under Okapi) reads them: numeric or named, with or
 * without the closing semicolon, decoded as in text or as in an attribute value (the rules differ for a
 * reference without its semicolon). {@link SourceMapper} uses them to find decoded text in the original.
 */
final class CharacterReferences {

    /** Longer than any reference Jericho reads (named ones are at most 10, numeric ones stop at 11 digits). */
    private static final int LONGEST = 48;

    /** A reference of {@code length} characters and what it decodes to; no decodings when it is not one. */
    record Reference(int length, List<String> decodings) {

        /** A reference to white space (&#13; &#10; &#9; &#32; ...), which Okapi collapses like white space. */
        boolean isSpace() {
            return !decodings.isEmpty() && decodings.getFirst().length() == 1
                    && SourceMapper.isSpace(decodings.getFirst().charAt(0));
        }
    }

    private static final Reference NONE = new Reference(0, List.of());

    private CharacterReferences() {
    }

    /** The reference starting at {@code at} in {@code src}. */
    static Reference at(String src, int at) {
        if (at >= src.length() || src.charAt(at) != '&') {
            return NONE;
        }
        CharacterReference reference = CharacterReference.parse(src.subSequence(at, Math.min(src.length(), at + LONGEST)));
        if (reference == null) {
            return NONE;
        }
        int length = reference.length();
        // With the character after it: whether an unterminated reference is decoded depends on what follows.
        String window = src.substring(at, Math.min(src.length(), at + length + 1));
        String follower = window.substring(length);
        List<String> decodings = new ArrayList<>(2);
        for (boolean inAttribute : new boolean[] {false, true}) {
            String decoded = CharacterReference.decode(window, inAttribute);
            if (!decoded.equals(window) && decoded.endsWith(follower)) {
                String character = decoded.substring(0, decoded.length() - follower.length());
                if (!character.isEmpty() && !decodings.contains(character)) {
                    decodings.add(character);
                }
            }
        }
        return new Reference(length, List.copyOf(decodings));
    }
}
