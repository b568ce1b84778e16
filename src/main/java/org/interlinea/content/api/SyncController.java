package org.interlinea.content.api;

import java.security.Principal;
import java.util.List;
import org.interlinea.content.ContentProblem;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the site's deploy script ask for a sync after it changed the content folder. */
@RestController
class SyncController {

    private final ContentSyncService sync;

    SyncController(ContentSyncService sync) {
        this.sync = sync;
    }

    record SyncResult(int added, int changed, int removed, int unchanged, long durationMs,
                      List<ContentProblem> problems) {
    }

    @PostMapping("/api/sync")
    ResponseEntity<?> sync(Principal user) {
        SyncReport report = sync.sync("api:" + user.getName());
        if (report.skippedBecauseRunning()) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(java.util.Map.of("error", "A sync is already running; try again in a moment"));
        }
        return ResponseEntity.ok(new SyncResult(report.added(), report.changed(), report.removed(),
                report.unchanged(), report.duration().toMillis(), report.problems()));
    }
}
