package org.interlinea.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import org.jspecify.annotations.Nullable;

/**
 * Turns an HTML page into segments for translation and back.
 *
 * <p>Extraction uses Okapi's HTML filter with Interlinea's rules (block text, {@code <title>}, {@code alt}
 * and {@code title} attributes, the meta description; nothing in script, style, pre or code) and
 * Interlinea's SRX sentence rules. Each segment remembers its exact place in the original text, so
 * {@link ExtractedDocument#merge} rewrites only translated sentences and leaves every other byte alone.
 */
public final class HtmlDocuments {

    private HtmlDocuments() {
    }

    /**
     * @param html     the page's bytes, in the encoding a byte-order mark, its declaration or detection says
     *                 ({@link org.interlinea.content.PageText})
     * @param language the page's language (BCP 47), which chooses the sentence rules
     * @throws DocumentException for an empty, binary, broken (a stray byte) or non-HTML file, or markup the HTML
     *                           filter cannot handle
     * @throws CancellationException when the thread is interrupted while the HTML filter reads the page
     */
    public static ExtractedDocument extract(byte[] html, @Nullable String language) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language is required");
        }
        HtmlText text = HtmlText.decode(html);
        LocaleId locale = LocaleId.fromBCP47(language);
        List<MappedUnit> units;
        try {
            List<Event> events = OkapiHtml.events(text.text(), locale);
            units = SourceMapper.map(text.text(), text.contentStart(), events);
        } catch (CancellationException e) {
            throw e; // the thread was interrupted (a time limit ran out): not a fault of the page's markup
        } catch (SourceMapper.MappingException e) {
            throw new DocumentException("The HTML could not be read reliably near " + position(text.text(), e.offset)
                    + " (" + e.getMessage() + "); the markup there is probably malformed.", e);
        } catch (OkapiException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            if (Thread.currentThread().isInterrupted()) {
                // interrupted while Okapi read its input (ClosedByInterruptException): stopped, like above
                throw (CancellationException) new CancellationException("reading the page was stopped").initCause(e);
            }
            throw new DocumentException("The HTML could not be read: " + e.getMessage(), e);
        }
        SentenceBreaker breaker = SentenceBreaker.forLanguage(locale);
        List<SourceSegment> segments = new ArrayList<>();
        int paragraph = 0;
        for (MappedUnit unit : units) {
            List<SourceSegment> unitSegments = UnitSegmenter.segments(unit, breaker.breaks(unit.fragment()),
                    segments.size(), paragraph);
            if (!unitSegments.isEmpty()) {
                segments.addAll(unitSegments);
                paragraph++;
            }
        }
        return new ExtractedDocument(text, language, segments);
    }

    /** "line 12, column 5" for an offset, so a person can find the spot. */
    static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }
}
