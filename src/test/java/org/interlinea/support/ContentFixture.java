package org.interlinea.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A content folder for one test class: write, change and delete page files. */
public final class ContentFixture {

    private final Path root;

    public ContentFixture() {
        try {
            root = Files.createTempDirectory("interlinea-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public static String page(String lang, String title, String published, int priority, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <meta property="article:published_time" content="%s">
                <meta name="interlinea:priority" content="%d">
                </head>
                <body>
                <article><h1>%s</h1>
                %s
                </article>
                </body>
                </html>
                """.formatted(lang, title, published, priority, title, body);
    }

    public Path write(String lang, String slug, String html) {
        return writeBytes(lang, slug, html.getBytes(StandardCharsets.UTF_8));
    }

    public Path writeBytes(String lang, String slug, byte[] bytes) {
        try {
            Path file = root.resolve(lang).resolve(slug + ".html");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String lang, String slug) {
        try {
            Files.deleteIfExists(root.resolve(lang).resolve(slug + ".html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
