package org.interlinea.publish;

import java.util.Set;
import org.interlinea.alignment.PublishedLanguages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells alignment which languages of a page Interlinea published, from publish's own publications. */
@Component
class PublishedLanguagesOfPages implements PublishedLanguages {

    private final JdbcClient jdbc;

    PublishedLanguagesOfPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> of(long pageId) {
        return Set.copyOf(jdbc.sql("select language from publication where page_id = :page")
                .param("page", pageId).query(String.class).list());
    }
}
