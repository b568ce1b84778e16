package org.interlinea.coverage;

import java.util.Collection;
import org.interlinea.content.PageDocumentsChanged;
import org.interlinea.language.Languages;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the {@code availability} table (page x enabled language) in line with the documents, so the
 * coverage matrix and the site API read it with plain indexed lookups.
 */
@Service
public class AvailabilityService {

    private final JdbcClient jdbc;
    private final Languages languages;

    AvailabilityService(JdbcClient jdbc, Languages languages) {
        this.jdbc = jdbc;
        this.languages = languages;
    }

    @EventListener
    void onDocumentsChanged(PageDocumentsChanged event) {
        recompute(event.pageIds());
    }

    /** A language added to the configuration gets its row for every page before anyone looks. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void fillMissingLanguages() {
        upsert("where not exists (select 1 from availability a where a.page_id = p.id and a.language = l.tag)", null);
    }

    @Transactional
    public void recompute(Collection<Long> pageIds) {
        if (!pageIds.isEmpty()) {
            upsert("where p.id = any(:ids)", pageIds.toArray(Long[]::new));
        }
    }

    private void upsert(String where, Long[] ids) {
        var statement = jdbc.sql("""
                        insert into availability (page_id, language, status)
                        select p.id, l.tag,
                               case when l.tag = p.source_language then 'SOURCE'
                                    when d.id is not null then 'PUBLISHED'
                                    else 'MISSING' end
                        from page p
                        cross join unnest(cast(:languages as text[])) as l(tag)
                        left join document d on d.page_id = p.id and d.language = l.tag
                        """ + where + """

                        on conflict (page_id, language) do update
                            set status = excluded.status, updated_at = now()
                            where availability.status is distinct from excluded.status""")
                .param("languages", languages.tags().toArray(String[]::new));
        if (ids != null) {
            statement = statement.param("ids", ids);
        }
        statement.update();
    }
}
