package org.interlinea.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.htmlparser.jericho.Element;
import net.htmlparser.jericho.HTMLElementName;
import net.htmlparser.jericho.Source;

/**
 * Says whether a target-language file is mostly the source language (a copy of the source page, or the
 * source left untranslated under another language's folder): such a file is not readable in its language.
 * Two signals, each measured on the letters of the file's visible sentences:
 * <ul>
 *   <li>more than half of them are in sentences identical (ignoring case and spacing) to a source sentence;</li>
 *   <li>the target language is written in another script than the source (Cyrillic vs Latin) and less than
 *       half of its letters are in its own script.</li>
 * </ul>
 * Measured on the demo corpus and NTREX (see SourceCopyCheckTest): real translations share at most a few
 * percent of their letters with the source (names, numbers), and keep over 90 % of their letters in their
 * script, so "most" is far from both.
 */
final class SourceCopyCheck {

    static final double MOSTLY = 0.5;

    private static final Set<String> TEXT_BLOCKS = Set.of(HTMLElementName.TITLE, HTMLElementName.H1,
            HTMLElementName.H2, HTMLElementName.H3, HTMLElementName.H4, HTMLElementName.H5, HTMLElementName.H6,
            HTMLElementName.P, HTMLElementName.LI, HTMLElementName.TD, HTMLElementName.TH, HTMLElementName.DT,
            HTMLElementName.DD, HTMLElementName.CAPTION, HTMLElementName.BLOCKQUOTE, HTMLElementName.PRE,
            "figcaption");
    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "be", "bg", "sr", "mk", "kk");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…:;])\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SourceCopyCheck() {
    }

    /** How much of the target is the source: both shares are of the target's letters, 0..1. */
    record Verdict(double identicalShare, double ownScriptShare) {

        boolean isCopy() {
            return identicalShare > MOSTLY || ownScriptShare < MOSTLY;
        }
    }

    static Verdict check(String sourceHtml, String sourceLanguage, String targetHtml, String targetLanguage) {
        return check(sentences(sourceHtml), sourceLanguage, sentences(targetHtml), targetLanguage);
    }

    static Verdict check(List<String> source, String sourceLanguage, List<String> target, String targetLanguage) {
        Set<String> sourceSentences = new HashSet<>();
        source.forEach(s -> sourceSentences.add(normalized(s)));
        long letters = 0;
        long identical = 0;
        long cyrillic = 0;
        for (String sentence : target) {
            String normal = normalized(sentence);
            int[] counts = letters(normal);
            letters += counts[0];
            cyrillic += counts[1];
            if (sourceSentences.contains(normal)) {
                identical += counts[0];
            }
        }
        if (letters == 0) {
            return new Verdict(0, 1);
        }
        boolean targetCyrillic = isCyrillic(targetLanguage);
        double ownScript = targetCyrillic == isCyrillic(sourceLanguage) ? 1
                : (double) (targetCyrillic ? cyrillic : letters - cyrillic) / letters;
        return new Verdict((double) identical / letters, ownScript);
    }

    /** The visible sentences of a page: its title and the text of its innermost text blocks, split at sentence ends. */
    static List<String> sentences(String html) {
        Source source = new Source(html);
        source.setLogger(null);
        List<String> sentences = new ArrayList<>();
        for (Element element : source.getAllElements()) {
            if (!TEXT_BLOCKS.contains(element.getName()) || hasInnerBlock(element)) {
                continue;
            }
            String text = element.getContent().getTextExtractor().toString();
            for (String sentence : SENTENCE_END.split(text)) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    private static boolean hasInnerBlock(Element element) {
        for (Element child : element.getChildElements()) {
            if (TEXT_BLOCKS.contains(child.getName()) || hasInnerBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String sentence) {
        return SPACES.matcher(sentence.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** {letters, Cyrillic letters}. */
    private static int[] letters(String text) {
        int[] counts = new int[2];
        text.codePoints().filter(Character::isLetter).forEach(c -> {
            counts[0]++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                counts[1]++;
            }
        });
        return counts;
    }

    private static boolean isCyrillic(String language) {
        return CYRILLIC_LANGUAGES.contains(language.toLowerCase(Locale.ROOT).split("-")[0]);
    }
}
