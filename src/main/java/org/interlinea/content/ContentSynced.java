package org.interlinea.content;

/**
 * Published at the end of every sync that ran, changed pages or not, after {@link PageDocumentsChanged}:
 * for work that depends on more than the files, e.g. redoing what older sentence rules produced.
 */
public record ContentSynced(String triggeredBy) {
}
