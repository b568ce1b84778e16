package org.interlinea.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.interlinea.document.cli.PseudoTranslation;

/** Round-trip checks of one page, shared by the corpus test and the benchmark. */
final class RoundTrip {

    /**
     * The outcome for one page: null problem means byte-identical and pseudo round trip intact. A refusal is a
     * problem Interlinea itself reports to people (a {@link DocumentException}, whose message says what to do),
     * as opposed to a page that silently comes back different.
     */
    record Result(Path page, String problem, boolean refused) {
        Result(Path page, String problem) {
            this(page, problem, false);
        }
    }

    private RoundTrip() {
    }

    /** The text of all segments without placeholders, whitespace collapsed. */
    static String plain(List<String> segmentTexts) {
        return String.join(" ", segmentTexts).replaceAll("</?\\d+>|\\{\\d+}", " ").replaceAll("\\s+", " ").trim();
    }

    /** The sequence of tag names, which a merge must not change. */
    static List<String> tags(String html) {
        List<String> tags = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(/?[A-Za-z][A-Za-z0-9:-]*)").matcher(html);
        while (m.find()) {
            tags.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return tags;
    }

    static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.html?$")).sorted().toList();
        }
    }

    static Result check(Path page, String language) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        ExtractedDocument doc;
        try {
            doc = HtmlDocuments.extract(bytes, language);
        } catch (DocumentException e) {
            return new Result(page, "not extracted: " + e.getMessage(), true);
        }
        if (!Arrays.equals(bytes, doc.merge(Map.of(), null))) {
            return new Result(page, "extract + merge without changes is not byte-identical");
        }
        Map<Integer, String> same = new HashMap<>();
        Map<Integer, String> pseudo = new HashMap<>();
        for (Segment s : doc.segments()) {
            same.put(s.index(), s.text());
            pseudo.put(s.index(), PseudoTranslation.accented(s.text()));
        }
        if (!Arrays.equals(bytes, doc.merge(same, null))) {
            return new Result(page, "segments translated to themselves are not byte-identical");
        }
        // Pseudo text re-segments differently ("Ďŕ." is no abbreviation), so compare the text as a whole.
        byte[] merged;
        try {
            merged = doc.merge(pseudo, null);
        } catch (DocumentException e) {
            return new Result(page, "pseudo translation refused: " + e.getMessage(), true);
        }
        ExtractedDocument again = HtmlDocuments.extract(merged, language);
        String expected = plain(pseudo.values().stream().toList());
        String actual = plain(again.segments().stream().map(Segment::text).toList());
        if (!expected.equals(actual)) {
            int at = 0;
            while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            return new Result(page, "pseudo-translated page re-extracts differently at character " + at + ": ["
                    + expected.substring(at, Math.min(expected.length(), at + 60)) + "] vs ["
                    + actual.substring(at, Math.min(actual.length(), at + 60)) + "]");
        }
        if (!tags(doc.originalText()).equals(tags(again.originalText()))) {
            return new Result(page, "pseudo-translated page has a different tag structure");
        }
        return new Result(page, null);
    }
}
