package org.interlinea.document;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document back with some segments replaced. Only the ranges of translated segments (and the
 * root tag, when a language is given) change; every other character is copied from the original, so
 * a merge without changes gives the original bytes back. Segments nest (an image's alt text lies
 * inside a placeholder of its paragraph's sentence), so rendering recurses into placeholder ranges.
 */
final class Merger {

    /** A range to replace: a segment, or the root tag (segment == null, fixed text). */
    private record Span(int start, int end, SourceSegment segment, String fixed) {
    }

    private final String src;
    private final List<Span> spans = new ArrayList<>();
    private final Map<Integer, String> translations;
    /** What new text must fit, and what the page is written in (new text must fit both). */
    private final CharsetEncoder newText;
    private final CharsetEncoder page;
    private final StringBuilder out;
    /** Where each {@code <![CDATA[} section starts, and where its {@code ]]>} ends, in order. */
    private final int[] cdataStarts;
    private final int[] cdataEnds;

    private Merger(String src, List<SourceSegment> segments, Map<Integer, String> translations,
            RootTag.@Nullable Edit rootEdit, Charset charset, Charset newText) {
        this.src = src;
        this.translations = translations;
        this.newText = newText.newEncoder();
        this.page = charset.newEncoder();
        this.out = new StringBuilder(src.length() + src.length() / 4);
        List<int[]> cdata = new ArrayList<>();
        int open = src.indexOf("<![CDATA[");
        while (open >= 0) {
            int close = src.indexOf("]]>", open);
            int end = close < 0 ? src.length() : close;
            cdata.add(new int[] {open, end});
            open = src.indexOf("<![CDATA[", end);
        }
        this.cdataStarts = cdata.stream().mapToInt(r -> r[0]).toArray();
        this.cdataEnds = cdata.stream().mapToInt(r -> r[1]).toArray();
        for (SourceSegment s : segments) {
            spans.add(new Span(s.start(), s.end(), s, null));
        }
        if (rootEdit != null) {
            spans.add(new Span(rootEdit.start(), rootEdit.end(), null, rootEdit.text()));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    }

    static String merge(String src, List<SourceSegment> segments, Map<Integer, String> translations,
            RootTag.Edit rootEdit, Charset charset, Charset newText) {
        Merger merger = new Merger(src, segments, translations, rootEdit, charset, newText);
        merger.render(0, src.length(), 0);
        return merger.out.toString();
    }

    /** Copies [a, b) of the original, rendering the spans that start inside it (from span index {@code from}). */
    private void render(int a, int b, int from) {
        int cursor = a;
        for (int j = firstSpanAt(a, from); j < spans.size() && spans.get(j).start() < b; j++) {
            Span span = spans.get(j);
            if (span.start() < cursor || span.end() > b) {
                continue; // nested in a span already rendered, or not inside this range
            }
            out.append(src, cursor, span.start());
            renderSpan(j);
            cursor = span.end();
        }
        out.append(src, cursor, b);
    }

    private int firstSpanAt(int a, int from) {
        int lo = from;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < a) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void renderSpan(int j) {
        Span span = spans.get(j);
        if (span.segment() == null) {
            out.append(span.fixed());
            return;
        }
        String translation = translations.get(span.segment().segment().index());
        // An unchanged sentence keeps its original form (line breaks, entities) rather than a re-rendering.
        if (translation == null || translation.equals(span.segment().segment().text())) {
            render(span.start(), span.end(), j + 1);
            return;
        }
        // An attribute value that was unquoted in the page is written in double quotes: unquoted, a space in
        // the translation would end the value and the rest would become new attributes (onerror=...). An
        // unquoted value holds no white space and every sentence break needs some, so it is one segment.
        boolean addQuotes = span.segment().attribute() && span.segment().quote() == 0;
        if (addQuotes) {
            out.append('"');
        }
        boolean cdata = insideCdata(span.start());
        for (Translation.Piece piece : Translation.parse(span.segment(), translation)) {
            if (piece.markup() != null) {
                render(piece.markup().start(), piece.markup().end(), j + 1);
            } else if (cdata) {
                writeCdata(piece.text(), span.segment());
            } else {
                escape(piece.text(), span.segment());
            }
        }
        if (addQuotes) {
            out.append('"');
        }
    }

    /**
     * Translated text as HTML: markup characters escaped (so a translation can never add markup or leave its
     * attribute value), characters the page's charset lacks as references. Inside an attribute the quote
     * that delimits the value (double when it was unquoted) is escaped, so a quote in a translation stays text.
     */
    private void escape(String text, SourceSegment segment) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(segment.attribute() && segment.quote() != '\'' ? "&quot;" : "\"");
                case '\'' -> out.append(segment.attribute() && segment.quote() == '\'' ? "&#39;" : "'");
                default -> {
                    String c = new String(Character.toChars(cp));
                    if (cp < 0x80 || newText.canEncode(c) && page.canEncode(c)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append("&#").append(cp).append(';');
                    }
                }
            }
        }
    }

    /** Whether {@code at} lies in a {@code <![CDATA[ ]]>} section (XHTML, SVG, pages of wikis), where text is literal. */
    private boolean insideCdata(int at) {
        int i = Arrays.binarySearch(cdataStarts, at);
        int section = i >= 0 ? i : -i - 2; // the last section starting at or before 'at'
        return section >= 0 && at < cdataEnds[section];
    }

    /**
     * Translated text inside CDATA, where a reference would show as typed: characters as they are, except '>'.
     * XML ends the section at "]]>", and an HTML parser reads the whole section as a comment that ends at the
     * first '>': either way the rest would become markup. A character the page's encoding cannot hold has no
     * way to be written there, so the merge is refused, saying what would help.
     */
    private void writeCdata(String text, SourceSegment segment) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (cp == '>') {
                out.append("&gt;");
            } else if (cp < 0x80 || page.canEncode(c)) {
                out.append(c);
            } else {
                throw new DocumentException("Segment " + segment.segment().index() + ": the character " + c
                        + String.format(" (U+%04X)", cp) + " cannot be written inside <![CDATA[ ]]> in "
                        + page.charset().name() + ", the page's encoding. Save the page as UTF-8 with "
                        + "<meta charset=\"utf-8\">, or leave the character out.");
            }
        }
    }
}
