package org.interlinea.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Syncs the content folder once the app is up, so the first screen shows what the site serves. */
@Component
class ContentSyncAtStartup {

    private final ContentSyncService sync;
    private final boolean enabled;

    ContentSyncAtStartup(ContentSyncService sync, @Value("${interlinea.sync-on-start:true}") boolean enabled) {
        this.sync = sync;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void syncAtStart() {
        if (enabled) {
            sync.sync("start");
        }
    }
}
