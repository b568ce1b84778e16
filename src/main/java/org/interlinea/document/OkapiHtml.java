package org.interlinea.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.html.Parameters;

/** Runs Okapi's HTML filter with Interlinea's rules ({@code interlinea-html.yml}) and keeps all events. */
final class OkapiHtml {

    private static final String RULES = loadRules();
    /** Parsing the YAML rules costs more than filtering a small page; each thread keeps its own copy. */
    private static final ThreadLocal<Parameters> PARAMETERS = ThreadLocal.withInitial(() -> new Parameters(RULES));

    static {
        // Jericho logs every oddity of real-world markup at ERROR level; the filter copes, so stay quiet.
        // Okapi routes Jericho through SLF4J, so the level is set on the logger itself.
        if (org.slf4j.LoggerFactory.getLogger("net.htmlparser.jericho") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    private OkapiHtml() {
    }

    private static String loadRules() {
        try (InputStream in = OkapiHtml.class.getResourceAsStream("interlinea-html.yml")) {
            if (in == null) {
                throw new IllegalStateException("interlinea-html.yml is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws CancellationException when the thread is interrupted: the filter stops at its next tag (its own
     *                               loop asks {@link HtmlFilter#isCanceled} before each), so a page that takes too
     *                               long can be abandoned
     */
    static List<Event> events(String text, LocaleId language) {
        List<Event> events = new ArrayList<>();
        // A fresh filter per document: Okapi filters keep per-document state and are not thread-safe.
        try (HtmlFilter filter = new TextHtmlFilter()) {
            filter.setParameters(PARAMETERS.get());
            // The text is already decoded (see TextHtmlFilter for the encoding Okapi would still apply).
            // A leading byte-order mark makes Okapi re-detect the encoding of its own UTF-16 copy and
            // read garbage; a space in its place keeps every offset and is skipped by SourceMapper.
            String input = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
            filter.open(new RawDocument(input, language));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (Thread.currentThread().isInterrupted()) {
                    // a cancelled filter returns null and goes on saying it has more
                    throw new CancellationException("reading the page was stopped");
                }
                events.add(event);
            }
        }
        return events;
    }

    /**
     * Okapi's HTML filter, told that the input is text already, and cancelled when its thread is interrupted.
     * Okapi reads the page's declared encoding and writes the text it was handed to a cleaned-up temporary copy
     * in that encoding, then reads the copy back: every character the declaration cannot hold became '?' (a
     * windows-1252 quote in a page labelled ISO-8859-1, any text of a page whose label is wrong). Both the copy
     * and its reading are made UTF-8, which holds all. Okapi checks for cancelling between tags, so an interrupt
     * of the reading thread (a page over the sync's time limit) stops it.
     */
    private static final class TextHtmlFilter extends HtmlFilter {
        private boolean decodedText;

        @Override
        protected String detectEncoding(RawDocument input) {
            String declared = super.detectEncoding(input);
            decodedText |= input.getInputCharSequence() != null;
            return decodedText ? "UTF-8" : declared;
        }

        @Override
        public boolean isCanceled() {
            return Thread.currentThread().isInterrupted() || super.isCanceled();
        }
    }
}
