package org.interlinea.alignment.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the sentences to align come from. Plain text today; HTML once the document feature
 * ({@code HtmlDocuments.extract}) is merged, without the command changing.
 */
interface SentenceSource {

    List<Sentence> read(Path file, String language) throws IOException;

    /** The source for a file, chosen by its extension. */
    static SentenceSource forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new HtmlSentenceSource();
        }
        return new LineSentenceSource();
    }
}
