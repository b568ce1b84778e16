package org.interlinea.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.coverage.CoverageService;
import org.interlinea.document.PageSegment;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.TranslationsReset;
import org.interlinea.tm.MemoryLookup;
import org.interlinea.tm.TranslationMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editor's services on the demo corpus: READY after the last confirm, memory, presence via NOTIFY. */
@DemoCorpusApp
class EditorServiceTest {

    private static final String SLUG = "salt-marshes-and-memory";

    @Autowired
    EditorService editor;
    @Autowired
    CoverageService coverage;
    @Autowired
    MemoryLookup memory;
    @Autowired
    TranslationMemory tm;
    @Autowired
    PresenceService presence;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AvailabilityService availability;

    @AfterEach
    void reset() {
        TranslationsReset.clear(jdbc, availability, "pt", SLUG);
    }

    @Test
    void thePageIsReadyWhenEverySegmentIsConfirmed() {
        EditorPage page = editor.open(SLUG, "pt").orElseThrow();
        var editing = new EditorService.Editing(page.pageId(), page.sourceLanguage(), "pt", "tester", null);
        assertThat(coverage.page(SLUG).orElseThrow().cell("pt").status()).isEqualTo(Availability.MISSING);

        List<PageSegment> segments = page.segments();
        for (int i = 0; i < segments.size(); i++) {
            PageSegment segment = segments.get(i);
            ConfirmResult result = editor.confirm(editing, segment, "[pt] " + segment.sourceText(), 0);
            assertThat(result.saved()).as("segment %d: %s", i, result.issues()).isTrue();
            Availability expected = i + 1 < segments.size() ? Availability.IN_PROGRESS : Availability.READY;
            assertThat(coverage.page(SLUG).orElseThrow().cell("pt").status()).isEqualTo(expected);
        }
    }

    @Test
    void confirmedSegmentsFeedTheMemory() {
        EditorPage page = editor.open(SLUG, "pt").orElseThrow();
        var editing = new EditorService.Editing(page.pageId(), page.sourceLanguage(), "pt", "tester", null);
        PageSegment segment = page.segments().get(3);
        editor.confirm(editing, segment, "Uma frase confirmada.", 0);

        var suggestions = memory.suggestions("en", "pt", segment.sourceText(), 3);
        assertThat(suggestions.getFirst().score()).isEqualTo(100);
        assertThat(suggestions.getFirst().targetText()).isEqualTo("Uma frase confirmada.");
        assertThat(memory.concordance("en", "pt", "FRASE CONFIRMADA")).extracting(TranslationMemory.Match::targetText)
                .contains("Uma frase confirmada.");
    }

    @Test
    void editorsHearEachOtherThroughPostgres() {
        List<EditorEvent> heard = new CopyOnWriteArrayList<>();
        try (var first = presence.join(42, "pt", "anna", heard::add);
             var second = presence.join(42, "pt", "ben", e -> { })) {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> presence.others(42, "pt", first.session()).equals(List.of("ben")));
            presence.segmentSaved(second.session(), "ben", 42, "pt", 7, 3, 2);
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> heard.contains(new EditorEvent.SegmentSaved(7, 3, "ben", 2)));
            assertThat(heard).contains(new EditorEvent.Present(List.of("ben")));
        }
    }
}
