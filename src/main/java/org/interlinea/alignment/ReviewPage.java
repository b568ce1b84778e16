package org.interlinea.alignment;

import java.util.List;

/** A page's alignment with one target language, bead by bead, and how many changes can be undone. */
public record ReviewPage(String slug, String title, String sourceLanguage, String language, List<BeadRow> beads,
                         int undoDepth) {

    public ReviewPage {
        beads = List.copyOf(beads);
    }

    public long needingReview() {
        return beads.stream().filter(BeadRow::needsReview).count();
    }
}
