package org.interlinea.content;

import org.jspecify.annotations.Nullable;

/** Whether a sync is running (here or on another node), and the run it is, or else the last one. */
public record SyncStatus(boolean running, @Nullable SyncProgress run) {
}
