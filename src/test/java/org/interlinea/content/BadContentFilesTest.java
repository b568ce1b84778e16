package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.publish.PublishResult;
import org.interlinea.publish.PublishService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad-input catalogue, content folder rows: each input file and what a coordinator sees. Broken markup is
 * imported with warnings and publishes byte for byte; an empty file is a problem; a page without text has no
 * segments; an endless paragraph is cut into rows and publishes; a file name that cannot be a page address is
 * listed with what to rename it to, and one that can works all the way to the published path.
 */
class BadContentFilesTest extends ContentFolderTest {

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    TranslationService translations;
    @Autowired
    PublishService publish;
    @Autowired
    ContentFolder folder;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyFolderAndDatabase() {
        content.clear();
        Database.clear(jdbc);
    }

    private static String page(String title, String body) {
        return ContentFixture.page("en", title, "2026-03-14", 3, body);
    }

    private record Row(long id, String text) {
    }

    private List<Row> segments(String slug) {
        return jdbc.sql("""
                        select s.id, s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null order by s.position""")
                .param("slug", slug).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
    }

    private List<ContentProblem> problemsOf(SyncReport report, String path) {
        return report.problems().stream().filter(p -> p.path().equals(path)).toList();
    }

    /** Every segment kept as the source ("no translation needed"), published: the file must be the source's. */
    private PublishResult publishUnchanged(String slug) {
        for (Row row : segments(slug)) {
            translations.save(row.id(), "pt", row.text(), TranslationStatus.NO_TRANSLATION_NEEDED,
                    TranslationOrigin.EDITOR, 0, "tester");
        }
        return publish.publish(slug, "pt", PublishService.FileReplacement.ONLY_OUR_OWN, "coordinator");
    }

    @Test
    void malformedHtmlIsImportedWithMarkupWarningsAndPublishesByteForByte() throws IOException {
        String broken = page("Broken markup", """
                <div><p>Unclosed <b>bold and <i>italic.</p></div></div></div>
                <p>A stray close.</span></p>
                <p id=a"b" =c data-x=>Odd attributes.</p>
                <table border=1" width="5"><tr><td>Cell text.</td></tr></table>""");
        content.write("en", "broken", broken);

        SyncReport report = sync.syncAndWait("test");

        assertThat(problemsOf(report, "en/broken.html")).isNotEmpty()
                .allMatch(p -> p.severity() == ContentProblem.Severity.WARNING)
                .anyMatch(p -> p.reason().startsWith("markup: "));
        assertThat(segments("broken")).extracting(Row::text).contains("Unclosed {1}bold and {2}italic.",
                "A stray close.{1}", "Odd attributes.", "Cell text.");
        PublishResult published = publishUnchanged("broken");
        assertThat(Files.readString(published.file())).isEqualTo(broken.replace("lang=\"en\"", "lang=\"pt\""));
    }

    @Test
    void anEmptyOrBlankFileIsAProblemAndAPageWithoutTextHasNoSegments() {
        content.writeBytes("en", "empty", new byte[0]);
        content.write("en", "blank", " \n\t \n");
        content.write("en", "no-text", "<html><body><img src=\"a.png\"><p> &nbsp; – </p></body></html>");
        content.write("en", "title-only", "<html><head><title>Pictures only</title></head><body><img src=\"a.png\">"
                + "</body></html>");

        SyncReport report = sync.syncAndWait("test");

        assertThat(problemsOf(report, "en/empty.html")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(ContentProblem.Severity.ERROR))
                .satisfies(p -> assertThat(p.reason()).isEqualTo("the file is empty"))
                .satisfies(p -> assertThat(p.reasonKey()).isEqualTo(ContentProblem.EMPTY));
        assertThat(problemsOf(report, "en/blank.html")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("the file is empty"))
                .satisfies(p -> assertThat(p.reasonKey()).isEqualTo(ContentProblem.EMPTY));
        assertThat(coverage.page("empty")).isEmpty();
        assertThat(coverage.page("blank")).isEmpty();
        assertThat(problemsOf(report, "en/no-text.html")).extracting(ContentProblem::reason)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("the page body has no text to translate");
        var noText = coverage.page("no-text").orElseThrow();
        assertThat(noText.title()).as("no title either: the file name").isEqualTo("no-text");
        assertThat(segments("no-text")).isEmpty();
        assertThat(noText.cell("pt").totalSegments()).isZero();
        assertThat(noText.cell("pt").status()).isEqualTo(Availability.MISSING);
        assertThat(problemsOf(report, "en/title-only.html")).extracting(ContentProblem::reason)
                .containsExactly("the page body has no text to translate");
        assertThat(segments("title-only")).extracting(Row::text).containsExactly("Pictures only");
    }

    @Test
    void aFiftyThousandCharacterParagraphIsCutIntoRowsAndPublishes() throws IOException {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; paragraph.length() < 50_000; i++) {
            paragraph.append("the volunteers walk the pass").append(i % 9 == 8 ? ", " : " ");
        }
        content.write("en", "endless", page("Endless", "<p>" + paragraph.toString().strip() + "</p>"));

        assertThat(sync.syncAndWait("test").problems()).isEmpty();

