package org.interlinea.tm;

import java.util.List;
import org.interlinea.content.ContentHashes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs of source and target segments per language pair, from alignment and confirmed translations. Each
 * entry knows where it came from ({@code origin}: ALIGNMENT, EDITOR, TMX), whether a person confirmed it, and
 * whether a person has since given the segment it came from another translation (superseded): a
 * superseded entry is never offered as a match, and a confirmed one ranks above one only the aligner vouches for.
 */
@Service
public class TranslationMemory {

    private final JdbcClient jdbc;

    TranslationMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A memory entry: its texts, where it came from, whether a person confirmed it and whether it is superseded. */
    public record Match(String sourceText, String targetText, String origin, boolean confirmedByPerson,
                        boolean superseded) {

        public Match(String sourceText, String targetText, String origin) {
            this(sourceText, targetText, origin, false, false);
        }

        /** The i18n key that names the entry's provenance, e.g. "unreviewed alignment" or "superseded". */
        public String originKey() {
            return originKey(origin, confirmedByPerson, superseded);
        }

        static String originKey(String origin, boolean confirmedByPerson, boolean superseded) {
            if (superseded) {
                return "tm.origin.superseded";
            }
            String known = switch (origin) {
                case "ALIGNMENT", "EDITOR", "TMX" -> origin;
                default -> "OTHER";
            };
            return "tm.origin." + known + (confirmedByPerson && !known.equals("EDITOR") ? ".confirmed" : "");
        }
    }

    /** Adds a pair no person has confirmed (yet), e.g. from alignment. */
    @Transactional
    public boolean add(String sourceLanguage, String targetLanguage, String sourceText, String targetText,
                       String origin, Long pageId) {
        return add(sourceLanguage, targetLanguage, sourceText, targetText, origin, pageId, false);
    }

