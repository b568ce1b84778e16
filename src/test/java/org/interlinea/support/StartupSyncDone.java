package org.interlinea.support;

import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncRun;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * Holds the test context back until the sync at start has ended. The app syncs in the background, so it is
 * usable at once; tests that read the demo corpus want it imported first.
 */
public class StartupSyncDone {

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void awaitStartupSync(ApplicationReadyEvent ready) {
        ContentSyncService sync = ready.getApplicationContext().getBean(ContentSyncService.class);
        sync.current().ifPresent(SyncRun::await);
    }
}