        List<Row> rows = segments("endless");
        assertThat(rows).hasSizeGreaterThan(25).allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(2_000));
        for (Row row : rows) {
            translations.save(row.id(), "pt", "PT " + row.text(), TranslationStatus.TRANSLATED,
                    TranslationOrigin.EDITOR, 0, "tester");
        }
        assertThat(coverage.page("endless").orElseThrow().cell("pt").status()).isEqualTo(Availability.READY);
        PublishResult published = publish.publish("endless", "pt", PublishService.FileReplacement.ONLY_OUR_OWN, "c");
        assertThat(published.translated()).isEqualTo(rows.size());
        assertThat(Files.readString(published.file())).contains("<p>PT the volunteers walk the pass");
    }

    @ParameterizedTest(name = "{0} is listed: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            with space.html     | sync.problem.fileName.characters      | ' '
            интервью.html       | sync.problem.fileName.characters      | 'и' 'н' 'т' 'е' 'р'
            100%.html           | sync.problem.fileName.characters      | '%'
            a#b.html            | sync.problem.fileName.characters      | '#'
            why?.html           | sync.problem.fileName.characters      | '?'
            -dash.html          | sync.problem.fileName.firstCharacter  | '-'
            .hidden.html        | sync.problem.fileName.hidden          |
            ..html              | sync.problem.fileName.hidden          |
            Interview.html      | sync.problem.fileName.upperCase       | interview.html
            page.htm            | sync.problem.fileName.extension       | .htm,page.html
            Page.HTML           | sync.problem.fileName.extension       | .HTML,page.html
            """)
    void aFileNameThatCannotBeAPageAddressIsListedWithWhatToDo(String name, String key, String args)
            throws IOException {
        Path file = content.root().resolve("en").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, page("Odd name", "<p>Some text.</p>"));

        SyncReport report = sync.syncAndWait("test");

        assertThat(problemsOf(report, "en/" + name)).singleElement().satisfies(p -> {
            assertThat(p.reasonKey()).isEqualTo(key);
            assertThat(p.reasonArgs()).isEqualTo(args == null ? List.of() : List.of(args.split(",")));
        });
        assertThat(coverage.count(org.interlinea.coverage.CoverageFilter.all())).isZero();
        assertThat(sync.currentProblems()).extracting(ContentProblem::reasonKey).containsExactly(key);
    }

    @Test
    void aVeryLongNameAndNamesThatDifferOnlyByCaseAreListed() {
        String longName = "a".repeat(201);
        content.write("en", longName, page("Long name", "<p>Some text.</p>"));
        content.write("en", "Twin", page("Twin upper", "<p>Some text.</p>"));
        content.write("en", "twin", page("Twin lower", "<p>Some text.</p>"));

        SyncReport report = sync.syncAndWait("test");

        assertThat(problemsOf(report, "en/" + longName + ".html")).singleElement().satisfies(p -> {
            assertThat(p.reasonKey()).isEqualTo(PageFileNames.TOO_LONG);
            assertThat(p.reasonArgs()).containsExactly("201", "200");
        });
        assertThat(problemsOf(report, "en/Twin.html")).singleElement().satisfies(p -> {
            assertThat(p.reasonKey()).isEqualTo(PageFileNames.UPPER_CASE_TWIN);
            assertThat(p.reasonArgs()).containsExactly("twin.html");
        });
        assertThat(coverage.page("twin").orElseThrow().title()).isEqualTo("Twin lower");
    }

    @Test
    void oddButValidNamesWorkAllTheWayToThePublishedPath() throws IOException {
        for (String slug : List.of("q-and-a_2.0", "a..b", "x.html", "2026")) {
            content.write("en", slug, page("Odd " + slug, "<p>Some text.</p>"));
        }
        // Not pages: the hidden temporary file of a publish, notes, images.
        Files.writeString(content.root().resolve("en/.q-and-a_2.0.html.tmp-1234"), "half a page");
        Files.writeString(content.root().resolve("en/notes.txt"), "to do");

        SyncReport report = sync.syncAndWait("test");

        assertThat(report.problems()).isEmpty();
        for (String slug : List.of("q-and-a_2.0", "a..b", "x.html", "2026")) {
            assertThat(coverage.page(slug)).as(slug).isPresent();
            PublishResult published = publishUnchanged(slug);
            assertThat(published.sitePath()).isEqualTo("/pt/" + slug + ".html");
            assertThat(published.file()).isEqualTo(content.root().resolve("pt").resolve(slug + ".html"));
        }
        assertThat(sync.syncAndWait("test").problems()).as("our own published files are pages too").isEmpty();
    }

    @Test
    void noNameLeadsOutOfTheContentFolder() {
        for (String slug : List.of("..", "../../etc/passwd", "a/b", "", ".hidden", "A")) {
            assertThatThrownBy(() -> folder.fileOf(slug, "pt")).as(slug).isInstanceOf(IllegalArgumentException.class);
        }
        for (String language : List.of("..", "../..", "pt/../..", "", "p t")) {
            assertThatThrownBy(() -> folder.fileOf("ok", language)).as(language)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(folder.fileOf("a..b", "pt")).isEqualTo(content.root().toAbsolutePath().normalize()
                .resolve("pt").resolve("a..b.html"));
        assertThat(new String(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }
}
