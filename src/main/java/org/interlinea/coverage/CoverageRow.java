package org.interlinea.coverage;

import java.time.LocalDate;
import java.util.Map;

/** A page with its availability in every enabled language (language tag to cell, in display order). */
public record CoverageRow(long pageId, String slug, String title, String sourceLanguage, LocalDate publishedDate,
                          int priority, Map<String, CoverageCell> cells) {

    public CoverageCell cell(String language) {
        return cells.getOrDefault(language, CoverageCell.missing());
    }
}
