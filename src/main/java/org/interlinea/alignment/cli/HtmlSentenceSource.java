package org.interlinea.alignment.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Placeholder for HTML input. The document feature's {@code HtmlDocuments.extract(byte[], lang)} gives
 * segments with index, paragraph and text, which map one-to-one onto {@link Sentence}; until that branch
 * is merged this source refuses clearly instead of guessing at HTML.
 */
final class HtmlSentenceSource implements SentenceSource {

    static final String NOT_AVAILABLE = "HTML alignment needs the document feature (HtmlDocuments), "
            + "which is not in this build; align .txt files with one segment per line instead";

    @Override
    public List<Sentence> read(Path file, String language) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }
}
