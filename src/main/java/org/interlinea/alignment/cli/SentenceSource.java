package org.interlinea.alignment.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the sentences to align come from: one per line of a text file, or the segments of an HTML page.
 */
interface SentenceSource {

    List<Sentence> read(Path file, String language) throws IOException;

    /** The source for a file, chosen by its extension. */
    static SentenceSource forFile(Path file) {
        return isHtml(file) ? new HtmlSentenceSource() : new LineSentenceSource();
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
