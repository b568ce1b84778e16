package org.interlinea.tm;

import java.util.List;
import org.interlinea.content.ContentHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pairs of source and target segments per language pair, from alignment and confirmed translations. */
@Service
public class TranslationMemory {

    private final JdbcClient jdbc;

    TranslationMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An exact match: a memory entry whose source is this very text. */
    public record Match(String sourceText, String targetText, String origin) {
    }

    /** @return whether the pair is new (false when it was there already or a side is blank) */
    @Transactional
    public boolean add(String sourceLanguage, String targetLanguage, String sourceText, String targetText,
                       String origin, Long pageId) {
        if (sourceText.isBlank() || targetText.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                        insert into tm_entry (source_language, target_language, source_text, target_text, source_hash,
                                              target_hash, origin, page_id)
                        values (:sl, :tl, :src, :trg, :sh, :th, :origin, :page)
                        on conflict (source_language, target_language, source_hash, target_hash)
                        do update set updated_at = now()
                        returning (xmax = 0)""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("src", sourceText)
                .param("trg", targetText).param("sh", hash(sourceText)).param("th", hash(targetText))
                .param("origin", origin).param("page", pageId).query(Boolean.class).single();
    }

    /**
     * Removes a pair that this page's alignment (origin) put in the memory, e.g. after a reviewer found it
     * wrong; entries from elsewhere stay.
     *
     * @return whether it was there
     */
    @Transactional
    public boolean remove(String sourceLanguage, String targetLanguage, String sourceText, String targetText,
                          String origin, long pageId) {
        return jdbc.sql("""
                        delete from tm_entry where source_language = :sl and target_language = :tl
                          and source_hash = :sh and target_hash = :th and source_text = :src and target_text = :trg
                          and origin = :origin and page_id = :page""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("src", sourceText)
                .param("trg", targetText).param("sh", hash(sourceText)).param("th", hash(targetText))
                .param("origin", origin).param("page", pageId).update() > 0;
    }

    @Transactional(readOnly = true)
    public List<Match> exact(String sourceLanguage, String targetLanguage, String sourceText, int limit) {
        return jdbc.sql("""
                        select source_text, target_text, origin from tm_entry
                        where source_language = :sl and target_language = :tl and source_hash = :sh
                          and source_text = :src
                        order by updated_at desc limit :limit""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("sh", hash(sourceText))
                .param("src", sourceText).param("limit", limit)
                .query((rs, n) -> new Match(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** A memory entry near a text, with its trigram similarity (0..1, 1 for the same text). */
    public record ScoredMatch(String sourceText, String targetText, String origin, double score) {
    }

    /**
     * Entries whose source is like this text (pg_trgm similarity above {@code minScore}), best first; uses
     * the trigram index on the source text.
     */
    @Transactional(readOnly = true)
    public List<ScoredMatch> similar(String sourceLanguage, String targetLanguage, String sourceText, double minScore,
                                     int limit) {
        return jdbc.sql("""
                        select source_text, target_text, origin, similarity(source_text, :src) as score
                        from tm_entry
                        where source_language = :sl and target_language = :tl and source_text % :src
                          and similarity(source_text, :src) >= :min
                        order by score desc, updated_at desc limit :limit""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("src", sourceText)
                .param("min", minScore).param("limit", limit)
                .query((rs, n) -> new ScoredMatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
    }

    /** Concordance: entries whose source or target contains the phrase (case-insensitive), newest first. */
    @Transactional(readOnly = true)
    public List<Match> concordance(String sourceLanguage, String targetLanguage, String phrase, int limit) {
        if (phrase == null || phrase.isBlank()) {
            return List.of();
        }
        String pattern = "%" + phrase.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select source_text, target_text, origin from tm_entry
                        where source_language = :sl and target_language = :tl
                          and (source_text ilike :p escape '\\' or target_text ilike :p escape '\\')
                        order by updated_at desc limit :limit""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("p", pattern).param("limit", limit)
                .query((rs, n) -> new Match(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional(readOnly = true)
    public int size(String sourceLanguage, String targetLanguage) {
        return jdbc.sql("select count(*) from tm_entry where source_language = :sl and target_language = :tl")
                .param("sl", sourceLanguage).param("tl", targetLanguage).query(Integer.class).single();
    }

    static String hash(String text) {
        return ContentHashes.md5(text);
    }
}
