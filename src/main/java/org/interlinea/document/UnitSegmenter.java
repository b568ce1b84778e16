package org.interlinea.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.jspecify.annotations.Nullable;

/**
 * Cuts one mapped text unit into segments and writes their placeholder text.
 *
 * <p>Two things are never split, whatever the SRX rules say: a {@code <code>} element, whose whole
 * content becomes one isolated placeholder (code is not translatable, but it stays in the sentence
 * where the translator can move it), and a speaker label ({@code <strong class="speaker">}), which
 * always starts the segment of the sentence after it.
 */
final class UnitSegmenter {

    private static final Pattern SPEAKER = Pattern.compile(
            "class\\s*=\\s*[\"']?[^\"'>]*\\bspeaker\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** A tag the HTML parser rejected (e.g. {@code <META KEYWORDS="a","b">}) comes out as text: not for translators. */
    private static final Pattern REJECTED_TAG = Pattern.compile("(?s)\\s*<[A-Za-z!/][^<>]*>?\\s*");
    private static final Pattern LEADING_REJECTED_TAG = Pattern.compile("(?s)<[A-Za-z!/][^<>]*>\\s*");

    /** The longest segment in characters; longer stretches without a sentence break are cut (see {@link #bounded}). */
    static final int MAX_SEGMENT = 2_000;

    private UnitSegmenter() {
    }

    /** The unit's segments (possibly none), numbered from {@code firstIndex}. */
    static List<SourceSegment> segments(MappedUnit unit, List<Integer> breaks, int firstIndex, int paragraph) {
        String coded = unit.codedText();
        boolean[] atomic = atomicPositions(unit);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int b : breaks) {
            if (!atomic[b]) {
                cuts.add(b);
            }
        }
        cuts.add(coded.length());
        cuts = bounded(coded, cuts, atomic);
        List<SourceSegment> result = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.size(); k++) {
            int a = cuts.get(k);
            int b = cuts.get(k + 1);
            while (a < b && isBlank(coded.charAt(a))) {
                a++;
            }
            a = afterRejectedTag(coded, a, b);
            while (b > a && isBlank(coded.charAt(b - 1))) {
                b--;
            }
            SourceSegment segment = build(unit, a, b, firstIndex + result.size(), paragraph);
            if (segment != null) {
                result.add(segment);
            }
        }
        return result;
    }

    /**
     * The cuts, with more wherever the sentence rules left a stretch longer than {@link #MAX_SEGMENT}: a paragraph
     * of 50,000 characters without a full stop becomes rows a translator can work in (and a browser can edit),
     * cut after a clause ("a, b") where there is one, else between words.
     */
    private static List<Integer> bounded(String coded, List<Integer> cuts, boolean[] atomic) {
        List<Integer> result = new ArrayList<>(cuts.size());
        result.add(cuts.getFirst());
        for (int k = 1; k < cuts.size(); k++) {
            int b = cuts.get(k);
            int a = result.getLast();
            while (b - a > MAX_SEGMENT) {
                int cut = cutWithin(coded, a, a + MAX_SEGMENT, atomic);
                if (cut <= a) {
                    break; // one unbreakable stretch (a huge code element): it stays whole
                }
                result.add(cut);
                a = cut;
            }
            result.add(b);
        }
        return result;
    }

    /** Where to cut in (a, limit]: after a clause mark and a space, else after a space, else anywhere allowed. */
    private static int cutWithin(String coded, int a, int limit, boolean[] atomic) {
        int floor = a + MAX_SEGMENT / 2;
        int afterSpace = -1;
        for (int p = limit; p > floor; p--) {
            if (atomic[p] || !isBlank(coded.charAt(p - 1))) {
                continue;
            }
            if (p >= 2 && ",;:\u2013\u2014".indexOf(coded.charAt(p - 2)) >= 0) {
                return p;
            }
            if (afterSpace < 0) {
                afterSpace = p;
            }
        }
        if (afterSpace > 0) {
            return afterSpace;
        }
        for (int p = limit; p > a; p--) {
            char before = coded.charAt(p - 1);
            // Not inside a placeholder's two-character marker, a surrogate pair, a code element or a speaker label.
            if (!atomic[p] && !TextFragment.isMarker(before) && !Character.isHighSurrogate(before)) {
                return p;
            }
        }
        return a;
    }

    /**
     * A tag the HTML parser could not read (an unclosed quote: {@code <p class="a title='x>Text}) comes out as
     * text before the sentence; the translator is not shown it, and a merge keeps it as it was.
     */
    private static int afterRejectedTag(String coded, int a, int b) {
        java.util.regex.Matcher tag = LEADING_REJECTED_TAG.matcher(coded).region(a, b);
        if (!tag.lookingAt() || tag.end() == b) {
            return a;
        }
        for (int i = a; i < tag.end(); i++) {
            if (TextFragment.isMarker(coded.charAt(i))) {
                return a;
            }
        }
        return tag.end();
    }

    private static boolean isBlank(char c) {
        return SourceMapper.isSpace(c) || c == '\uFEFF';
    }

    /** Positions where a break is not allowed: inside code elements and speaker labels. */
    private static boolean[] atomicPositions(MappedUnit unit) {
        String coded = unit.codedText();
        TextFragment fragment = unit.fragment();
        boolean[] atomic = new boolean[coded.length() + 1];
        for (int i = 0; i < coded.length(); i++) {
            if (coded.charAt(i) != TextFragment.MARKER_OPENING) {
                continue;
            }
            Code code = fragment.getCode(coded.charAt(i + 1));
            boolean isCode = "code".equalsIgnoreCase(code.getType());
            boolean isSpeaker = SPEAKER.matcher(code.getData()).find();
            if (!isCode && !isSpeaker) {
                continue;
            }
            int close = closingOf(unit, i, coded.length());
            if (close < 0) {
                continue;
            }
            int end = close + 2;
            if (isSpeaker) {
                while (end < coded.length() && isBlank(coded.charAt(end))) {
                    end++; // the label stays with the sentence that follows it
                }
            }
            for (int k = i + 1; k <= end && k < atomic.length; k++) {
                atomic[k] = true;
            }
        }
        return atomic;
    }

    /** The position of the closing code matching the opening code at {@code open}, or -1 before {@code limit}. */
    private static int closingOf(MappedUnit unit, int open, int limit) {
        String coded = unit.codedText();
        int id = unit.fragment().getCode(coded.charAt(open + 1)).getId();
        for (int i = open + 2; i + 1 < limit; i++) {
            if (coded.charAt(i) == TextFragment.MARKER_CLOSING
                    && unit.fragment().getCode(coded.charAt(i + 1)).getId() == id) {
                return i;
            }
            if (TextFragment.isMarker(coded.charAt(i))) {
                i++;
            }
        }
        return -1;
    }

    private static @Nullable SourceSegment build(MappedUnit unit, int a, int b, int index, int paragraph) {
        String coded = unit.codedText();
        TextFragment fragment = unit.fragment();
        StringBuilder text = new StringBuilder();
        StringBuilder run = new StringBuilder();  // page text since the last placeholder, escaped as one
        List<Markup> markups = new ArrayList<>();
        java.util.Map<Integer, Integer> pairedNumbers = new java.util.HashMap<>();
        boolean hasContent = false;
        int number = 0;
        for (int i = a; i < b; i++) {
            char c = coded.charAt(i);
            if (!TextFragment.isMarker(c)) {
                run.append(c);
                hasContent |= Character.isLetterOrDigit(c);
                continue;
            }
            text.append(Placeholders.escape(run.toString()));
            run.setLength(0);
            Code code = fragment.getCode(coded.charAt(i + 1));
            int start = unit.starts()[i];
            int end = unit.ends()[i];
            if (c == TextFragment.MARKER_OPENING) {
                int close = closingOf(unit, i, b);
                if ("code".equalsIgnoreCase(code.getType()) && close >= 0) {
                    String token = Placeholders.isolated(++number);
                    text.append(token);
                    markups.add(new Markup(token, start, unit.ends()[close], true));
                    i = close + 1;
                    continue;
                }
                if (close >= 0) {
                    number++;
                    pairedNumbers.put(code.getId(), number);
                    text.append(Placeholders.open(number));
                    markups.add(new Markup(Placeholders.open(number), start, end, true));
                } else {
                    String token = Placeholders.isolated(++number);
                    text.append(token);
                    markups.add(new Markup(token, start, end, true));
                }
            } else if (c == TextFragment.MARKER_CLOSING && pairedNumbers.containsKey(code.getId())) {
                String token = Placeholders.close(pairedNumbers.remove(code.getId()));
                text.append(token);
                markups.add(new Markup(token, start, end, true));
            } else {
                String token = Placeholders.isolated(++number);
                text.append(token);
                // a closing half whose opening is in an earlier segment must stay; a lone tag may go
                markups.add(new Markup(token, start, end, c == TextFragment.MARKER_CLOSING
                        || code.getTagType() != TagType.PLACEHOLDER));
            }
            i++;
        }
        text.append(Placeholders.escape(run.toString()));
        if (!hasContent || REJECTED_TAG.matcher(text).matches()) {
            return null; // only markup, whitespace or punctuation: nothing to translate
        }
        String context = unit.context();
        Segment segment = new Segment(index, paragraph, text.toString(), countWords(text.toString()), context);
        return new SourceSegment(segment, unit.starts()[a], unit.ends()[b - 1], unit.quote(), unit.isAttribute(),
                List.copyOf(markups));
    }

    static int countWords(String text) {
        var m = WORD.matcher(Placeholders.plain(text, " "));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
