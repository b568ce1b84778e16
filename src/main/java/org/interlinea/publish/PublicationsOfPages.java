package org.interlinea.publish;

import java.util.Collection;
import java.util.List;
import org.interlinea.coverage.Publications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells coverage what was published, from publish's own publications. */
@Component
class PublicationsOfPages implements Publications {

    private final JdbcClient jdbc;

    PublicationsOfPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Publication> ofPages(Collection<Long> pageIds) {
        return jdbc.sql("select page_id, language, source_content_hash from publication where page_id = any(:ids)")
                .param("ids", pageIds.toArray(Long[]::new))
                .query((rs, n) -> new Publication(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public List<Publication> all() {
        return jdbc.sql("select page_id, language, source_content_hash from publication")
                .query((rs, n) -> new Publication(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
