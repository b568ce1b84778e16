package org.interlinea.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.interlinea.document.Placeholders;
import org.jspecify.annotations.Nullable;

/**
 * Checks a translation against its source before it is confirmed. Missing or broken placeholders (and an
 * empty text) block confirming, because the page could not be rebuilt; the rest are warnings a translator
 * may knowingly accept. Pure functions, no state.
 */
public final class QaChecks {

    /** Length ratios (target / source, without placeholders) outside this band look like a mistake. */
    static final double MIN_RATIO = 0.4;
    static final double MAX_RATIO = 2.5;
    /** Below this many source characters a ratio says nothing. */
    static final int MIN_LENGTH_FOR_RATIO = 20;

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\u00a0\\u202f ]\\d+)*");
    private static final String TRAILING_CLOSERS = "\"'”’»)]} ";

    private QaChecks() {
    }

    public static List<QaIssue> check(String source, @Nullable String target) {
        List<QaIssue> issues = new ArrayList<>();
        if (target == null || target.isBlank()) {
            issues.add(new QaIssue(QaIssue.Check.EMPTY, ""));
            return issues;
        }
        placeholders(source, target, issues);
        numbers(source, target, issues);
        if (target.strip().equals(source.strip()) && Placeholders.plain(source).codePoints().anyMatch(Character::isLetter)) {
            issues.add(new QaIssue(QaIssue.Check.SAME_AS_SOURCE, ""));
        }
        if (!edges(source).equals(edges(target))) {
            issues.add(new QaIssue(QaIssue.Check.LEADING_TRAILING_SPACE, ""));
        }
        if (target.contains("  ") && !source.contains("  ")) {
            issues.add(new QaIssue(QaIssue.Check.DOUBLE_SPACE, ""));
        }
        String sourceEnd = ending(source);
        String targetEnd = ending(target);
        if (!sourceEnd.equals(targetEnd)) {
            issues.add(new QaIssue(QaIssue.Check.ENDING_PUNCTUATION,
                    show(sourceEnd) + " → " + show(targetEnd)));
        }
        lengthRatio(source, target, issues);
        return issues;
    }

    public static boolean blocks(List<QaIssue> issues) {
        return issues.stream().anyMatch(QaIssue::blocking);
    }

    private static void placeholders(String source, String target, List<QaIssue> issues) {
        Map<String, Long> expected = count(source);
        Map<String, Long> found = count(target);
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        expected.forEach((token, n) -> {
            if (found.getOrDefault(token, 0L) < n) {
                missing.add(token);
            }
        });
        found.forEach((token, n) -> {
            if (expected.getOrDefault(token, 0L) < n) {
                extra.add(token);
            }
        });
        if (!missing.isEmpty()) {
            issues.add(new QaIssue(QaIssue.Check.MISSING_PLACEHOLDER, String.join(" ", missing)));
        }
        if (!extra.isEmpty()) {
            issues.add(new QaIssue(QaIssue.Check.EXTRA_PLACEHOLDER, String.join(" ", extra)));
        }
        String broken = PairChecks.broken(target);
        if (!broken.isEmpty()) {
            issues.add(new QaIssue(QaIssue.Check.BROKEN_PAIR, broken));
        }
        String split = PairChecks.splitWords(source, target);
        if (!split.isEmpty()) {
            issues.add(new QaIssue(QaIssue.Check.SPLIT_WORD, split));
        }
        String empty = PairChecks.empty(source, target);
        if (!empty.isEmpty()) {
            issues.add(new QaIssue(QaIssue.Check.EMPTY_PAIR, empty));
        }
    }

    private static Map<String, Long> count(String text) {
        return Placeholders.tokens(text).stream()
                .collect(Collectors.groupingBy(Placeholders.Token::text, LinkedHashMap::new, Collectors.counting()));
    }

    private static void numbers(String source, String target, List<QaIssue> issues) {
        Map<String, Integer> expected = numbers(Placeholders.plain(source));
        Map<String, Integer> found = numbers(Placeholders.plain(target));
        if (!expected.equals(found)) {
            List<String> differ = new ArrayList<>();
            expected.forEach((n, c) -> {
                if (!c.equals(found.get(n))) {
                    differ.add(n);
                }
            });
            found.forEach((n, c) -> {
                if (!expected.containsKey(n)) {
                    differ.add(n);
                }
            });
            issues.add(new QaIssue(QaIssue.Check.NUMBERS_DIFFER, String.join(" ", differ)));
        }
    }

    /** Numbers by their digits, so 1,200 = 1.200 = 1 200 and 3.5 = 3,5 across languages. */
    private static Map<String, Integer> numbers(String text) {
        Map<String, Integer> result = new HashMap<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            result.merge(m.group().replaceAll("\\D", ""), 1, Integer::sum);
        }
        return result;
    }

    private static String edges(String text) {
        boolean leading = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
        boolean trailing = !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
        return leading + "/" + trailing;
    }

    /** The sentence's final punctuation, past closing quotes, brackets and placeholders. */
    static String ending(String text) {
        String plain = Placeholders.plain(text).strip();
        int end = plain.length();
        while (end > 0 && TRAILING_CLOSERS.indexOf(plain.charAt(end - 1)) >= 0) {
            end--;
        }
        plain = plain.substring(0, end);
        if (plain.endsWith("...") || plain.endsWith("…")) {
            return "…";
        }
        if (plain.isEmpty()) {
            return "";
        }
        char last = plain.charAt(plain.length() - 1);
        return switch (last) {
            case '.', '!', '?', ':', ';', ',' -> String.valueOf(last);
            default -> "";
        };
    }

    private static String show(String punctuation) {
        return punctuation.isEmpty() ? "∅" : punctuation;
    }

    private static void lengthRatio(String source, String target, List<QaIssue> issues) {
        int sourceLength = Placeholders.plain(source).strip().length();
        int targetLength = Placeholders.plain(target).strip().length();
        if (sourceLength < MIN_LENGTH_FOR_RATIO) {
            return;
        }
        double ratio = (double) targetLength / sourceLength;
        if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
            issues.add(new QaIssue(QaIssue.Check.LENGTH_RATIO, String.format(java.util.Locale.ROOT, "%.1f", ratio)));
        }
    }
}
