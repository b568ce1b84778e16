package org.interlinea.content;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The outcome of one sync of the content folder with the database. */
public record SyncReport(int added, int changed, int removed, int unchanged, List<ContentProblem> problems,
                         Set<Long> changedPageIds, Duration duration, boolean skippedBecauseRunning) {

    static SyncReport alreadyRunning() {
        return new SyncReport(0, 0, 0, 0, List.of(), Set.of(), Duration.ZERO, true);
    }

    public long errorCount() {
        return problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
    }
}
