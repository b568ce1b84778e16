package org.interlinea.content;

import java.util.Set;

/**
 * Published after a sync changed the documents of some pages (added, edited or removed files), so
 * the features that derive from documents (segments, availability) can bring themselves up to date.
 */
public record PageDocumentsChanged(Set<Long> pageIds) {
}
