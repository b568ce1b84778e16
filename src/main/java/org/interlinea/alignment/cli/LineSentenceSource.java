package org.interlinea.alignment.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One segment per line, UTF-8, no segmentation: line i is sentence i (blank lines included, so that
 * bead indexes are line numbers). Each line is its own paragraph only in the sense of a line; no
 * paragraph structure is assumed.
 */
final class LineSentenceSource implements SentenceSource {

    @Override
    public List<Sentence> read(Path file, String language) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
        List<Sentence> sentences = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            String line = k == 0 && lines.get(k).startsWith("\uFEFF") ? lines.get(k).substring(1) : lines.get(k);
            sentences.add(new Sentence(k, 0, line));
        }
        return sentences;
    }
}
