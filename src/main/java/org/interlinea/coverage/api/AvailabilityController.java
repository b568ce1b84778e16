package org.interlinea.coverage.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.language.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The site's read-only view of which languages each page exists in, so its language switcher links to
 * real pages instead of showing the "not available in this language" notice.
 */
@RestController
class AvailabilityController {

    /**
     * Pages are read in keyset windows of this size and written out before the next is read, so memory stays
     * flat however many pages there are, and no database connection is held while a slow client reads.
     * Hand-made on Jackson's streaming writer: a returned list would hold every page in memory at once.
     */
    static final int WINDOW = 2_000;

    private static final JsonFactory JSON = new JsonFactory();

    private final CoverageService coverage;
    private final Languages languages;

    AvailabilityController(CoverageService coverage, Languages languages) {
        this.coverage = coverage;
        this.languages = languages;
    }

    record PageAvailability(String slug, String title, String sourceLanguage, Map<String, String> availability) {
    }

    record ApiError(String error, String slug) {
    }

    /**
     * {@code {"languages":[...],"pages":[{"slug","title","sourceLanguage","availability":{...}}]}}, pages by
     * title, streamed. The ETag lets the site poll: {@code If-None-Match} with the last one gets a 304
     * without reading any page. It is read before the pages, so a change while they stream gives a body
     * newer than its ETag, and the next poll fetches again rather than missing the change.
     */
    @GetMapping("/api/availability")
    void all(ServletWebRequest request, HttpServletResponse response) throws IOException {
        List<String> tags = languages.tags();
        String etag = "\"" + coverage.version() + "-" + Integer.toHexString(tags.hashCode()) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (request.checkNotModified(etag)) {
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator json = JSON.createGenerator(response.getOutputStream())) {
            json.writeStartObject();
            json.writeName("languages");
            json.writeStartArray();
            for (String tag : tags) {
                json.writeString(tag);
            }
            json.writeEndArray();
            json.writeName("pages");
            json.writeStartArray();
            CoverageService.TitleCursor after = null;
            List<CoverageService.PageStatuses> window;
            do {
                window = coverage.livePagesByTitle(after, WINDOW);
                for (CoverageService.PageStatuses page : window) {
                    json.writeStartObject();
                    json.writeStringProperty("slug", page.slug());
                    json.writeStringProperty("title", page.title());
                    json.writeStringProperty("sourceLanguage", page.sourceLanguage());
                    json.writeName("availability");
                    json.writeStartObject();
                    for (String tag : tags) {
                        json.writeStringProperty(tag, page.statuses().getOrDefault(tag, Availability.MISSING).name());
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
                if (!window.isEmpty()) {
                    after = window.getLast().cursor();
                }
            } while (window.size() == WINDOW);
            json.writeEndArray();
            json.writeEndObject();
        }
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
