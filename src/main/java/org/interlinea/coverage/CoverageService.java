package org.interlinea.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.language.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the coverage matrix a window at a time (the grid loads lazily), so it stays fast at 100,000
 * pages: the page query is indexed and limited, and only the window's availability rows are fetched.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    private final JdbcClient jdbc;
    private final Languages languages;

    CoverageService(JdbcClient jdbc, Languages languages) {
        this.jdbc = jdbc;
        this.languages = languages;
    }

    public List<CoverageRow> fetch(CoverageFilter filter, int offset, int limit) {
        Where where = where(filter);
        var query = jdbc.sql("""
                        select p.id, p.slug, p.title, p.source_language, p.published_date, p.priority
                        from page p
                        """ + where.sql + " order by " + orderBy(filter.sort()) + " limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        for (var e : where.params.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        List<CoverageRow> pages = query.query((rs, n) -> new CoverageRow(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class), rs.getInt(6),
                new LinkedHashMap<>())).list();
        fillCells(pages);
        return pages;
    }

    public int count(CoverageFilter filter) {
        if (filter.titleContains() == null && filter.language() != null && filter.status() != null) {
            // Kept per (language, status) for live pages by V5's triggers.
            return jdbc.sql("""
                            select coalesce(sum(pages), 0) from language_status_count
                            where language = :language and status = :status""")
                    .param("language", filter.language()).param("status", filter.status().name())
                    .query(Integer.class).single();
        }
        if (filter.titleContains() == null) {
            return livePages();
        }
        Where where = where(filter);
        var query = jdbc.sql("select count(*) from page p " + where.sql);
        for (var e : where.params.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        return query.query(Integer.class).single();
    }

    public Optional<CoverageRow> page(String slug) {
        List<CoverageRow> rows = jdbc.sql("""
                        select p.id, p.slug, p.title, p.source_language, p.published_date, p.priority
                        from page p where p.slug = :slug and p.removed_at is null""")
                .param("slug", slug)
                .query((rs, n) -> new CoverageRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class), rs.getInt(6),
                        new LinkedHashMap<>()))
                .list();
        fillCells(rows);
        return rows.stream().findFirst();
    }

    /**
     * Per enabled language, how many pages readers can read, and the count of each status: a sum over the
     * few delta rows V5's triggers keep, in one statement so the counts and the total agree.
     */
    public List<LanguageCoverage> languageCoverage() {
        Map<String, Map<Availability, Integer>> counts = new HashMap<>();
        int[] total = {0};
        jdbc.sql("""
                        select language, status, sum(pages) from language_status_count
                        group by language, status having sum(pages) <> 0
                        union all
                        select null, null, coalesce(sum(live_pages), 0) from coverage_total""")
                .query(rs -> {
                    if (rs.getString(1) == null) {
                        total[0] = rs.getInt(3);
                    } else {
                        counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Availability.class))
                                .put(Availability.valueOf(rs.getString(2)), rs.getInt(3));
                    }
                });
        List<LanguageCoverage> result = new ArrayList<>();
        for (String language : languages.tags()) {
            Map<Availability, Integer> byStatus = counts.getOrDefault(language, Map.of());
            int readable = byStatus.entrySet().stream().filter(e -> e.getKey().readable())
                    .mapToInt(Map.Entry::getValue).sum();
            result.add(new LanguageCoverage(language, readable, total[0], Map.copyOf(byStatus)));
        }
        return result;
    }

    /** Pages that are not archived, kept by V5's triggers. */
    public int livePages() {
        return jdbc.sql("select coalesce(sum(live_pages), 0) from coverage_total").query(Integer.class).single();
    }

    /**
     * A token that changes whenever what {@link #livePagesByTitle} returns may have changed: the sum of V5's
     * change counter (one per committed statement that changed a live page's slug, title, source language,
     * liveness or any status) and the live page count. Unlike max(updated_at) it cannot miss a change that
     * commits late: a long sync's rows carry its start time, which may be older than a save seen already.
     */
    public String version() {
        return jdbc.sql("select coalesce(sum(changes), 0) || '-' || coalesce(sum(live_pages), 0) from coverage_total")
                .query(String.class).single();
    }

    /** Where a {@link #livePagesByTitle} window ended: the next one starts after this page. */
    public record TitleCursor(String titleSearch, long id) {
    }

    /** A live page and its status in each language that has an availability row. */
    public record PageStatuses(long id, String slug, String title, String titleSearch, String sourceLanguage,
                               Map<String, Availability> statuses) {

        public TitleCursor cursor() {
            return new TitleCursor(titleSearch, id);
        }
    }

    /**
     * Up to {@code limit} live pages by title, after {@code after} (null: from the start), with their
     * statuses: keyset pagination on page_live_title, so every window costs the same however deep it is,
     * and one statement per window (the statuses are a sub-select per page on availability's key).
     */
    public List<PageStatuses> livePagesByTitle(@Nullable TitleCursor after, int limit) {
        var query = jdbc.sql("""
                        select p.id, p.slug, p.title, p.title_search, p.source_language,
                               array(select a.language || '=' || a.status from availability a where a.page_id = p.id)
                        from page p
                        where p.removed_at is null"""
                        + (after == null ? "" : " and (p.title_search, p.id) > (:title, :id)")
                        + " order by p.title_search, p.id limit :limit")
                .param("limit", limit);
        if (after != null) {
            query = query.param("title", after.titleSearch()).param("id", after.id());
        }
        return query.query((rs, n) -> {
            Map<String, Availability> statuses = new HashMap<>();
            for (Object pair : (Object[]) rs.getArray(6).getArray()) {
                String text = (String) pair;
                int eq = text.indexOf('=');
                statuses.put(text.substring(0, eq), Availability.valueOf(text.substring(eq + 1)));
            }
            return new PageStatuses(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), statuses);
        }).list();
    }

    private void fillCells(List<CoverageRow> pages) {
        if (pages.isEmpty()) {
            return;
        }
        Map<Long, CoverageRow> byId = new HashMap<>();
        pages.forEach(p -> byId.put(p.pageId(), p));
        Map<Long, Map<String, CoverageCell>> cells = new HashMap<>();
        jdbc.sql("""
                        select page_id, language, status, total_segments, translated_segments, total_words,
                               translated_words, changed_words
                        from availability where page_id = any(:ids)""")
                .param("ids", byId.keySet().toArray(Long[]::new))
                .query(rs -> {
                    cells.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            new CoverageCell(Availability.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5),
                                    rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                });
        for (CoverageRow page : pages) {
            Map<String, CoverageCell> pageCells = cells.getOrDefault(page.pageId(), Map.of());
            for (String language : languages.tags()) {
                page.cells().put(language, pageCells.getOrDefault(language, CoverageCell.missing()));
            }
        }
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(CoverageFilter filter) {
        StringBuilder sql = new StringBuilder("where p.removed_at is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.titleContains() != null) {
            sql.append(" and p.title_search like :title escape '\\'");
            params.put("title", "%" + escapeLike(filter.titleContains().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.language() != null && filter.status() != null) {
            sql.append(" and exists (select 1 from availability a where a.page_id = p.id"
                    + " and a.language = :language and a.status = :status)");
            params.put("language", filter.language());
            params.put("status", filter.status().name());
        }
        return new Where(sql.toString(), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String orderBy(CoverageFilter.Sort sort) {
        return switch (sort) {
            case NEWEST_FIRST -> "p.published_date desc nulls last, p.id";
            case OLDEST_FIRST -> "p.published_date asc nulls last, p.id";
            case PRIORITY_HIGH_FIRST -> "p.priority desc, p.id";
            case PRIORITY_LOW_FIRST -> "p.priority asc, p.id";
            case TITLE -> "p.title_search, p.id";
        };
    }
}
