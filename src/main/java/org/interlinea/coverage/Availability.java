package org.interlinea.coverage;

/**
 * Whether readers of a language can read a page (see design notes, Statuses). {@code MISSING} is the
 * case in which the site shows its "not available in this language" notice. {@code PUBLISHED_WITH_CHANGES}:
 * the published file matches the current source, but translations changed since it was written.
 * {@code UNTRANSLATED_COPY}: a file exists in the language but is mostly the source language, so it is not
 * readable in that language either.
 */
public enum Availability {
    SOURCE, PUBLISHED, PUBLISHED_WITH_CHANGES, OUTDATED, UNTRANSLATED_COPY, READY, IN_PROGRESS, MISSING;

    /** A reader gets a page in this language: the site links it. */
    public boolean readable() {
        return this == SOURCE || this == PUBLISHED || this == PUBLISHED_WITH_CHANGES || this == OUTDATED;
    }
}
