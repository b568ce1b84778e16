package org.interlinea.alignment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes proper names comparable across Cyrillic and Latin script: "Трампа" and "Trump" both become the
 * key {@code trmp}. Three steps: Cyrillic letters to Latin (a plain Russian/Ukrainian scheme), a phonetic
 * fold that erases the usual spelling differences between the two scripts (w/v, c/k, kh/h, zh/j ...), and a
 * consonant skeleton cut to four letters, so that Russian case endings ("Трампом") and vowel spellings
 * ("Вашингтон" vs "Washington") do not matter. Deliberately coarse: a key is only used as a bonus for
 * sentence pairs that share it, never as proof.
 */
final class Transliteration {

    private static final String[] CYRILLIC = new String[0x60];

    static {
        String[] lower = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
                "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        for (int i = 0; i < 32; i++) {
            CYRILLIC[0x30 + i] = lower[i];           // а..я (U+0430..U+044F)
        }
        CYRILLIC[0x51] = "e";                        // ё
        CYRILLIC[0x54] = "ye";                       // є
        CYRILLIC[0x56] = "i";                        // і
        CYRILLIC[0x57] = "yi";                       // ї
        CYRILLIC[0x5E] = "u";                        // ў
    }

    private Transliteration() {
    }

    /** Lower-case Latin letters for a word in Latin or Cyrillic script; diacritics removed. */
    static String toLatin(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length() + 4);
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c >= 0x400 && c < 0x460) {
                String latin = CYRILLIC[c - 0x400];
                b.append(latin == null ? "" : latin);
            } else if (c == 'ґ') {
                b.append('g');
            } else {
                b.append(c);
            }
        }
        String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c == 'ß') {
                letters.append("ss");
            }
        }
        return letters.toString();
    }

    /**
     * The comparison key of a name, or {@code null} when the word is too short to say anything (fewer
     * than three skeleton letters would match too many unrelated words).
     */
    static String nameKey(String word) {
        String s = fold(toLatin(word));
        StringBuilder skeleton = new StringBuilder(4);
        char previous = 0;
        for (int k = 0; k < s.length() && skeleton.length() < 4; k++) {
            char c = s.charAt(k);
            boolean vowel = "aeiou".indexOf(c) >= 0;
            if ((k == 0 || !vowel) && c != previous) {
                skeleton.append(c);
            }
            previous = c;
        }
        return skeleton.length() >= 3 ? skeleton.toString() : null;
    }

    /** Erases spelling differences that transliteration between English/Russian typically introduces. */
    static String fold(String latin) {
        return latin.replace("dzh", "j").replace("shch", "sh").replace("zh", "j").replace("kh", "h")
                .replace("ph", "f").replace("ck", "k").replace("ts", "c").replace('w', 'v')
                .replace('q', 'k').replace("x", "ks").replace('c', 'k').replace('z', 's').replace('y', 'i');
    }
}
