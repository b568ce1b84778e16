package org.interlinea.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.segmentation.SRXDocument;

/** Sentence boundaries from Interlinea's SRX rules ({@code interlinea.srx}) via Okapi's SRX segmenter. */
final class SentenceBreaker {

    private static final SRXDocument RULES = loadRules();

    /** Compiled rules per language; a segmenter keeps state between calls, so one set per thread. */
    private static final ThreadLocal<java.util.Map<String, SentenceBreaker>> CACHE =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private final ISegmenter segmenter;

    static SentenceBreaker forLanguage(LocaleId language) {
        return CACHE.get().computeIfAbsent(language.toBCP47(), tag -> new SentenceBreaker(language));
    }

    SentenceBreaker(LocaleId language) {
        // Compiling is cheap next to filtering; the shared document is not meant for concurrent use.
        synchronized (RULES) {
            segmenter = RULES.compileLanguageRules(language, null);
        }
    }

    private static SRXDocument loadRules() {
        try (InputStream in = SentenceBreaker.class.getResourceAsStream("interlinea.srx")) {
            if (in == null) {
                throw new IllegalStateException("interlinea.srx is missing from the classpath");
            }
            SRXDocument doc = new SRXDocument();
            doc.loadRules(in);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The coded-text positions where a new sentence starts (never 0). */
    List<Integer> breaks(TextFragment fragment) {
        segmenter.computeSegments(new TextContainer(fragment.clone()));
        List<Integer> breaks = new ArrayList<>();
        for (Range range : segmenter.getRanges()) {
            if (range.start > 0 && range.start < fragment.getCodedText().length()) {
                breaks.add(range.start);
            }
        }
        return breaks;
    }
}
