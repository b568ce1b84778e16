package org.interlinea.coverage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.interlinea.content.PageDocumentsChanged;
import org.interlinea.language.Languages;
import org.interlinea.translation.TranslationChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@code availability} table (page x enabled language) in line with the documents, so the
 * coverage matrix and the site API read it with plain indexed lookups.
 */
@Service
public class AvailabilityService {

    private final JdbcClient jdbc;
    private final Languages languages;
    private final TransactionTemplate newTransaction;
    private final Map<LaneKey, Lane> lanes = new ConcurrentHashMap<>();

    private final Publications publications;

    AvailabilityService(JdbcClient jdbc, Languages languages, PlatformTransactionManager transactions,
                        Publications publications) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.languages = languages;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After segmentation and alignment, which the counts depend on. */
    public static final int ORDER = 100;

    @EventListener
    @Order(ORDER)
    void onDocumentsChanged(PageDocumentsChanged event) {
        recompute(event.pageIds());
    }

    /**
     * After the save is committed (its transaction no longer holds the availability row while others wait),
     * and only when it can move availability (a DRAFT text edit cannot). It runs in the saving thread, so a
     * confirm returns with the page's availability counted, unless a recount of the page that is about to
     * start will count it a moment later (see {@link #recount}).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onTranslationChanged(TranslationChanged event) {
        if (languages.isEnabled(event.language())
                && (event.availabilityMayChange() || published(event.pageId(), event.language()))) {
            recount(event.pageId(), event.language());
        }
    }

    /** A text edit moves a published page between PUBLISHED and PUBLISHED_WITH_CHANGES (one key lookup). */
    private boolean published(long pageId, String language) {
        return jdbc.sql("""
                        select status in ('PUBLISHED', 'PUBLISHED_WITH_CHANGES') from availability
                        where page_id = :page and language = :language""")
                .param("page", pageId).param("language", language).query(Boolean.class).optional().orElse(false);
    }

    /**
     * Recounts one page in one language after a save. Saves on one page come in bursts (many translators,
     * each save its own transaction), so they share recounts: one recount at a time per page and language,
     * and a save that finds another one already waiting to start leaves it to that one, since it will read
     * after this save's commit. Its statement takes a lock on the availability row first, so even across
     * instances no recount that read earlier writes over one that read later.
     */
    void recount(long pageId, String language) {
        Lane lane = lanes.computeIfAbsent(new LaneKey(pageId, language), k -> new Lane());
        synchronized (lane) {
            if (lane.waiting) {
                return;
            }
            lane.waiting = true;
        }
        lane.running.lock();
        try {
            synchronized (lane) {
                lane.waiting = false;
            }
            newTransaction.executeWithoutResult(status -> {
                jdbc.sql("select 1 from availability where page_id = :page and language = :language for update")
                        .param("page", pageId).param("language", language).query(Integer.class).optional();
                upsert("where p.id = any(:ids)", new Long[] {pageId}, new String[] {language});
            });
        } finally {
            lane.running.unlock();
        }
    }

    private record LaneKey(long pageId, String language) {
    }

    private static final class Lane {
        final ReentrantLock running = new ReentrantLock();
        boolean waiting;
    }

    /** A language added to the configuration gets its row for every page before anyone looks. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void fillMissingLanguages() {
        upsert("where not exists (select 1 from availability a where a.page_id = p.id and a.language = l.tag)", null,
                allLanguages());
    }

    @Transactional
    public void recompute(Collection<Long> pageIds) {
        if (!pageIds.isEmpty()) {
            upsert("where p.id = any(:ids)", pageIds.toArray(Long[]::new), allLanguages());
        }
    }

    /*
     * One statement for any number of pages. Per page x language:
     *  - the source language is SOURCE;
     *  - with a file that is mostly the source language (document.source_copy): UNTRANSLATED_COPY, never
     *    readable, whatever was published or aligned before;
     *  - with a file: PUBLISHED when Interlinea published it from the current source (PUBLISHED_WITH_CHANGES
     *    when a segment's text differs from what that publication wrote, V6's published_segment), or when it
     *    is a file we found and every source segment has a current translation; OUTDATED otherwise
     *    (changed_words counts the words without one);
     *  - without a file: READY when every segment is translated, IN_PROGRESS when any has text, else MISSING.
     */
    private String[] allLanguages() {
        return languages.tags().toArray(String[]::new);
    }

    private void upsert(String where, Long[] ids, String[] languageTags) {
        var statement = jdbc.sql("""
                        insert into availability (page_id, language, status, total_segments, translated_segments,
                                                  total_words, translated_words, changed_words)
                        select p.id, l.tag,
                               case when l.tag = p.source_language then 'SOURCE'
                                    when d.id is not null then
                                        case when d.source_copy then 'UNTRANSLATED_COPY'
                                             when pub.page_id is not null and pub.source_content_hash = sg.content_hash
                                                  and st.changed_since_publication > 0 then 'PUBLISHED_WITH_CHANGES'
                                             when pub.page_id is not null and pub.source_content_hash = sg.content_hash then 'PUBLISHED'
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
                        left join unnest(cast(:pubPages as bigint[]), cast(:pubLanguages as text[]),
                                         cast(:pubHashes as text[])) as pub(page_id, language, source_content_hash)
                            on pub.page_id = p.id and pub.language = l.tag
                        left join segmentation sg on sg.page_id = p.id
                        left join lateral (
                            select count(*) as total_segments,
                                   sum(s.words) as total_words,
                                   count(*) filter (where t.status in ('TRANSLATED', 'REVIEWED', 'NO_TRANSLATION_NEEDED'))
                                       as translated_segments,
                                   coalesce(sum(s.words) filter (where t.status in ('TRANSLATED', 'REVIEWED',
                                                                                    'NO_TRANSLATION_NEEDED')), 0)
                                       as translated_words,
                                   count(t.segment_id) as with_text,
                                   coalesce(sum(s.words) filter (where t.segment_id is null or t.status = 'OUTDATED'), 0)
                                       as uncovered_words,
                                   count(*) filter (where ps.text_hash is distinct from md5(t.text))
                                       as changed_since_publication
                            from segment s
                            left join translation t on t.segment_id = s.id and t.language = l.tag
                            left join published_segment ps on ps.segment_id = s.id and ps.language = l.tag
                            where s.page_id = p.id and s.archived_at is null
                        ) st on l.tag <> p.source_language
                        """ + where + """

                        on conflict (page_id, language) do update set
                            status = excluded.status, total_segments = excluded.total_segments,
                            translated_segments = excluded.translated_segments, total_words = excluded.total_words,
                            translated_words = excluded.translated_words, changed_words = excluded.changed_words,
                            updated_at = now()""")
                .param("languages", languageTags);
        // Publications are publish's: it hands over the few rows (one per page x language published) to join.
        List<Publications.Publication> published = ids == null ? publications.all()
                : publications.ofPages(List.of(ids));
        statement = statement.param("pubPages", published.stream().map(Publications.Publication::pageId)
                        .toArray(Long[]::new))
                .param("pubLanguages", published.stream().map(Publications.Publication::language)
                        .toArray(String[]::new))
                .param("pubHashes", published.stream().map(Publications.Publication::sourceContentHash)
                        .toArray(String[]::new));
        if (ids != null) {
            statement = statement.param("ids", ids);
        }
        statement.update();
    }
}
