package org.interlinea.content.api;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.interlinea.content.ContentProblem;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncProgress;
import org.interlinea.content.SyncStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the site's deploy script ask for a sync after it changed the content folder, and follow it. A sync runs
 * in the background: {@code POST /api/sync} answers {@code 202} with the run at once (its {@code Location} is the
 * run, to poll for the result), or {@code 409} with the running one; it never waits for a sync to end.
 */
@RestController
class SyncController {

    private final ContentSyncService sync;
    private final Clock clock;

    SyncController(ContentSyncService sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    /** A run: {@code state} is {@code running}, {@code finished}, {@code failed} or {@code interrupted}. */
    record Run(long id, String state, String triggeredBy, Instant startedAt, Instant finishedAt, long durationMs,
               int pagesDone, int pagesTotal, List<String> pagesAtWork, int added, int changed, int removed,
               int unchanged, int problems, String failure) {
    }

    /** {@code state}: {@code running} or {@code idle}; {@code run}: the running run, else the last one (or null). */
    record Status(String state, Run run) {
    }

    /** A finished run also lists the content folder's problems, as the run left them. */
    record RunResult(Run run, List<ContentProblem> problemList) {
    }

    record Refused(String error, Status status) {
    }

    @PostMapping("/api/sync")
    ResponseEntity<?> start(Principal user) {
        return sync.start("api:" + user.getName())
                .<ResponseEntity<?>>map(run -> ResponseEntity.accepted().location(URI.create("/api/sync/runs/" + run.id()))
                        .body(status(sync.status())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(new Refused(
                        "A sync is already running; follow it at /api/sync/status and try again when it has ended",
                        status(sync.status()))));
    }

    @GetMapping("/api/sync/status")
    Status status() {
        return status(sync.status());
    }

    @GetMapping("/api/sync/runs/{id}")
    ResponseEntity<?> run(@PathVariable long id) {
        return sync.run(id)
                .<ResponseEntity<?>>map(p -> ResponseEntity.ok(new RunResult(run(p, !p.finished() && sync.status().running()),
                        p.finished() ? sync.currentProblems() : List.of())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(java.util.Map.of("error", "No sync run " + id)));
    }

    private Status status(SyncStatus status) {
        return new Status(status.running() ? "running" : "idle",
                status.run() == null ? null : run(status.run(), status.running()));
    }

    private Run run(SyncProgress p, boolean running) {
        String state = p.finished() ? (p.failure() == null ? "finished" : "failed") : running ? "running" : "interrupted";
        return new Run(p.runId(), state, p.triggeredBy(), p.startedAt(), p.finishedAt(),
                p.duration(clock.instant()).toMillis(), p.pagesDone(), p.pagesTotal(), p.pagesAtWork(), p.added(),
                p.changed(), p.removed(), p.unchanged(), p.problems(), p.failure());
    }
}
