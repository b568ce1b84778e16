package org.interlinea.content;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the encoding of a page that declares none (or a wrong one): ICU's statistical detector proposes, and
 * the reading whose words look least like garbage wins, windows-1252 (the HTML default) among the proposals.
 */
final class Detection {

    /** ICU gives about 10 to guesses without evidence. */
    private static final int MIN_CONFIDENCE = 20;
    /** Below this ICU is choosing among look-alikes (ISO-8859-2 for "Café"): the HTML default goes first. */
    private static final int CONFIDENT = 30;
    /** The statistics settle long before this; a 20 MB page need not be read twice for them. */
    private static final int SAMPLE = 64 * 1024;

    private Detection() {
    }

    /**
     * @param ordered   the charsets to try, likeliest first
     * @param confident those ICU is confident about; windows-1252 outside this list is there as the HTML default
     */
    record Candidates(List<Charset> ordered, List<Charset> confident) {
    }

    /** UTF-16 and UTF-32 are told by their bytes, not guessed. */
    static Candidates candidates(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // ignore markup: its ASCII says nothing about the text's encoding
        detector.setText(bytes.length > SAMPLE ? java.util.Arrays.copyOf(bytes, SAMPLE) : bytes);
        List<Charset> confident = new ArrayList<>();
        List<Charset> unsure = new ArrayList<>();
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (match.getConfidence() < MIN_CONFIDENCE || name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
                continue;
            }
            Charset charset = switch (name) {
                // As browsers read these labels (the WHATWG Encoding Standard).
                case "ISO-8859-1", "windows-1252" -> Windows1252.INSTANCE;
                case "ISO-8859-9" -> EncodingDeclaration.javaCharset("windows-1254");
                default -> EncodingDeclaration.javaCharset(name);
            };
            if (charset != null && !confident.contains(charset) && !unsure.contains(charset)) {
                (match.getConfidence() >= CONFIDENT ? confident : unsure).add(charset);
            }
        }
        List<Charset> ordered = new ArrayList<>(confident);
        if (!ordered.contains(Windows1252.INSTANCE)) {
            ordered.add(Windows1252.INSTANCE);
        }
        unsure.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        Map<Charset, Integer> garbage = new HashMap<>();
        for (Charset charset : ordered) {
            String text = Decoding.strict(bytes, charset);
            garbage.put(charset, text == null ? Integer.MAX_VALUE : implausibleWords(text));
        }
        ordered.sort(Comparator.comparingInt(garbage::get)); // stable: the order above among equals
        return new Candidates(List.copyOf(ordered), List.copyOf(confident));
    }

    /**
     * Words no language writes, as a wrong single-byte reading produces them: letters of two scripts ("Cafщ"),
     * a symbol between letters ("z³oty"), a Latin word of four letters or more, mostly accented ("Ïðèâåò"), and
     * C1 control characters, which no text has.
     */
    static int implausibleWords(String text) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp >= 0x80 && cp <= 0x9F) {
                count++;
            }
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(text, i);
            count += implausible(text.substring(i, end)) ? 1 : 0;
            i = end;
        }
        return count;
    }

    /** Letters, and symbols with a letter on both sides. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetter(cp) || isSymbol(cp) && next < text.length() && Character.isLetter(text.codePointAt(next))) {
                i = next;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean implausible(String word) {
        Character.UnicodeScript script = null;
        int letters = 0;
        int nonAscii = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (isSymbol(cp)) {
                return true;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (script != null && s != script) {
                return true;
            }
            script = s;
            letters++;
            nonAscii += cp >= 0x80 ? 1 : 0;
        }
        return script == Character.UnicodeScript.LATIN && letters >= 4 && nonAscii * 2 > letters;
    }

    /** Signs a wrong reading puts inside words: ³ ± ¤ ¸ ¦ and the like (not quotes or dashes). */
    private static boolean isSymbol(int cp) {
        if (cp < 0x80) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_NUMBER || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }
}
