package org.interlinea.coverage;

import java.util.Collection;
import java.util.List;

/**
 * What availability needs to know of Interlinea's own publications: which page x language was published,
 * from which source file. Implemented by {@code publish}, which owns publications; declared here because
 * publishing already depends on coverage (the page screen shows availability).
 */
public interface Publications {

    /** A page published in a language from the source file with this hash (of its bytes). */
    record Publication(long pageId, String language, String sourceContentHash) {
    }

    /** The publications of these pages. */
    List<Publication> ofPages(Collection<Long> pageIds);

    /** Every publication. */
    List<Publication> all();
}
