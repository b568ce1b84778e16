package org.interlinea.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.Pages;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.document.Segments;
import org.interlinea.language.Languages;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishing a translation, and what a later change of the source does to it. */
class PublishServiceTest extends ContentFolderTest {

    static final String BODY = """
            <p class="lead">Rivers are roads here. Everyone knows the water.</p>
            <p><strong class="speaker">Interviewer:</strong> How many boats do you have?</p>
            <p><strong class="speaker">Ana Souza:</strong> We have <em>twelve</em> boats. They are old.</p>""";

    @Autowired
    ContentSyncService sync;
    @Autowired
    PublishService publish;
    @Autowired
    TranslationService translations;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentFolder folder;
    @Autowired
    Languages languages;
    @Autowired
    Segments segments;
    @Autowired
    Pages pages;

    static final PublishService.FileReplacement OURS = PublishService.FileReplacement.ONLY_OUR_OWN;

    record Row(long id, int position, String text) {
    }

    @BeforeEach
    void onePage() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "rivers", ContentFixture.page("en", "Rivers are roads", "2026-01-10", 3, BODY));
        sync.syncAndWait("test");
    }

    private List<Row> segments() {
        return jdbc.sql("""
                        select s.id, s.position, s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = 'rivers' and s.archived_at is null order by s.position""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    /** A stand-in translation: the source with a marker, placeholders intact. */
    private static String portuguese(String source) {
        return "PT " + source;
    }

    private void translateAll(TranslationStatus status) {
        for (Row row : segments()) {
            assertThat(translations.save(row.id(), "pt", portuguese(row.text()), status, TranslationOrigin.EDITOR, 0,
                    "tester").saved()).isTrue();
        }
    }

    private Availability pt() {
        return coverage.page("rivers").orElseThrow().cell("pt").status();
    }

    @Test
    void publishesATranslatedPageByteExactOutsideTheText() throws IOException {
        assertThat(pt()).isEqualTo(Availability.MISSING);
        translateAll(TranslationStatus.TRANSLATED);
        assertThat(pt()).isEqualTo(Availability.READY);

        PublishResult result = publish.publish("rivers", "pt", OURS, "coordinator");

        String html = Files.readString(result.file());
        String source = Files.readString(folder.fileOf("rivers", "en"));
        assertThat(html).contains("<html lang=\"pt\">");
        assertThat(html).contains("<p>PT <strong class=\"speaker\">Interviewer:</strong> How many boats");
        assertThat(html).contains("PT <strong class=\"speaker\">Ana Souza:</strong> We have <em>twelve</em> boats.");
        assertThat(html.replace("PT ", "").replace("lang=\"pt\"", "lang=\"en\"")).isEqualTo(source);
        assertThat(result.translated()).isEqualTo(result.segments());
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
        // The next sync sees our own file as unchanged.
        assertThat(sync.syncAndWait("test").changed()).isZero();
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
    }

    @Test
    void refusesWhileSegmentsAreNotDoneAndKeepsSourceTextOnlyWhereMarkedNoTranslationNeeded() throws IOException {
        Row first = segments().getFirst();
        translations.save(first.id(), "pt", portuguese(first.text()), TranslationStatus.TRANSLATED,
                TranslationOrigin.EDITOR, 0, "tester");
        assertThat(pt()).isEqualTo(Availability.IN_PROGRESS);

        assertThatThrownBy(() -> publish.publish("rivers", "pt", OURS, "coordinator"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("of " + segments().size() + " segments")
                .satisfies(e -> assertThat(((PublishException) e).key()).isEqualTo("notDone"))
                .satisfies(e -> assertThat(((PublishException) e).missingSegments()).isEqualTo(segments().size() - 1));
        assertThat(folder.fileOf("rivers", "pt")).doesNotExist();

        // A person marks the rest "no translation needed": their text is the source text, and they are done.
        List<Row> rest = segments().subList(1, segments().size());
        for (Row row : rest) {
            translations.save(row.id(), "pt", row.text(), TranslationStatus.NO_TRANSLATION_NEEDED,
                    TranslationOrigin.EDITOR, 0, "tester");
        }
        assertThat(pt()).isEqualTo(Availability.READY);
        PublishResult result = publish.publish("rivers", "pt", OURS, "coordinator");

        assertThat(result.noTranslationNeeded()).isEqualTo(rest.size());
        assertThat(result.translated()).isEqualTo(1);
        assertThat(result.sitePath()).isEqualTo("/pt/rivers.html");
        String html = Files.readString(result.file());
        String source = Files.readString(folder.fileOf("rivers", "en"));
        // The one translated segment has its translation; every other one exactly the source text.
        assertThat(html).contains(portuguese(first.text()));
        assertThat(html.replace(portuguese(first.text()), first.text()).replace("lang=\"pt\"", "lang=\"en\""))
                .isEqualTo(source);
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
    }

    @Test
    void aChangeAfterPublishingIsPublishedWithChangesUntilPublishedAgain() {
        translateAll(TranslationStatus.TRANSLATED);
        publish.publish("rivers", "pt", OURS, "coordinator");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
        Row first = segments().getFirst();
        var current = translations.find(first.id(), "pt").orElseThrow();

        // Same status, only a word replaced: the file no longer says what the translation says.
        var edited = translations.save(first.id(), "pt", "PT Os rios são estradas aqui.", TranslationStatus.TRANSLATED,
                TranslationOrigin.EDITOR, current.version(), "tester");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED_WITH_CHANGES);
        assertThat(coverage.languageCoverage()).filteredOn(c -> c.language().equals("pt")).singleElement()
                .satisfies(c -> {
                    assertThat(c.readable()).isEqualTo(1);
                    assertThat(c.count(Availability.PUBLISHED_WITH_CHANGES)).isEqualTo(1);
                    assertThat(c.count(Availability.PUBLISHED)).isZero();
                });

        // Putting the published text back is no change a reader would see.
        var reverted = translations.save(first.id(), "pt", current.text(), TranslationStatus.TRANSLATED,
                TranslationOrigin.EDITOR, edited.current().version(), "tester");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
        translations.save(first.id(), "pt", "PT Os rios são estradas aqui.", TranslationStatus.TRANSLATED,
                TranslationOrigin.EDITOR, reverted.current().version(), "tester");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED_WITH_CHANGES);

        publish.publish("rivers", "pt", OURS, "coordinator");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
        assertThat(coverage.languageCoverage()).filteredOn(c -> c.language().equals("pt")).singleElement()
                .satisfies(c -> assertThat(c.count(Availability.PUBLISHED_WITH_CHANGES)).isZero());
    }

    @Test
    void aFileInterlineaDidNotWriteIsReplacedOnlyWithConfirmationNamingWhatIsLost() throws IOException {
        translateAll(TranslationStatus.TRANSLATED);
        // Someone's own Portuguese page (title, heading, two sentences), none of it in what Interlinea would publish.
        content.write("pt", "rivers", ContentFixture.page("pt", "Rios", "2026-01-10", 3, """
                <p class="lead">Os rios são estradas. Todos conhecem a água.</p>"""));
        Path file = folder.fileOf("rivers", "pt");
        byte[] handWritten = Files.readAllBytes(file);

        assertThatThrownBy(() -> publish.publish("rivers", "pt", OURS, "coordinator"))
                .isInstanceOf(PublishException.class)
                .satisfies(e -> assertThat(((PublishException) e).key()).isEqualTo(PublishException.UNKNOWN_FILE))
                .satisfies(e -> assertThat(((PublishException) e).args()).containsExactly("/pt/rivers.html", 4, 4))
                .hasMessageContaining("/pt/rivers.html").hasMessageContaining("4 of its 4 sentences");
        assertThat(Files.readAllBytes(file)).isEqualTo(handWritten);

        PublishResult result = publish.publish("rivers", "pt", PublishService.FileReplacement.CONFIRMED, "coordinator");
        assertThat(Files.readString(result.file())).contains(portuguese("Rivers are roads here."));

        // Now the file is ours: republishing needs no confirmation, until someone edits it on disk.
        publish.publish("rivers", "pt", OURS, "coordinator");
        // Someone edits it on disk: title, heading and first sentence (3 of its 7) are no longer ours.
        Files.writeString(file, Files.readString(file).replace("PT Rivers", "Rios"));
        assertThatThrownBy(() -> publish.publish("rivers", "pt", OURS, "coordinator"))
                .satisfies(e -> assertThat(((PublishException) e).args()).containsExactly("/pt/rivers.html", 3, 7));
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousFileIntact() throws IOException {
        translateAll(TranslationStatus.TRANSLATED);
        publish.publish("rivers", "pt", OURS, "coordinator");
        Path file = folder.fileOf("rivers", "pt");
        byte[] before = Files.readAllBytes(file);
        Row first = segments().getFirst();
        var current = translations.find(first.id(), "pt").orElseThrow();
        translations.save(first.id(), "pt", "Novo texto.", TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR,
                current.version(), "tester");

        AtomicFileWriter failing = new AtomicFileWriter() {
            @Override
            void copy(byte[] bytes, OutputStream out) throws IOException {
                out.write(bytes, 0, bytes.length / 2);
                throw new IOException("No space left on device");
            }
        };
        PublishService crashing = new PublishService(jdbc, folder, sync, translations, languages, failing, segments, pages);

        assertThatThrownBy(() -> crashing.publish("rivers", "pt", OURS, "coordinator"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rivers.html");
        }
    }

    @Test
    void aChangedSourceMarksExactlyTheEditedSegmentsOutdated() throws IOException {
        translateAll(TranslationStatus.TRANSLATED);
        publish.publish("rivers", "pt", OURS, "coordinator");
        List<Row> before = segments();

        content.write("en", "rivers", ContentFixture.page("en", "Rivers are roads", "2026-01-10", 3, BODY
                .replace("We have <em>twelve</em> boats.", "We have <em>fourteen</em> boats.")
                .replace("Everyone knows the water.", "Everyone knows the water. Nobody owns it.")));
        sync.syncAndWait("test");

        List<Row> after = segments();
        assertThat(after).hasSize(before.size() + 1);
        var statuses = translations.forPage(coverage.page("rivers").orElseThrow().pageId(), "pt");
        for (Row row : after) {
            var t = statuses.get(row.id());
            if (row.text().contains("fourteen")) {
                assertThat(t.status()).isEqualTo(TranslationStatus.OUTDATED);
                assertThat(t.previousSourceText()).contains("twelve");
                assertThat(t.text()).isEqualTo(portuguese(t.previousSourceText()));
            } else if (row.text().equals("Nobody owns it.")) {
                assertThat(t).as("a new sentence has no translation").isNull();
            } else {
                assertThat(t.status()).as(row.text()).isEqualTo(TranslationStatus.TRANSLATED);
            }
        }
        var cell = coverage.page("rivers").orElseThrow().cell("pt");
        assertThat(cell.status()).isEqualTo(Availability.OUTDATED);
        // "Ana Souza: We have fourteen boats." (edited) and "Nobody owns it." (new)
        assertThat(cell.changedWords()).isEqualTo(6 + 3);
        // The published file stays online until it is republished.
        assertThat(Files.readString(folder.fileOf("rivers", "pt"))).contains("twelve");
    }

    @Test
    void clearMessagesForWhatCannotBePublished() {
        assertThatThrownBy(() -> publish.publish("nope", "pt", OURS, "c")).hasMessageContaining("No page");
        assertThatThrownBy(() -> publish.publish("rivers", "de", OURS, "c")).hasMessageContaining("not one of");
        assertThatThrownBy(() -> publish.publish("rivers", "en", OURS, "c")).hasMessageContaining("source language");
        Row first = segments().getFirst();
        translateAll(TranslationStatus.TRANSLATED);
        Row labelled = segments().stream().filter(r -> r.text().startsWith("<1>")).findFirst().orElseThrow();
        var t = translations.find(labelled.id(), "pt").orElseThrow();
        // The speaker label's bold markup is a paired placeholder; dropping it cannot be published.
        translations.save(t.segmentId(), "pt", "Sem marcação.", TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR,
                t.version(), "tester");
        assertThat(first).isNotNull();
        assertThatThrownBy(() -> publish.publish("rivers", "pt", OURS, "c"))
                .isInstanceOf(PublishException.class).hasMessageContaining("Cannot build");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
