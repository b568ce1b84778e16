package org.interlinea.coverage;

/**
 * Whether readers of a language can read a page (see design notes, Statuses). {@code MISSING} is the
 * case in which the site shows its "not available in this language" notice. {@code PUBLISHED_WITH_CHANGES}:
 * the published file matches the current source, but translations changed since it was written.
 */
public enum Availability {
    SOURCE, PUBLISHED, PUBLISHED_WITH_CHANGES, OUTDATED, READY, IN_PROGRESS, MISSING;

    /** A reader gets a page in this language: the site links it. */
    public boolean readable() {
        return this == SOURCE || this == PUBLISHED || this == PUBLISHED_WITH_CHANGES || this == OUTDATED;
    }
}
