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
 *       half of its letters are in its own script;</li>
 *   <li>both languages share a script but have a list of their most common words (en, pt): most of the
 *       target's common words are the source language's (an older or edited source copied, not identical).</li>
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

    /** Fewer common words than this say nothing about the language (a caption, a list of names). */
    static final int MIN_COMMON_WORDS = 20;
    /** Words far more frequent in one language than in the other (articles, prepositions, pronouns). */
    private static final java.util.Map<String, Set<String>> COMMON_WORDS = java.util.Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "was", "that", "with", "for", "are", "were", "have",
                    "has", "this", "they", "you", "it", "we", "not", "but", "from", "at", "by", "be", "he", "she",
                    "his", "her", "who", "what", "there", "their", "which", "would", "will", "an", "on", "in"),
            "pt", Set.of("de", "que", "não", "com", "para", "uma", "um", "os", "da", "dos", "das", "em",
                    "na", "nos", "nas", "por", "se", "mais", "como", "mas", "foi", "ele", "ela", "é", "são",
                    "eu", "nós", "ao", "aos", "pelo", "pela", "também", "quando", "muito", "isso", "há"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /**
     * How much of the target is the source: shares of the target's letters (identical sentences, letters in
     * the target's own script) and of its common words (those of the source language), 0..1.
     */
    record Verdict(double identicalShare, double ownScriptShare, double sourceWordShare) {

        boolean isCopy() {
            return identicalShare > MOSTLY || ownScriptShare < MOSTLY || sourceWordShare > MOSTLY;
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
            return new Verdict(0, 1, 0);
        }
        boolean targetCyrillic = isCyrillic(targetLanguage);
        double ownScript = targetCyrillic == isCyrillic(sourceLanguage) ? 1
                : (double) (targetCyrillic ? cyrillic : letters - cyrillic) / letters;
        return new Verdict((double) identical / letters, ownScript,
                sourceWordShare(target, base(sourceLanguage), base(targetLanguage)));
    }

    /** Of the target's words that are common words of the source or of the target language, the source's share. */
    private static double sourceWordShare(List<String> target, String sourceLanguage, String targetLanguage) {
        Set<String> sourceWords = COMMON_WORDS.get(sourceLanguage);
        Set<String> targetWords = COMMON_WORDS.get(targetLanguage);
        if (sourceWords == null || targetWords == null || sourceLanguage.equals(targetLanguage)) {
            return 0;
        }
        int source = 0;
        int own = 0;
        for (String sentence : target) {
            var words = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
            while (words.find()) {
                String word = words.group();
                // A word of both lists counts for neither ("do" and "no" are left out: English words too).
                if (sourceWords.contains(word) && !targetWords.contains(word)) {
                    source++;
                } else if (targetWords.contains(word) && !sourceWords.contains(word)) {
                    own++;
                }
            }
        }
        return source + own < MIN_COMMON_WORDS ? 0 : (double) source / (source + own);
    }

    private static String base(String language) {
        return language.toLowerCase(Locale.ROOT).split("-")[0];
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
        return CYRILLIC_LANGUAGES.contains(base(language));
    }
}
