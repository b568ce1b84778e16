package org.interlinea.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.language.Languages;
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
            // One availability index entry per page in that status; archived pages are few, so excluding
            // them is a lookup rather than a join of every matching row to its page.
            return jdbc.sql("""
                            select count(*) from availability a
                            where a.language = :language and a.status = :status
                              and not exists (select 1 from page p where p.id = a.page_id and p.removed_at is not null)""")
                    .param("language", filter.language()).param("status", filter.status().name())
                    .query(Integer.class).single();
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

    /** Per enabled language, how many pages readers can read, and the count of each status. */
    public List<LanguageCoverage> languageCoverage() {
        Map<String, Map<Availability, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select a.language, a.status, count(*) from availability a
                        join page p on p.id = a.page_id and p.removed_at is null
                        group by a.language, a.status""")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Availability.class))
                            .put(Availability.valueOf(rs.getString(2)), rs.getInt(3));
                });
        int total = jdbc.sql("select count(*) from page where removed_at is null").query(Integer.class).single();
        List<LanguageCoverage> result = new ArrayList<>();
        for (String language : languages.tags()) {
            Map<Availability, Integer> byStatus = counts.getOrDefault(language, Map.of());
            int readable = byStatus.getOrDefault(Availability.SOURCE, 0) + byStatus.getOrDefault(Availability.PUBLISHED, 0)
                    + byStatus.getOrDefault(Availability.OUTDATED, 0);
            result.add(new LanguageCoverage(language, readable, total, Map.copyOf(byStatus)));
        }
        return result;
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
