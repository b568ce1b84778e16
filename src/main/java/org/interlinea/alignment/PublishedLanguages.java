package org.interlinea.alignment;

import java.util.Set;

/**
 * The languages Interlinea itself published a page in: their files are our own output, so there is nothing
 * to import from them. Implemented by {@code publish}, which owns publications; declared here because
 * publishing already depends on alignment (the page screen shows what was aligned).
 */
public interface PublishedLanguages {

    Set<String> of(long pageId);
}
