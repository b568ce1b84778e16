package org.interlinea.alignment.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interlinea.document.DocumentException;
import org.interlinea.document.HtmlDocuments;

/** Sentences of an HTML page: extracted and segmented as the app does it, placeholders kept. */
final class HtmlSentenceSource implements SentenceSource {

    @Override
    public List<Sentence> read(Path file, String language) throws IOException {
        try {
            return HtmlDocuments.extract(Files.readAllBytes(file), language).segments().stream()
                    .map(s -> new Sentence(s.index(), s.paragraph(), s.text()))
                    .toList();
        } catch (DocumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
