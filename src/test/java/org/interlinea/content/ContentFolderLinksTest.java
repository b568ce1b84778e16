package org.interlinea.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nothing outside the content folder is read, whatever a link in it points to. */
class ContentFolderLinksTest extends ContentFolderTest {

    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path elsewhere;

    @BeforeEach
    void emptyFolderAndDatabase() {
        content.clear();
        Database.clear(jdbc);
    }

    private static String page(String lang, String title) {
        return ContentFixture.page(lang, title, "2026-03-14", 3, "<p>Some text to translate.</p>");
    }

    private static String reason(SyncReport report, String path) {
        return report.problems().stream().filter(p -> p.path().equals(path)).map(ContentProblem::reason)
                .findFirst().orElse("(no problem reported for " + path + ")");
    }

    @Test
    void linksOutOfTheFolderAreRefusedAndListed() throws IOException {
        content.write("en", "river", page("en", "River keepers"));
        Files.createSymbolicLink(content.root().resolve("en/passwords.html"), Path.of("/etc/passwd"));
        Path secret = Files.writeString(elsewhere.resolve("secret.html"), page("en", "Internal memo"));
        Files.createSymbolicLink(content.root().resolve("en/memo.html"), secret);
        Path outsideFolder = Files.createDirectories(elsewhere.resolve("pt"));
        Files.writeString(outsideFolder.resolve("river.html"), page("pt", "Guardiões do rio"));
        Files.createSymbolicLink(content.root().resolve("pt"), outsideFolder);

        SyncReport report = sync.syncAndWait("test");

        assertThat(coverage.page("river")).isPresent();
        assertThat(coverage.page("passwords")).isEmpty();
        assertThat(coverage.page("memo")).isEmpty();
        assertThat(coverage.page("river").orElseThrow().cell("pt").status().name()).isEqualTo("MISSING");
        assertThat(reason(report, "en/passwords.html")).contains("outside the content folder");
        assertThat(reason(report, "en/memo.html")).contains("outside the content folder");
        assertThat(reason(report, "pt/")).contains("outside the content folder");
        assertThat(report.problems()).noneSatisfy(p -> assertThat(p.reason()).contains("root:"));
        // shown in the reader's language: each reason has its message key
        assertThat(report.problems()).extracting(ContentProblem::reasonKey).containsExactlyInAnyOrder(
                ContentProblem.FILE_LINK_OUTSIDE, ContentProblem.FILE_LINK_OUTSIDE, ContentProblem.LINK_OUTSIDE);
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsRead() throws IOException {
        content.write("en", "river", page("en", "River keepers"));
        Files.createSymbolicLink(content.root().resolve("en/river-keepers.html"),
                content.root().resolve("en/river.html"));

        SyncReport report = sync.syncAndWait("test");

        assertThat(report.problems()).isEmpty();
        assertThat(coverage.page("river-keepers")).isPresent();
    }
}
