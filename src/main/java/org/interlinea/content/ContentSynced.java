package org.interlinea.content;

/**
 * Published at the end of every sync that ran, changed pages or not, after every page's
 * {@link PageDocumentsChanged}, on the sync's background thread and outside any page's transaction:
 * for work that depends on more than the files, e.g. redoing what older sentence rules produced.
 */
public record ContentSynced(String triggeredBy) {
}
