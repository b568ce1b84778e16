package org.interlinea.coverage.ui;

import com.vaadin.flow.component.html.Span;
import java.util.function.BiFunction;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageCell;

/** A coverage cell as a coloured label: "Published", "In progress · 40%", "Missing". */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(CoverageCell cell, BiFunction<String, Object[], String> translate) {
        String label = translate.apply("availability." + cell.status().name(), new Object[0]);
        if (cell.status() == Availability.IN_PROGRESS) {
            label = label + " · " + cell.percentOfWords() + "%";
        }
        Span badge = new Span(label);
        badge.addClassNames("status", "status-" + cell.status().name().toLowerCase(java.util.Locale.ROOT));
        if (cell.totalSegments() > 0) {
            badge.setTitle(translate.apply("coverage.cell.progress", new Object[] {cell.translatedSegments(),
                    cell.totalSegments(), cell.percentOfWords()}));
        }
        return badge;
    }
}
