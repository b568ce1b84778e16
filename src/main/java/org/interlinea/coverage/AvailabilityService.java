package org.interlinea.coverage;

import java.util.Collection;
import org.interlinea.content.PageDocumentsChanged;
import org.interlinea.language.Languages;
import org.interlinea.translation.TranslationChanged;
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

    /** After segmentation and alignment, which the counts depend on. */
    public static final int ORDER = 100;

    @EventListener
    @Order(ORDER)
    void onDocumentsChanged(PageDocumentsChanged event) {
        recompute(event.pageIds());
    }

    @EventListener
    void onTranslationChanged(TranslationChanged event) {
        recompute(java.util.List.of(event.pageId()));
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

    /*
     * One statement for any number of pages. Per page x language:
     *  - the source language is SOURCE;
     *  - with a file: PUBLISHED when Interlinea published it from the current source, or when it is a file
     *    we found and every source segment has a current translation; OUTDATED otherwise (changed_words
     *    counts the words without one);
     *  - without a file: READY when every segment is translated, IN_PROGRESS when any has text, else MISSING.
     */
    private void upsert(String where, Long[] ids) {
        var statement = jdbc.sql("""
                        insert into availability (page_id, language, status, total_segments, translated_segments,
                                                  total_words, translated_words, changed_words)
                        select p.id, l.tag,
                               case when l.tag = p.source_language then 'SOURCE'
                                    when d.id is not null then
                                        case when pub.page_id is not null and pub.source_content_hash = sg.content_hash then 'PUBLISHED'
                                             when pub.page_id is not null then 'OUTDATED'
                                             when coalesce(st.with_text, 0) > 0 and st.uncovered_words > 0 then 'OUTDATED'
                                             else 'PUBLISHED' end
                                    when st.total_segments > 0 and st.translated_segments = st.total_segments then 'READY'
                                    when coalesce(st.with_text, 0) > 0 then 'IN_PROGRESS'
                                    else 'MISSING' end,
                               coalesce(st.total_segments, 0), coalesce(st.translated_segments, 0),
                               coalesce(st.total_words, 0), coalesce(st.translated_words, 0),
                               case when d.id is not null and l.tag <> p.source_language
                                    then coalesce(st.uncovered_words, 0) else 0 end
                        from page p
                        cross join unnest(cast(:languages as text[])) as l(tag)
                        left join document d on d.page_id = p.id and d.language = l.tag
                        left join publication pub on pub.page_id = p.id and pub.language = l.tag
                        left join segmentation sg on sg.page_id = p.id
                        left join lateral (
                            select count(*) as total_segments,
                                   sum(s.words) as total_words,
                                   count(*) filter (where t.status in ('TRANSLATED', 'REVIEWED')) as translated_segments,
                                   coalesce(sum(s.words) filter (where t.status in ('TRANSLATED', 'REVIEWED')), 0)
                                       as translated_words,
                                   count(t.segment_id) as with_text,
                                   coalesce(sum(s.words) filter (where t.segment_id is null or t.status = 'OUTDATED'), 0)
                                       as uncovered_words
                            from segment s
                            left join translation t on t.segment_id = s.id and t.language = l.tag
                            where s.page_id = p.id and s.archived_at is null
                        ) st on l.tag <> p.source_language
                        """ + where + """

                        on conflict (page_id, language) do update set
                            status = excluded.status, total_segments = excluded.total_segments,
                            translated_segments = excluded.translated_segments, total_words = excluded.total_words,
                            translated_words = excluded.translated_words, changed_words = excluded.changed_words,
                            updated_at = now()""")
                .param("languages", languages.tags().toArray(String[]::new));
        if (ids != null) {
            statement = statement.param("ids", ids);
        }
        statement.update();
    }
}
