package org.interlinea.publish;

import java.nio.file.Path;

/**
 * What publishing wrote: the file, its path on the site ({@code /pt/slug.html}, relative to the content
 * folder), how many segments were translated and how many were marked "no translation needed".
 */
public record PublishResult(Path file, String sitePath, int segments, int translated, int noTranslationNeeded,
                            long bytes) {
}
