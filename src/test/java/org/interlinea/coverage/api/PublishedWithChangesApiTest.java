package org.interlinea.coverage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.interlinea.content.ContentSyncService;
import org.interlinea.publish.PublishService;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The site API says PUBLISHED_WITH_CHANGES after a published translation changes, PUBLISHED once republished. */
class PublishedWithChangesApiTest extends ContentFolderTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ContentSyncService sync;
    @Autowired
    PublishService publish;
    @Autowired
    TranslationService translations;
    @Autowired
    JdbcClient jdbc;

    private MockMvc api;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void aPublishedPortuguesePage() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", "ferry", ContentFixture.page("en", "The ferry", "2026-04-01", 3,
                "<p>The ferry leaves at six. It is always late.</p>"));
        sync.syncAndWait("test");
        for (long id : segments()) {
            translations.save(id, "pt", "PT " + id, TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR, 0, "tester");
        }
        publish.publish("ferry", "pt", PublishService.FileReplacement.ONLY_OUR_OWN, "coordinator");
        api = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private List<Long> segments() {
        return jdbc.sql("""
                        select s.id from segment s join page p on p.id = s.page_id
                        where p.slug = 'ferry' and s.archived_at is null order by s.position""")
                .query(Long.class).list();
    }

    private String portuguese(String path) throws Exception {
        String body = api.perform(get(path)).andReturn().getResponse().getContentAsString();
        JsonNode page = path.endsWith("/availability") && path.startsWith("/api/pages/")
                ? json.readTree(body) : json.readTree(body).get("pages").get(0);
        return page.get("availability").get("pt").asString();
    }

    @Test
    void bothEndpointsSayPublishedWithChangesUntilItIsPublishedAgain() throws Exception {
        assertThat(portuguese("/api/pages/ferry/availability")).isEqualTo("PUBLISHED");

        long first = segments().getFirst();
        var t = translations.find(first, "pt").orElseThrow();
        translations.save(first, "pt", "A balsa parte às seis.", TranslationStatus.TRANSLATED, TranslationOrigin.EDITOR,
                t.version(), "tester");

        assertThat(portuguese("/api/pages/ferry/availability")).isEqualTo("PUBLISHED_WITH_CHANGES");
        assertThat(portuguese("/api/availability")).isEqualTo("PUBLISHED_WITH_CHANGES");

        publish.publish("ferry", "pt", PublishService.FileReplacement.ONLY_OUR_OWN, "coordinator");

        assertThat(portuguese("/api/pages/ferry/availability")).isEqualTo("PUBLISHED");
        assertThat(portuguese("/api/availability")).isEqualTo("PUBLISHED");
    }
}
