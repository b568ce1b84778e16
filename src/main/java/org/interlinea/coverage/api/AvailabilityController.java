package org.interlinea.coverage.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.coverage.CoverageFilter;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.language.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The site's read-only view of which languages each page exists in, so its language switcher links to
 * real pages instead of showing the "not available in this language" notice.
 */
@RestController
class AvailabilityController {

    /** Pages are read in windows of this size so memory stays flat however many pages there are. */
    private static final int WINDOW = 5_000;

    private final CoverageService coverage;
    private final Languages languages;

    AvailabilityController(CoverageService coverage, Languages languages) {
        this.coverage = coverage;
        this.languages = languages;
    }

    record PageAvailability(String slug, String title, String sourceLanguage, Map<String, String> availability) {
    }

    record AllPages(List<String> languages, List<PageAvailability> pages) {
    }

    record ApiError(String error, String slug) {
    }

    @GetMapping("/api/availability")
    AllPages all() {
        CoverageFilter filter = CoverageFilter.all().withSort(CoverageFilter.Sort.TITLE);
        List<PageAvailability> pages = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += WINDOW) {
            List<CoverageRow> window = coverage.fetch(filter, offset, WINDOW);
            window.forEach(row -> pages.add(toJson(row)));
            if (window.size() < WINDOW) {
                break;
            }
        }
        return new AllPages(languages.tags(), pages);
    }

    @GetMapping("/api/pages/{slug}/availability")
    ResponseEntity<?> one(@PathVariable String slug) {
        return coverage.page(slug)
                .<ResponseEntity<?>>map(row -> ResponseEntity.ok(toJson(row)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(new ApiError("No page with slug '" + slug + "'", slug)));
    }

    private PageAvailability toJson(CoverageRow row) {
        Map<String, String> availability = new LinkedHashMap<>();
        row.cells().forEach((language, cell) -> availability.put(language, cell.status().name()));
        return new PageAvailability(row.slug(), row.title(), row.sourceLanguage(), availability);
    }
}
