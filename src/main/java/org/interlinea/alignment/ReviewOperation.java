package org.interlinea.alignment;

/** The changes a reviewer can make to a page's alignment; each can be undone. */
public enum ReviewOperation {
    CONFIRM, MERGE, SPLIT, MOVE_TARGET_UP, MOVE_TARGET_DOWN, MOVE_SOURCE_UP, MOVE_SOURCE_DOWN, NO_COUNTERPART, JOIN_TARGETS,
    SPLIT_TARGET, UNDO
}
