package org.interlinea.coverage;

/**
 * Whether readers of a language can read a page (see design notes, Statuses). {@code MISSING} is the
 * case in which the site shows its "not available in this language" notice. {@code UNTRANSLATED_COPY}: a file
 * exists in the language but is mostly the source language, so it is not readable in that language either.
 */
public enum Availability {
    SOURCE, PUBLISHED, OUTDATED, UNTRANSLATED_COPY, READY, IN_PROGRESS, MISSING
}
