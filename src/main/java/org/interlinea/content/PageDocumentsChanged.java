package org.interlinea.content;

import java.util.Set;

/**
 * Published after a sync changed the documents of some pages (added, edited or removed files), so
 * the features that derive from documents (segments, availability) can bring themselves up to date.
 * A sync publishes it for one page at a time, inside that page's own transaction: what the listeners do
 * is committed with the page's documents, or rolled back with them.
 */
public record PageDocumentsChanged(Set<Long> pageIds) {
}