    /**
     * Adds a pair; one a person confirmed is marked so (and no longer superseded, if it was); an existing entry
     * keeps its origin and never loses a person's confirmation. An unconfirmed pair for a source of this page
     * that a translator has since confirmed with another text is added as superseded.
     *
     * @return whether the pair is new (false when it was there already or a side is blank)
     */
    @Transactional
    public boolean add(String sourceLanguage, String targetLanguage, String sourceText, String targetText,
                       String origin, Long pageId, boolean confirmedByPerson) {
        if (sourceText.isBlank() || targetText.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                        insert into tm_entry (source_language, target_language, source_text, target_text, source_hash,
                                              target_hash, origin, page_id, confirmed_by_person, superseded_at)
                        values (:sl, :tl, :src, :trg, :sh, :th, :origin, :page, :confirmed,
                                -- a translator already gave this page's segment another text: born superseded
                                case when not :confirmed and exists (
                                    select 1 from tm_entry e
                                    where e.page_id = :page and e.source_language = :sl and e.target_language = :tl
                                      and e.source_hash = :sh and e.source_text = :src and e.origin = 'EDITOR'
                                      and e.superseded_at is null and e.target_hash <> :th) then now() end)
                        on conflict (source_language, target_language, source_hash, target_hash)
                        do update set updated_at = now(),
                            confirmed_by_person = tm_entry.confirmed_by_person or excluded.confirmed_by_person,
                            superseded_at = case when excluded.confirmed_by_person then null
                                                 else tm_entry.superseded_at end
                        returning (xmax = 0)""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("src", sourceText)
                .param("trg", targetText).param("sh", hash(sourceText)).param("th", hash(targetText))
                .param("origin", origin).param("page", pageId).param("confirmed", confirmedByPerson)
                .query(Boolean.class).single();
    }

    /**
     * A person vouched for an existing pair (e.g. confirmed its bead in the alignment review). That the two
     * sides belong together does not make a superseded text current again, so superseded stays as it is.
     */
    @Transactional
    public boolean confirm(String sourceLanguage, String targetLanguage, String sourceText, String targetText) {
        return jdbc.sql("""
                        update tm_entry set confirmed_by_person = true, updated_at = now()
                        where source_language = :sl and target_language = :tl and source_hash = :sh
                          and target_hash = :th and source_text = :src and target_text = :trg
                          and not confirmed_by_person""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("src", sourceText)
                .param("trg", targetText).param("sh", hash(sourceText)).param("th", hash(targetText)).update() > 0;
    }

    /**
     * A person gave a segment of this page the translation {@code currentText}: the entries this page put in
     * the memory for that source with another text are superseded. That includes an alignment entry of a
     * merged bead whose source contains the segment's (only unconfirmed ones: a person's pair of a longer
     * source is still right for it).
     *
     * @return how many entries were superseded
     */
    @Transactional
    public int supersede(String sourceLanguage, String targetLanguage, long pageId, String sourceText,
                         String currentText) {
        if (sourceText.isBlank()) {
            return 0;
        }
        return jdbc.sql("""
                        update tm_entry set superseded_at = now()
                        where page_id = :page and source_language = :sl and target_language = :tl
                          and superseded_at is null and target_hash <> :th
                          and ((source_hash = :sh and source_text = :src)
                               or (origin = 'ALIGNMENT' and not confirmed_by_person
                                   and strpos(source_text, :src) > 0))""")
                .param("page", pageId).param("sl", sourceLanguage).param("tl", targetLanguage)
                .param("src", sourceText).param("sh", hash(sourceText)).param("th", hash(currentText)).update();
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

    /** Entries for this very source, never superseded ones; those a person confirmed first, then newest. */
    @Transactional(readOnly = true)
    public List<Match> exact(String sourceLanguage, String targetLanguage, String sourceText, int limit) {
        return jdbc.sql("""
                        select source_text, target_text, origin, confirmed_by_person, false from tm_entry
                        where source_language = :sl and target_language = :tl and source_hash = :sh
                          and source_text = :src and superseded_at is null
                        order by confirmed_by_person desc, updated_at desc limit :limit""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("sh", hash(sourceText))
                .param("src", sourceText).param("limit", limit)
                .query(TranslationMemory::match).list();
    }

    /** A memory entry near a text, with its trigram similarity (0..1, 1 for the same text). */
    public record ScoredMatch(String sourceText, String targetText, String origin, boolean confirmedByPerson,
                              double score) {

        public String originKey() {
            return Match.originKey(origin, confirmedByPerson, false);
        }
    }

    /**
     * Entries whose source is like this text (pg_trgm similarity above {@code minScore}), best first; uses
     * the trigram index on the source text.
     */
    @Transactional(readOnly = true)
    public List<ScoredMatch> similar(String sourceLanguage, String targetLanguage, String sourceText, double minScore,
                                     int limit) {
        return jdbc.sql("""
                        select source_text, target_text, origin, confirmed_by_person,
                               similarity(source_text, :src) as score
                        from tm_entry
                        where source_language = :sl and target_language = :tl and source_text % :src
                          and similarity(source_text, :src) >= :min and superseded_at is null
                        order by score desc, confirmed_by_person desc, updated_at desc limit :limit""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("src", sourceText)
                .param("min", minScore).param("limit", limit)
                .query((rs, n) -> new ScoredMatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getDouble(5)))
                .list();
    }

    /**
     * Concordance: entries whose source or target contains the phrase (case-insensitive): current ones
     * before superseded ones, confirmed before unconfirmed, newest first.
     */
    @Transactional(readOnly = true)
    public List<Match> concordance(String sourceLanguage, String targetLanguage, @Nullable String phrase, int limit) {
        if (phrase == null || phrase.isBlank()) {
            return List.of();
        }
        String pattern = "%" + phrase.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select source_text, target_text, origin, confirmed_by_person, superseded_at is not null
                        from tm_entry
                        where source_language = :sl and target_language = :tl
                          and (source_text ilike :p escape '\\' or target_text ilike :p escape '\\')
                        order by superseded_at is not null, confirmed_by_person desc, updated_at desc limit :limit""")
                .param("sl", sourceLanguage).param("tl", targetLanguage).param("p", pattern).param("limit", limit)
                .query(TranslationMemory::match).list();
    }

    @Transactional(readOnly = true)
    public int size(String sourceLanguage, String targetLanguage) {
        return jdbc.sql("select count(*) from tm_entry where source_language = :sl and target_language = :tl")
                .param("sl", sourceLanguage).param("tl", targetLanguage).query(Integer.class).single();
    }

    private static Match match(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Match(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5));
    }

    static String hash(String text) {
        return ContentHashes.md5(text);
    }
}
