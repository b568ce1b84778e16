package org.interlinea.support;

import java.util.List;
import org.interlinea.coverage.AvailabilityService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes what editor tests translated on demo pages, so the shared demo context stays as other test
 * classes expect it (e.g. ten pages MISSING in Portuguese).
 */
public final class TranslationsReset {

    private TranslationsReset() {
    }

    public static void clear(JdbcClient jdbc, AvailabilityService availability, String language, String... slugs) {
        List<Long> pages = jdbc.sql("select id from page where slug = any(:slugs)").param("slugs", slugs)
                .query(Long.class).list();
        for (String table : new String[] {"translation", "translation_history"}) {
            jdbc.sql("delete from " + table + " where language = :language and segment_id in"
                            + " (select id from segment where page_id = any(:pages))")
                    .param("language", language).param("pages", pages.toArray(Long[]::new)).update();
        }
        jdbc.sql("delete from tm_entry where origin = 'EDITOR' and page_id = any(:pages)")
                .param("pages", pages.toArray(Long[]::new)).update();
        availability.recompute(pages);
    }
}
