package org.interlinea.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import net.htmlparser.jericho.Attribute;
import net.htmlparser.jericho.Element;
import net.htmlparser.jericho.Source;
import org.interlinea.content.ContentSyncService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A translation that tries to add an event handler through an unquoted attribute, published for real: the
 * page written to the content folder holds it as the attribute's text and nothing else.
 */
class PublishedPageSafetyTest extends ContentFolderTest {

    private static final String ATTACK = "Река onerror=alert(document.domain)";

    @Autowired
    ContentSyncService sync;
    @Autowired
    PublishService publish;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcClient jdbc;

    private record Row(long id, String text, String context) {
    }

    @Test
    void anUnquotedAltTextCannotCarryAnEventHandlerIntoThePublishedPage() throws IOException {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "river", ContentFixture.page("en", "The river", "2026-02-01", 3, """
                <p>The river at dawn. <img src=/media/river.jpg alt=River> <a href=/map title=Map>See</a>.</p>"""));
        sync.syncAndWait("test");
        List<Row> rows = jdbc.sql("""
                        select s.id, s.source_text, s.context from segment s join page p on p.id = s.page_id
                        where p.slug = 'river' and s.archived_at is null order by s.position""")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        for (Row row : rows) {
            String text = row.context().startsWith("attribute:") ? ATTACK : "RU " + row.text();
            assertThat(translations.save(row.id(), "ru", text, TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR,
                    0, "tester").saved()).isTrue();
        }

        PublishResult result = publish.publish("river", "ru", PublishService.FileReplacement.ONLY_OUR_OWN, "coordinator");

        String html = Files.readString(result.file());
        assertThat(html).contains("alt=\"" + ATTACK + "\"").contains("title=\"" + ATTACK + "\"");
        Source page = new Source(html);
        Element img = page.getFirstElement("img");
        assertThat((Iterable<Attribute>) img.getAttributes()).extracting(Attribute::getKey).containsExactly("src", "alt");
        assertThat(img.getAttributeValue("alt")).isEqualTo(ATTACK);
        Element link = page.getFirstElement("a");
        assertThat((Iterable<Attribute>) link.getAttributes()).extracting(Attribute::getKey).containsExactly("href", "title");
        assertThat(link.getAttributeValue("title")).isEqualTo(ATTACK);
    }
}
