package org.interlinea.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file of the content folder and says whether it can be imported: not empty, not binary, text in
 * an encoding it can be written back in ({@link PageText}), an HTML document, not too large. Markup problems are warnings, not errors: browsers show such
 * pages, so the site serves them, and the coordinator should see them rather than lose them.
 */
final class ContentFileReader {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private ContentFileReader() {
    }

    /** A file that passed the checks. */
    record ReadFile(byte[] bytes, String text, String sha256, HtmlMetadata metadata, List<String> warnings) {
    }

    /** Why a file cannot be imported; with a message key (and its arguments) when the UI can say it itself. */
    static final class UnreadableContent extends Exception {
        private final String key;
        private final List<String> args;

        UnreadableContent(String reason, String key, List<String> args) {
            super(reason);
            this.key = key;
            this.args = List.copyOf(args);
        }

        String key() {
            return key;
        }

        List<String> args() {
            return args;
        }
    }

    static String sha256(byte[] bytes) {
        return ContentHashes.sha256(bytes);
    }

    /**
     * The file's bytes, read through its real path, which must lie inside the content folder: a link to
     * {@code /etc/passwd} or to a page elsewhere on the server would otherwise be imported and shown.
     */
    static byte[] readBytes(Path file, Path realRoot) throws UnreadableContent {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new UnreadableContent("the file is a link to a place outside the content folder; it is not read",
                        ContentProblem.FILE_LINK_OUTSIDE, List.of());
            }
            file = real; // read what was checked, not the link, which could change in between
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                String megabytes = String.valueOf(size / (1024 * 1024));
                String limit = String.valueOf(MAX_BYTES / (1024 * 1024));
                throw new UnreadableContent("file is " + megabytes + " MB; pages over " + limit
                        + " MB are not imported",
                        ContentProblem.TOO_LARGE, List.of(megabytes, limit));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            throw new UnreadableContent("cannot read the file: " + cause, ContentProblem.UNREADABLE, List.of(cause));
        }
    }

    /**
     * @param maxDepth how deep the page's elements may nest: deeper pages are refused before any parser reads
     *                 them, since the HTML filter's time grows with the square of the depth
     */
    static ReadFile check(byte[] bytes, String fallbackTitle, int maxDepth) throws UnreadableContent {
        PageText page;
        try {
            page = PageText.decode(bytes);
        } catch (PageText.Undecodable e) {
            throw new UnreadableContent(e.getMessage(), e.key(), e.args());
        }
        String text = page.text().startsWith("\uFEFF") ? page.text().substring(1) : page.text();
        if (text.isBlank()) {
            throw new UnreadableContent("the file is empty", ContentProblem.EMPTY, List.of());
        }
        var tooDeep = MarkupDepth.lineBeyond(text, maxDepth);
        if (tooDeep.isPresent()) {
            throw new UnreadableContent("its markup nests more than " + maxDepth + " levels deep (line "
                    + tooDeep.getAsInt() + "); such a page would take too long to read, so it is not imported",
                    ContentProblem.TOO_DEEP, List.of(String.valueOf(maxDepth), String.valueOf(tooDeep.getAsInt())));
        }
        List<String> warnings = new ArrayList<>(page.warnings());
        HtmlMetadata metadata = HtmlInspector.inspect(text, fallbackTitle, warnings);
        return new ReadFile(bytes, text, sha256(bytes), metadata, List.copyOf(warnings));
    }
}
