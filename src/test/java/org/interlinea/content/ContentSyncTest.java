package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ContentSyncTest extends ContentFolderTest {

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyFolderAndDatabase() {
        content.clear();
        Database.clear(jdbc);
    }

    private static String page(String lang, String title) {
        return ContentFixture.page(lang, title, "2026-03-14", 4, "<p>Some text to translate.</p>");
    }

    @Test
    void importsPagesAndTheirLanguagesWithMetadata() {
        content.write("en", "river", page("en", "River keepers"));
        content.write("ru", "river", page("ru", "Хранители реки"));
        content.write("en", "glacier", page("en", "The glacier archive"));

        SyncReport report = sync.syncAndWait("test");

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.problems()).isEmpty();
        var river = coverage.page("river").orElseThrow();
        assertThat(river.title()).isEqualTo("River keepers");
        assertThat(river.sourceLanguage()).isEqualTo("en");
        assertThat(river.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(river.priority()).isEqualTo(4);
        assertThat(river.cell("en").status()).isEqualTo(Availability.SOURCE);
        assertThat(river.cell("ru").status()).isEqualTo(Availability.PUBLISHED);
        assertThat(river.cell("pt").status()).isEqualTo(Availability.MISSING);
    }

    @Test
    void secondSyncSeesOnlyChangesAndDeletions() {
        content.write("en", "river", page("en", "River keepers"));
        content.write("ru", "river", page("ru", "Хранители реки"));
        content.write("en", "glacier", page("en", "The glacier archive"));
        sync.syncAndWait("test");

        content.write("en", "river", page("en", "River keepers of the Amazon"));
        content.delete("ru", "river");
        content.delete("en", "glacier");
        content.write("pt", "river", page("pt", "Guardiões do rio"));
        SyncReport report = sync.syncAndWait("test");

        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(2);
        assertThat(report.unchanged()).isZero();
        var river = coverage.page("river").orElseThrow();
        assertThat(river.title()).isEqualTo("River keepers of the Amazon");
        // The Russian file is gone, but its aligned translations are kept, ready to be published again.
        assertThat(river.cell("ru").status()).isIn(Availability.IN_PROGRESS, Availability.READY);
        assertThat(river.cell("pt").status()).isEqualTo(Availability.PUBLISHED);
        // A page whose every file is gone is archived: not shown, but its row (and later its translations) kept.
        assertThat(coverage.page("glacier")).isEmpty();
        assertThat(jdbc.sql("select count(*) from page where slug = 'glacier' and removed_at is not null")
                .query(Integer.class).single()).isEqualTo(1);

        SyncReport again = sync.syncAndWait("test");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.changed() + again.removed()).isZero();
    }

    @Test
    void badFilesAreReportedOneByOneAndDoNotStopTheOthers() {
        content.write("en", "good", page("en", "A good page"));
        content.writeBytes("en", "empty", new byte[0]);
        content.writeBytes("en", "latin1", "<html><body><p>Caf\u00e9</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        content.writeBytes("en", "binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        content.write("en", "plain", "Just some words, no markup at all.");
        content.write("en", "Bad Name", page("en", "Spaces in the file name"));
        content.write("de", "unknown-language", page("de", "Deutsch"));
        content.write("en", "unclosed", "<html><body><p>Text <b>bold</p></body></html>");

        SyncReport report = sync.syncAndWait("test");

        assertThat(coverage.page("good")).isPresent();
        assertThat(coverage.page("unclosed")).as("markup problems are warnings, the page is imported").isPresent();
        assertThat(reason(report, "en/empty.html")).contains("empty");
        assertThat(reason(report, "en/binary.html")).contains("binary");
        assertThat(report.problems()).filteredOn(p -> p.path().equals("en/binary.html")).singleElement()
                .satisfies(p -> assertThat(p.reasonKey()).isEqualTo(PageText.BINARY));
        assertThat(reason(report, "en/plain.html")).contains("not an HTML page");
        assertThat(reason(report, "en/Bad Name.html")).contains("slug");
        assertThat(reason(report, "de/")).contains("not an enabled language");
        assertThat(report.problems()).filteredOn(p -> p.path().equals("en/unclosed.html"))
                .allMatch(p -> p.severity() == ContentProblem.Severity.WARNING);
        for (String slug : List.of("empty", "binary", "plain")) {
            assertThat(coverage.page(slug)).as(slug).isEmpty();
        }
        // A page in another encoding than UTF-8 is read in its own (here windows-1252, the HTML default), with
        // a warning that it declares none.
        assertThat(coverage.page("latin1")).isPresent();
        assertThat(reason(report, "en/latin1.html")).contains("does not declare its encoding")
                .contains("windows-1252");
        assertThat(report.problems()).filteredOn(p -> p.path().equals("en/latin1.html"))
                .allMatch(p -> p.severity() == ContentProblem.Severity.WARNING);
        assertThat(sync.currentProblems()).hasSameSizeAs(report.problems());
    }

    @Test
    void aFileThatTurnsBadKeepsItsLastGoodVersion() {
        content.write("en", "river", page("en", "River keepers"));
        content.write("ru", "river", page("ru", "Хранители реки"));
        sync.syncAndWait("test");

        content.writeBytes("ru", "river", new byte[0]);
        SyncReport report = sync.syncAndWait("test");

        assertThat(reason(report, "ru/river.html")).contains("empty");
        assertThat(coverage.page("river").orElseThrow().cell("ru").status()).isEqualTo(Availability.PUBLISHED);
        assertThat(jdbc.sql("select title from document where path = 'ru/river.html'").query(String.class).single())
                .isEqualTo("Хранители реки");
    }

    @Test
    void aPageWithoutItsSourceLanguageTakesTheFirstLanguageItHas() {
        content.write("ru", "only-russian", page("ru", "Только по-русски"));

        sync.syncAndWait("test");

        var page = coverage.page("only-russian").orElseThrow();
        assertThat(page.sourceLanguage()).isEqualTo("ru");
        assertThat(page.cell("ru").status()).isEqualTo(Availability.SOURCE);
        assertThat(page.cell("en").status()).isEqualTo(Availability.MISSING);
    }

    @Test
    void fileWarningsStayListedUntilTheFileChanges() {
        // a warning the file check finds: a publication date that is not a date
        content.write("en", "unclosed", ContentFixture.page("en", "Dated", "last spring", 3, "<p>Some text.</p>"));
        String first = reason(sync.syncAndWait("test"), "en/unclosed.html");
        assertThat(first).contains("not a date");

        SyncReport again = sync.syncAndWait("test");
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(reason(again, "en/unclosed.html")).isEqualTo(first);
        assertThat(sync.currentProblems()).extracting(ContentProblem::path).contains("en/unclosed.html");

        content.write("en", "unclosed", page("en", "Closed now"));
        SyncReport fixed = sync.syncAndWait("test");
        assertThat(fixed.changed()).isEqualTo(1);
        assertThat(fixed.problems()).extracting(ContentProblem::path).doesNotContain("en/unclosed.html");
    }

    private static String reason(SyncReport report, String path) {
        return report.problems().stream().filter(p -> p.path().equals(path)).map(ContentProblem::reason)
                .findFirst().orElse("(no problem reported for " + path + ")");
    }
}
