package org.interlinea.document.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pseudo-translation for testing a page's round trip by eye: every Latin letter becomes an accented
 * look-alike, so untranslated (unextracted) text stands out on the page while it stays readable.
 * Placeholders are left exactly as they are.
 */
public final class PseudoTranslation {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçďéƒĝĥíĵķĺṁñóṗʠŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓṖɊŔŠŢÚṼŴẊÝŽ";
    private static final Pattern PLACEHOLDER = Pattern.compile("</?\\d+>|\\{\\d+}");

    private PseudoTranslation() {
    }

    public static String accented(String segmentText) {
        StringBuilder out = new StringBuilder(segmentText.length());
        Matcher m = PLACEHOLDER.matcher(segmentText);
        int last = 0;
        while (m.find()) {
            accent(segmentText, last, m.start(), out);
            out.append(m.group());
            last = m.end();
        }
        accent(segmentText, last, segmentText.length(), out);
        return out.toString();
    }

    private static void accent(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int k = PLAIN.indexOf(c);
            out.append(k >= 0 ? ACCENTED.charAt(k) : c);
        }
    }
}
