package org.interlinea.publish;

import java.nio.file.Path;

/** What publishing wrote: the file, how many segments were translated, how many kept the source text. */
public record PublishResult(Path file, int segments, int translated, int sourceTextUsed, long bytes) {
}
