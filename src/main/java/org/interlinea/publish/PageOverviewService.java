package org.interlinea.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.language.Languages;
import org.interlinea.publish.PageOverview.SegmentRow;
import org.interlinea.translation.TranslationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the page screen shows: the segments and their status in every language. */
@Service
@Transactional(readOnly = true)
public class PageOverviewService {

    private final JdbcClient jdbc;
    private final CoverageService coverage;
    private final Languages languages;

    PageOverviewService(JdbcClient jdbc, CoverageService coverage, Languages languages) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.languages = languages;
    }

    public Optional<PageOverview> page(String slug) {
        return coverage.page(slug).map(this::overview);
    }

    private PageOverview overview(CoverageRow page) {
        List<String> targets = languages.tags().stream().filter(l -> !l.equals(page.sourceLanguage())).toList();
        Map<Long, Map<String, TranslationStatus>> statuses = new HashMap<>();
        jdbc.sql("""
                        select t.segment_id, t.language, t.status from translation t
                        join segment s on s.id = t.segment_id
                        where s.page_id = :page and s.archived_at is null""")
                .param("page", page.pageId())
                .query(rs -> {
                    statuses.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), TranslationStatus.valueOf(rs.getString(3)));
                });
        List<SegmentRow> rows = new ArrayList<>();
        jdbc.sql("""
                        select id, position, paragraph, context, source_text, words from segment
                        where page_id = :page and archived_at is null order by position""")
                .param("page", page.pageId())
                .query(rs -> {
                    Map<String, TranslationStatus> perLanguage = new LinkedHashMap<>();
                    Map<String, TranslationStatus> found = statuses.getOrDefault(rs.getLong(1), Map.of());
                    for (String language : targets) {
                        perLanguage.put(language, found.getOrDefault(language, TranslationStatus.MISSING));
                    }
                    rows.add(new SegmentRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), perLanguage));
                });
        Map<String, Boolean> aligned = new LinkedHashMap<>();
        List<String> alignedLanguages = jdbc.sql("select language from alignment where page_id = :page")
                .param("page", page.pageId()).query(String.class).list();
        targets.forEach(l -> aligned.put(l, alignedLanguages.contains(l)));
        return new PageOverview(page, rows, aligned, publications(page.pageId()));
    }

    /** Changed since: a segment whose text is not what the publication wrote (as availability counts it). */
    private Map<String, PageOverview.LastPublication> publications(long pageId) {
        Map<String, PageOverview.LastPublication> result = new LinkedHashMap<>();
        jdbc.sql("""
                        select pub.language, pub.published_at, pub.published_by,
                               (select count(*) from segment s
                                left join translation t on t.segment_id = s.id and t.language = pub.language
                                left join published_segment ps on ps.segment_id = s.id and ps.language = pub.language
                                where s.page_id = pub.page_id and s.archived_at is null
                                  and ps.text_hash is distinct from md5(t.text))
                        from publication pub where pub.page_id = :page""")
                .param("page", pageId)
                .query(rs -> {
                    result.put(rs.getString(1), new PageOverview.LastPublication(rs.getTimestamp(2).toInstant(),
                            rs.getString(3), rs.getInt(4)));
                });
        return result;
    }
}
