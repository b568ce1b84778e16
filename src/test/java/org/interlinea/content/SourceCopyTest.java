package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageFilter;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8, point 1 (sync side): a file under a target language that is mostly the source language is not
 * readable in that language. It is UNTRANSLATED_COPY (never PUBLISHED), listed as a problem, and its
 * sentences become neither translations nor memory. Real translations are never flagged.
 */
class SourceCopyTest extends ContentFolderTest {

    static final String SLUG = "radio-for-the-night-shift";
    static final Path DEMO = Path.of("translations");

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
        jdbc.sql("delete from tm_entry").update();
    }

    private String demo(String language) throws IOException {
        return Files.readString(DEMO.resolve(language).resolve(SLUG + ".html"));
    }

    private int rows(String table, String language) {
        String column = table.equals("tm_entry") ? "target_language" : "language";
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :language")
                .param("language", language).query(Integer.class).single();
    }

    private static List<ContentProblem> copies(List<ContentProblem> problems) {
        return problems.stream().filter(p -> ContentProblem.SOURCE_COPY.equals(p.reasonKey())).toList();
    }

    @Test
    void aCopyOfTheEnglishPageUnderPtIsNotATranslation() throws IOException {
        content.write("en", SLUG, demo("en"));
        content.write("pt", SLUG, demo("en").replace("<html lang=\"en\">", "<html lang=\"pt\">"));

        SyncReport report = sync.syncAndWait("test");

        assertThat(coverage.page(SLUG).orElseThrow().cell("pt").status()).isEqualTo(Availability.UNTRANSLATED_COPY);
        assertThat(copies(report.problems())).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("pt/" + SLUG + ".html");
            assertThat(p.reasonArgs()).containsExactly("pt", "en");
            assertThat(p.reason()).contains("mostly en");
        });
        assertThat(rows("translation", "pt")).isZero();
        assertThat(rows("tm_entry", "pt")).isZero();
        assertThat(coverage.count(CoverageFilter.all().withStatusIn("pt", Availability.UNTRANSLATED_COPY))).isEqualTo(1);
        assertThat(coverage.languageCoverage()).filteredOn(c -> c.language().equals("pt"))
                .singleElement().satisfies(c -> assertThat(c.readable()).isZero());
        // Listed again by the next sync, which sees the file unchanged.
        assertThat(copies(sync.syncAndWait("test").problems())).hasSize(1);
        assertThat(copies(sync.currentProblems())).hasSize(1);

        // Translated at last: the flag goes, the file is aligned like any other.
        content.write("pt", SLUG, Files.readString(DEMO.resolve("ru").resolve(SLUG + ".html")));
        SyncReport translated = sync.syncAndWait("test");
        assertThat(copies(translated.problems())).isEmpty();
        assertThat(coverage.page(SLUG).orElseThrow().cell("pt").status()).isNotEqualTo(Availability.UNTRANSLATED_COPY);
        assertThat(rows("translation", "pt")).isPositive();
    }

    @Test
    void aCopyIsFlaggedWhenTheSourceAppearsAfterIt() throws IOException {
        content.write("en", SLUG, demo("en").replace("Who listens", "Who really listens"));
        content.write("ru", SLUG, demo("en"));
        sync.syncAndWait("test");

        assertThat(coverage.page(SLUG).orElseThrow().cell("ru").status()).isEqualTo(Availability.UNTRANSLATED_COPY);
        assertThat(rows("tm_entry", "ru")).isZero();
    }

    @Test
    void noFileOfTheDemoCorpusIsFlagged() throws IOException {
        try (Stream<Path> files = Files.walk(DEMO)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String slug = file.getFileName().toString().replace(".html", "");
                content.write(file.getParent().getFileName().toString(), slug, Files.readString(file));
            }
        }

        SyncReport report = sync.syncAndWait("test");

        assertThat(copies(report.problems())).isEmpty();
        assertThat(jdbc.sql("select count(*) from document where source_copy").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from availability where status = 'UNTRANSLATED_COPY'")
                .query(Integer.class).single()).isZero();
        assertThat(rows("tm_entry", "ru")).isPositive();
        assertThat(rows("tm_entry", "pt")).isPositive();
    }
}
