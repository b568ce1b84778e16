package org.interlinea.coverage;

import org.jspecify.annotations.Nullable;

/**
 * Which pages the coverage matrix shows, and in what order.
 *
 * @param titleContains text the title must contain (case-insensitive), or null
 * @param language      with {@code status}: only pages having that status in this language, or null
 * @param status        see {@code language}
 * @param sort          the order
 */
public record CoverageFilter(String titleContains, String language, Availability status, Sort sort) {

    public enum Sort {
        NEWEST_FIRST, OLDEST_FIRST, PRIORITY_HIGH_FIRST, PRIORITY_LOW_FIRST, TITLE
    }

    public static CoverageFilter all() {
        return new CoverageFilter(null, null, null, Sort.NEWEST_FIRST);
    }

    public CoverageFilter withTitleContains(@Nullable String text) {
        return new CoverageFilter(text == null || text.isBlank() ? null : text.strip(), language, status, sort);
    }

    public CoverageFilter withStatusIn(String newLanguage, Availability newStatus) {
        return new CoverageFilter(titleContains, newLanguage, newStatus, sort);
    }

    public CoverageFilter withSort(@Nullable Sort newSort) {
        return new CoverageFilter(titleContains, language, status, newSort == null ? Sort.NEWEST_FIRST : newSort);
    }
}
