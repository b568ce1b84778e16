package org.interlinea.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one sync run is: pages done of the pages it found changed, the pages being read right now, the files
 * it counted so far, and how many problems the content folder has. {@code finishedAt} is null while it runs (or,
 * when no sync is running, for a run cut by a crash that the next start resumes); {@code failure} says why a
 * run stopped before its end.
 */
public record SyncProgress(long runId, String triggeredBy, Instant startedAt, @Nullable Instant finishedAt,
                           int pagesDone, int pagesTotal, List<String> pagesAtWork, int added, int changed,
                           int removed, int unchanged, int problems, @Nullable String failure) {

    public SyncProgress {
        pagesAtWork = List.copyOf(pagesAtWork);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** Start to end, everything included; up to {@code now} while it runs. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }

    SyncProgress withProblems(int count) {
        return new SyncProgress(runId, triggeredBy, startedAt, finishedAt, pagesDone, pagesTotal, pagesAtWork, added,
                changed, removed, unchanged, count, failure);
    }
}
