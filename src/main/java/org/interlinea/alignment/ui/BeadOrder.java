package org.interlinea.alignment.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.interlinea.alignment.BeadRow;

/** Which beads the list shows, in which order. "Low confidence" means not yet confirmed and below the threshold. */
enum BeadOrder {
    DOCUMENT, LOW_FIRST, LOW_ONLY;

    List<BeadRow> apply(List<BeadRow> beads) {
        return switch (this) {
            case DOCUMENT -> beads;
            case LOW_FIRST -> Stream.concat(beads.stream().filter(BeadRow::needsReview)
                            .sorted(Comparator.comparingDouble(BeadRow::confidence)),
                    beads.stream().filter(b -> !b.needsReview())).toList();
            case LOW_ONLY -> beads.stream().filter(BeadRow::needsReview).toList();
        };
    }
}
