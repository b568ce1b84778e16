package org.interlinea.coverage;

/**
 * Whether readers of a language can read a page (see design notes, Statuses). {@code MISSING} is the
 * case in which the site shows its "not available in this language" notice.
 */
public enum Availability {
    SOURCE, PUBLISHED, OUTDATED, READY, IN_PROGRESS, MISSING
}
