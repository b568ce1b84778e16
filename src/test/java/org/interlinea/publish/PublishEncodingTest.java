package org.interlinea.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import org.interlinea.content.ContentProblem;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncReport;
import org.interlinea.coverage.CoverageService;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages in other encodings than UTF-8 are imported, not refused, and published in their own encoding: the same
 * bytes outside the translated text, and what the encoding cannot hold as numeric character references, never '?'.
 */
class PublishEncodingTest extends ContentFolderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset KOI8 = Charset.forName("KOI8-R");

    /** An HTML 4 page as old editors saved it: windows-1252, no declared encoding. */
    private static final String CAFE = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <HTML><HEAD><TITLE>Café du Parc</TITLE></HEAD>
            <BODY>
            <P>Our terrace opens in June. The crème brûlée costs €4.50 — “the best in town”.</P>
            </BODY></HTML>
            """;

    /** A Russian page in KOI8-R that says so. */
    private static final String NEWS = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">
            <title>Новости библиотеки</title></head>
            <body><p>Библиотека закрыта на ремонт. Книги можно вернуть в ящик у входа.</p></body></html>
            """;

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

    record Row(long id, String text) {
    }

    @BeforeEach
    void clean() {
        content.clear();
        Database.clear(jdbc);
    }

    private List<Row> segments(String slug) {
        return jdbc.sql("""
                        select s.id, s.source_text from segment s join page p on p.id = s.page_id
                        where p.slug = :slug and s.archived_at is null order by s.position""")
                .param("slug", slug).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
    }

    private void translate(String slug, String language, UnaryOperator<String> translation) {
        for (Row row : segments(slug)) {
            assertThat(translations.save(row.id(), language, translation.apply(row.text()), TranslationStatus.TRANSLATED,
                    TranslationOrigin.EDITOR, 0, "tester").saved()).isTrue();
        }
    }

    @Test
    void aWindows1252PageWithoutDeclarationIsImportedAndPublishedInWindows1252() throws IOException {
        byte[] source = CAFE.getBytes(CP1252);
        content.writeBytes("en", "cafe", source);

        SyncReport report = sync.syncAndWait("test");

        assertThat(coverage.page("cafe")).as("imported, not refused").isPresent();
        assertThat(coverage.page("cafe").orElseThrow().title()).isEqualTo("Café du Parc");
        assertThat(report.problems()).filteredOn(p -> p.path().equals("en/cafe.html")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(ContentProblem.Severity.WARNING))
                .satisfies(p -> assertThat(p.reason()).contains("does not declare its encoding"));
        assertThat(segments("cafe")).extracting(Row::text).containsExactly("Café du Parc",
                "Our terrace opens in June.", "The crème brûlée costs €4.50 — “the best in town”.");

        translate("cafe", "pt", text -> switch (text) {
            case "Café du Parc" -> "Café do Parque";
            case "Our terrace opens in June." -> "A esplanada abre em junho.";
            default -> "O crème brûlée custa 4,50 € — «o melhor da cidade» (ção).";
        });
        byte[] pt = Files.readAllBytes(publish.publish("cafe", "pt", PublishService.FileReplacement.ONLY_OUR_OWN,
                "coordinator").file());
        String ptText = new String(pt, CP1252);
        // windows-1252 holds every Portuguese letter: written as they are, in the page's own bytes
        assertThat(ptText).contains("<TITLE>Café do Parque</TITLE>")
                .contains("O crème brûlée custa 4,50 € — «o melhor da cidade» (ção).");
        assertThat(pt).isEqualTo(CAFE.replace("<HTML>", "<HTML lang=\"pt\">").replace("Café du Parc", "Café do Parque")
                .replace("Our terrace opens in June.", "A esplanada abre em junho.")
                .replace("The crème brûlée costs €4.50 — “the best in town”.",
                        "O crème brûlée custa 4,50 € — «o melhor da cidade» (ção).").getBytes(CP1252));

        translate("cafe", "ru", text -> "Кафе «Парк» — " + text.length());
        byte[] ru = Files.readAllBytes(publish.publish("cafe", "ru", PublishService.FileReplacement.ONLY_OUR_OWN,
                "coordinator").file());
        String ruText = new String(ru, CP1252);
        // windows-1252 has no Cyrillic: references, which every browser shows as the letters
        assertThat(ruText).contains("<TITLE>&#1050;&#1072;&#1092;&#1077; «&#1055;&#1072;&#1088;&#1082;» — 12</TITLE>")
                .doesNotContain("?");
        assertThat(sync.syncAndWait("test").changed()).as("our own files are not outside changes").isZero();
    }

    @Test
    void aKoi8PageIsPublishedInKoi8WithReferencesForWhatKoi8Lacks() throws IOException {
        content.writeBytes("ru", "news", NEWS.getBytes(KOI8));
        SyncReport report = sync.syncAndWait("test");
        assertThat(report.problems()).isEmpty();
        assertThat(coverage.page("news").orElseThrow().title()).isEqualTo("Новости библиотеки");

        translate("news", "en", text -> switch (text) {
            case "Новости библиотеки" -> "Library news — café";
            case "Библиотека закрыта на ремонт." -> "The library is closed for repairs.";
            default -> "Книги можно вернуть в ящик у входа.";  // kept in Russian: KOI8-R holds it
        });
        byte[] en = Files.readAllBytes(publish.publish("news", "en", PublishService.FileReplacement.ONLY_OUR_OWN,
                "coordinator").file());

        assertThat(en).isEqualTo(NEWS.replace("<html>", "<html lang=\"en\">")
                .replace("<title>Новости библиотеки</title>", "<title>Library news &#8212; caf&#233;</title>")
                .replace("Библиотека закрыта на ремонт.", "The library is closed for repairs.").getBytes(KOI8));
    }
}
