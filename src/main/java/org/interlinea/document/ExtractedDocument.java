package org.interlinea.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A source page cut into segments, able to write itself back with translations ({@link #merge}).
 * It keeps the original text, so it is a value for one page at a time, not something to cache per page.
 */
public final class ExtractedDocument {

    private final HtmlText original;
    private final String language;
    private final List<SourceSegment> sources;
    private final List<Segment> segments;
    private final int paragraphCount;

    ExtractedDocument(HtmlText original, String language, List<SourceSegment> sources) {
        this.original = original;
        this.language = language;
        this.sources = List.copyOf(sources);
        this.segments = this.sources.stream().map(SourceSegment::segment).toList();
        this.paragraphCount = segments.isEmpty() ? 0 : segments.getLast().paragraph() + 1;
    }

    /** All segments in document order; {@code segments().get(i).index() == i}. */
    public List<Segment> segments() {
        return segments;
    }

    public Segment segment(int index) {
        checkIndex(index);
        return segments.get(index);
    }

    /** The source text of a segment, placeholders included (what a translation replaces). */
    public String sourceText(int index) {
        return segment(index).text();
    }

    /** The number of blocks (paragraphs, headings, list items, attributes) that have segments. */
    public int paragraphCount() {
        return paragraphCount;
    }

    /** The segments of one block, in order. */
    public List<Segment> paragraph(int paragraph) {
        return segments.stream().filter(s -> s.paragraph() == paragraph).toList();
    }

    /** The source language the document was segmented for. */
    public String language() {
        return language;
    }

    /** The charset the page was read with and is written back in. */
    public Charset charset() {
        return original.charset();
    }

    public int totalWords() {
        return segments.stream().mapToInt(Segment::words).sum();
    }

    /**
     * The page with {@code translations} (segment index → text with the same placeholders) put in place
     * of the source text; segments without one keep the source. With a {@code targetLanguage}, the root
     * {@code <html>} tag gets {@code lang} (and {@code dir="rtl"} for right-to-left languages, no
     * {@code dir} otherwise). With no translations and no language the result is the input, byte for byte.
     *
     * @throws DocumentException naming the segment when a translation lacks a required placeholder,
     *                           has an unknown or duplicated one, or names a segment that does not exist
     */
    public byte[] merge(Map<Integer, String> translations, @Nullable String targetLanguage) {
        for (Integer index : translations.keySet()) {
            if (index == null || index < 0 || index >= segments.size()) {
                throw new DocumentException("There is no segment " + index + " in this document (it has "
                        + segments.size() + ").");
            }
        }
        RootTag.Edit rootEdit = targetLanguage == null ? null : RootTag.edit(original.text(), targetLanguage);
        String merged = Merger.merge(original.text(), sources, translations, rootEdit, original.charset(),
                original.newText());
        try {
            ByteBuffer encoded = original.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(merged));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            // Merger writes what the charset lacks as references; reaching here is a bug, never a '?' in a page.
            throw new IllegalStateException("The merged page cannot be written in " + original.charset(), e);
        }
    }

    /** The original markup behind each placeholder of a segment, in the order of the text. */
    Map<String, String> placeholders(int index) {
        checkIndex(index);
        Map<String, String> map = new LinkedHashMap<>();
        for (Markup m : sources.get(index).markups()) {
            map.put(m.token(), original.text().substring(m.start(), m.end()));
        }
        return map;
    }

    SourceSegment source(int index) {
        checkIndex(index);
        return sources.get(index);
    }

    String originalText() {
        return original.text();
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= segments.size()) {
            throw new IndexOutOfBoundsException("segment " + index + " of " + segments.size());
        }
    }
}
