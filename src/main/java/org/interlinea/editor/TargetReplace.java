package org.interlinea.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlinea.document.Placeholders;
import org.jspecify.annotations.Nullable;

/**
 * Find and replace in target texts: literal text, optionally ignoring case, only in the plain runs between
 * placeholder tokens ({@code <1>}, {@code </1>}, {@code {2}}), never inside them. Placeholder syntax in the
 * find or replacement is refused (placeholders are never replaced). Text a replace makes look like a
 * placeholder stays text, escaped as the page's own would be; should a text still come out with other
 * tokens than it had, replacing is refused.
 */
public record TargetReplace(String find, String replacement, boolean matchCase) {

    /** Why a replace cannot even be tried. */
    public enum Problem { EMPTY_FIND, PLACEHOLDER_IN_FIND, PLACEHOLDER_IN_REPLACEMENT }

    /** A target text to search: the segment's id, its 0-based position on the page and the text. */
    public record Target(long segmentId, int position, String text) {
    }

    /** A text after replacing: how many occurrences, and whether its placeholders stay as they were. */
    public record Outcome(String text, int occurrences, boolean breaksPlaceholders) {
    }

    /** A segment that would change. */
    public record Change(Target target, String after, int occurrences) {
    }

    /**
     * What replacing in some targets would do: the changes, and the 1-based numbers of segments where it
     * would create or break a placeholder (then nothing may be replaced).
     */
    public record Plan(@Nullable Problem problem, List<Change> changes, List<Integer> breaking) {

        public int segments() {
            return changes.size();
        }

        public int occurrences() {
            return changes.stream().mapToInt(Change::occurrences).sum();
        }

        /** Replacing is allowed: nothing wrong with the input, no placeholder touched, something to change. */
        public boolean allowed() {
            return problem == null && breaking.isEmpty() && !changes.isEmpty();
        }
    }

    public TargetReplace {
        find = find == null ? "" : find;
        replacement = replacement == null ? "" : replacement;
    }

    public Optional<Problem> problem() {
        if (find.isEmpty()) {
            return Optional.of(Problem.EMPTY_FIND);
        }
        if (!Placeholders.tokens(find).isEmpty()) {
            return Optional.of(Problem.PLACEHOLDER_IN_FIND);
        }
        if (!Placeholders.tokens(replacement).isEmpty()) {
            return Optional.of(Problem.PLACEHOLDER_IN_REPLACEMENT);
        }
        return Optional.empty();
    }

    /** Replaces every occurrence in the plain runs of {@code text}; the text unchanged when there is a problem. */
    public Outcome apply(@Nullable String text) {
        String original = text == null ? "" : text;
        if (problem().isPresent()) {
            return new Outcome(original, 0, false);
        }
        Pattern pattern = Pattern.compile(Pattern.quote(find),
                matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String literal = Matcher.quoteReplacement(replacement);
        List<Placeholders.Piece> pieces = new ArrayList<>();
        int occurrences = 0;
        for (Placeholders.Piece piece : Placeholders.pieces(original)) {
            if (piece.isToken()) {
                pieces.add(piece);
                continue;
            }
            // the text as the translator reads it (a page's "{1}" is text), written back escaped
            StringBuilder out = new StringBuilder(piece.text().length());
            Matcher m = pattern.matcher(piece.text());
            while (m.find()) {
                occurrences++;
                m.appendReplacement(out, literal);
            }
            m.appendTail(out);
            pieces.add(Placeholders.Piece.text(out.toString()));
        }
        String after = occurrences == 0 ? original : Placeholders.coded(pieces);
        boolean breaks = occurrences > 0 && !tokenTexts(original).equals(tokenTexts(after));
        return new Outcome(after, occurrences, breaks);
    }

    public Plan plan(List<Target> targets) {
        Optional<Problem> problem = problem();
        if (problem.isPresent()) {
            return new Plan(problem.get(), List.of(), List.of());
        }
        List<Change> changes = new ArrayList<>();
        List<Integer> breaking = new ArrayList<>();
        for (Target target : targets) {
            Outcome outcome = apply(target.text());
            if (outcome.occurrences() == 0 || outcome.text().equals(target.text())) {
                continue;
            }
            if (outcome.breaksPlaceholders()) {
                breaking.add(target.position() + 1);
            }
            changes.add(new Change(target, outcome.text(), outcome.occurrences()));
        }
        return new Plan(null, List.copyOf(changes), List.copyOf(breaking));
    }

    private static List<String> tokenTexts(String text) {
        return Placeholders.tokens(text).stream().map(Placeholders.Token::text).toList();
    }
}
