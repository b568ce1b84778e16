package org.interlinea.alignment;

import java.util.List;

/**
 * What a review change did: the operation (for {@link ReviewOperation#UNDO} also which one it took back),
 * the first bead it changed (0-based, to select), the page afterwards, and the translations it kept.
 */
public record ReviewOutcome(ReviewOperation operation, ReviewOperation undone, int bead, ReviewPage page,
                            List<KeptTranslation> kept, int translationsChanged) {

    public ReviewOutcome {
        kept = List.copyOf(kept);
    }
}
