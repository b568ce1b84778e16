package org.interlinea.document.cli;

import java.util.ArrayList;
import java.util.List;
import org.interlinea.document.Placeholders;

/**
 * Pseudo-translation for testing a page's round trip by eye: every Latin letter becomes an accented
 * look-alike, so untranslated (unextracted) text stands out on the page while it stays readable.
 * Placeholders are left exactly as they are.
 */
public final class PseudoTranslation {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçďéƒĝĥíĵķĺṁñóṗʠŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓṖɊŔŠŢÚṼŴẊÝŽ";

    private PseudoTranslation() {
    }

    public static String accented(String segmentText) {
        List<Placeholders.Piece> pieces = new ArrayList<>();
        for (Placeholders.Piece piece : Placeholders.pieces(segmentText)) {
            pieces.add(piece.isToken() ? piece : Placeholders.Piece.text(accent(piece.text())));
        }
        return Placeholders.coded(pieces);
    }

    private static String accent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = PLAIN.indexOf(c);
            out.append(k >= 0 ? ACCENTED.charAt(k) : c);
        }
        return out.toString();
    }
}
