package org.interlinea.content;

import java.util.Optional;
import org.interlinea.InterlineaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Once the app is up: finishes a sync that a crash or a shutdown cut short, then syncs the content folder, so the
 * first screen shows what the site serves. Both run in the background; the app is usable at once.
 */
@Component
class ContentSyncAtStartup {

    private static final Logger log = LoggerFactory.getLogger(ContentSyncAtStartup.class);

    private final ContentSyncService sync;
    private final boolean enabled;

    ContentSyncAtStartup(ContentSyncService sync, InterlineaProperties properties) {
        this.sync = sync;
        this.enabled = properties.syncOnStart();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void syncAtStart() {
        next(-1);
    }

    /** Resumes cut runs one after the other (each when the one before has ended), then the sync at start. */
    private void next(long resumedBefore) {
        try {
            Optional<SyncRun> resumed = sync.resumeUnfinished();
            if (resumed.isPresent() && resumed.get().id() != resumedBefore) {
                long id = resumed.get().id();
                resumed.get().result().whenComplete((report, failure) -> next(id));
            } else if (resumed.isEmpty() && enabled && sync.start("start").isEmpty()) {
                log.info("No sync at start: one is already running");
            }
        } catch (RuntimeException e) {
            // e.g. the app is shutting down while a resumed run ends; the next start tries again
            log.warn("Sync at start not done: {}", e.getMessage());
        }
    }
}
