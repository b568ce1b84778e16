package org.interlinea.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.content.ContentHashes;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.document.PageSegment;
import org.interlinea.document.Segments;
import org.interlinea.language.Languages;
import org.interlinea.publish.PageOverview.SegmentRow;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationService;
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
    private final Segments segments;
    private final TranslationService translations;
    private final AlignmentReviewService alignment;

    PageOverviewService(JdbcClient jdbc, CoverageService coverage, Languages languages, Segments segments,
                        TranslationService translations, AlignmentReviewService alignment) {
        this.jdbc = jdbc;
        this.segments = segments;
        this.translations = translations;
        this.alignment = alignment;
        this.coverage = coverage;
        this.languages = languages;
    }

    public Optional<PageOverview> page(String slug) {
        return coverage.page(slug).map(this::overview);
    }

    private PageOverview overview(CoverageRow page) {
        List<String> targets = languages.tags().stream().filter(l -> !l.equals(page.sourceLanguage())).toList();
        List<PageSegment> active = segments.ofPage(page.pageId());
        Map<Long, Map<String, TranslationStatus>> statuses =
                translations.statuses(active.stream().map(PageSegment::id).toList());
        List<SegmentRow> rows = new ArrayList<>();
        for (PageSegment segment : active) {
            Map<String, TranslationStatus> perLanguage = new LinkedHashMap<>();
            Map<String, TranslationStatus> found = statuses.getOrDefault(segment.id(), Map.of());
            for (String language : targets) {
                perLanguage.put(language, found.getOrDefault(language, TranslationStatus.MISSING));
            }
            rows.add(new SegmentRow(segment.id(), segment.position(), segment.paragraph(), segment.context(),
                    segment.sourceText(), segment.words(), perLanguage));
        }
        Map<String, Boolean> aligned = new LinkedHashMap<>();
        List<String> alignedLanguages = alignment.alignedLanguages(page.pageId());
        targets.forEach(l -> aligned.put(l, alignedLanguages.contains(l)));
        return new PageOverview(page, rows, aligned, publications(page.pageId(), active));
    }

    /** Changed since: a segment whose text is not what the publication wrote (as availability counts it). */
    private Map<String, PageOverview.LastPublication> publications(long pageId, List<PageSegment> active) {
        Map<String, PageOverview.LastPublication> result = new LinkedHashMap<>();
        Long[] ids = active.stream().map(PageSegment::id).toArray(Long[]::new);
        jdbc.sql("select language, published_at, published_by from publication where page_id = :page")
                .param("page", pageId)
                .query(rs -> {
                    String language = rs.getString(1);
                    result.put(language, new PageOverview.LastPublication(rs.getTimestamp(2).toInstant(),
                            rs.getString(3), changedSince(language, ids, translations.forPage(pageId, language))));
                });
        return result;
    }

    /** Active segments whose translation's text (or its absence) is not what the publication wrote. */
    private int changedSince(String language, Long[] ids, Map<Long, Translation> now) {
        Map<Long, String> published = new HashMap<>();
        jdbc.sql("select segment_id, text_hash from published_segment where language = :language and segment_id = any(:ids)")
                .param("language", language).param("ids", ids)
                .query(rs -> {
                    published.put(rs.getLong(1), rs.getString(2));
                });
        int changed = 0;
        for (Long id : ids) {
            Translation translation = now.get(id);
            String hash = translation == null || translation.text() == null ? null
                    : ContentHashes.md5(translation.text());
            changed += Objects.equals(published.get(id), hash) ? 0 : 1;
        }
        return changed;
    }
}
