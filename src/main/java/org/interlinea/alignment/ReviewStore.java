package org.interlinea.alignment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.alignment.BeadTranslations.MemoryPair;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Beads, sentences and the undo stack ({@code alignment_change}) as the review needs them. */
@Repository
class ReviewStore {

    private static final String BEAD_JSON = """
            jsonb_build_object('position', position, 'segment_ids', segment_ids, 'target_start', target_start,
                               'target_end', target_end, 'confidence', confidence, 'confirmed', confirmed)""";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PageRef(long id, String slug, String sourceLanguage, String title) {
    }

    /** {@code sentencesBefore} is null unless the change joined or split target sentences. */
    record Change(long seq, ReviewOperation operation, List<StoredBead> beadsBefore, List<MemoryPair> memoryAdded,
                  List<MemoryPair> memoryRemoved, List<TargetSentence> sentencesBefore) {
    }

    List<String> alignedLanguages(long pageId) {
        return jdbc.sql("select language from alignment where page_id = :page").param("page", pageId)
                .query(String.class).list();
    }

    /** Holds the page x language's alignment until the transaction ends, so changes happen one at a time. */
    boolean lock(long pageId, String language) {
        return jdbc.sql("select 1 from alignment where page_id = :id and language = :language for update")
                .param("id", pageId).param("language", language).query(Integer.class).optional().isPresent();
    }

    List<StoredBead> beads(long pageId, String language) {
        return jdbc.sql("""
                        select position, segment_ids, target_start, target_end, confidence, confirmed
                        from alignment_bead where page_id = :id and language = :language order by position""")
                .param("id", pageId).param("language", language).query(ReviewStore::bead).list();
    }

    Map<Integer, String> sentences(long pageId, String language) {
        Map<Integer, String> texts = new HashMap<>();
        jdbc.sql("select position, text from aligned_sentence where page_id = :id and language = :language")
                .param("id", pageId).param("language", language)
                .query(rs -> {
                    texts.put(rs.getInt(1), rs.getString(2));
                });
        return texts;
    }

    List<TargetSentence> sentenceRows(long pageId, String language) {
        return jdbc.sql("""
                        select position, paragraph, text from aligned_sentence
                        where page_id = :id and language = :language order by position""")
                .param("id", pageId).param("language", language)
                .query((rs, n) -> new TargetSentence(rs.getInt(1), rs.getInt(2), rs.getString(3))).list();
    }

    static Map<Integer, String> texts(List<TargetSentence> sentences) {
        Map<Integer, String> texts = new HashMap<>();
        sentences.forEach(s -> texts.put(s.position(), s.text()));
        return texts;
    }

    /** Keeps the sentences as they were before change {@code seq}, which is about to join or split some. */
    void recordSentences(long seq, List<TargetSentence> before) {
        jdbc.sql("""
                        update alignment_change set sentences_before = (
                            select coalesce(jsonb_agg(jsonb_build_array(u.p, u.g, u.t) order by u.p), '[]'::jsonb)
                            from unnest(cast(:p as int[]), cast(:g as int[]), cast(:t as text[])) as u(p, g, t))
                        where seq = :seq""")
                .param("seq", seq)
                .param("p", before.stream().map(TargetSentence::position).toArray(Integer[]::new))
                .param("g", before.stream().map(TargetSentence::paragraph).toArray(Integer[]::new))
                .param("t", before.stream().map(TargetSentence::text).toArray(String[]::new))
                .update();
    }

    /** Pushes the beads as they are now onto the undo stack; returns the change's number. */
    long pushChange(long pageId, String language, ReviewOperation operation, String user) {
        return jdbc.sql("""
                        insert into alignment_change (page_id, language, operation, beads_before, changed_by)
                        select :id, :language, :operation,
                               coalesce(jsonb_agg(%s order by position), '[]'::jsonb), :user
                        from alignment_bead where page_id = :id and language = :language
                        returning seq""".formatted(BEAD_JSON))
                .param("id", pageId).param("language", language).param("operation", operation.name())
                .param("user", user).query(Long.class).single();
    }

    void recordMemory(long seq, List<MemoryPair> added, List<MemoryPair> removed) {
        jdbc.sql("""
                        update alignment_change set tm_added = %s, tm_removed = %s where seq = :seq"""
                        .formatted(pairsJson("as", "at"), pairsJson("rs", "rt")))
                .param("seq", seq)
                .param("as", added.stream().map(MemoryPair::source).toArray(String[]::new))
                .param("at", added.stream().map(MemoryPair::target).toArray(String[]::new))
                .param("rs", removed.stream().map(MemoryPair::source).toArray(String[]::new))
                .param("rt", removed.stream().map(MemoryPair::target).toArray(String[]::new))
                .update();
    }

    Optional<Change> lastChange(long pageId, String language) {
        return jdbc.sql("""
                        select seq, operation from alignment_change where page_id = :id and language = :language
                        order by seq desc limit 1""")
                .param("id", pageId).param("language", language)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .map(row -> {
                    long seq = (Long) row[0];
                    return new Change(seq, ReviewOperation.valueOf((String) row[1]), beadsBefore(seq),
                            pairs(seq, "tm_added"), pairs(seq, "tm_removed"), sentencesBefore(seq));
                });
    }

    void deleteChange(long seq) {
        jdbc.sql("delete from alignment_change where seq = :seq").param("seq", seq).update();
    }

    int depth(long pageId, String language) {
        return jdbc.sql("select count(*) from alignment_change where page_id = :id and language = :language")
                .param("id", pageId).param("language", language).query(Integer.class).single();
    }

    /** Keeps the newest {@code keep} changes of the page x language. */
    void trim(long pageId, String language, int keep) {
        jdbc.sql("""
                        delete from alignment_change where page_id = :id and language = :language and seq <= (
                            select seq from alignment_change where page_id = :id and language = :language
                            order by seq desc offset :keep limit 1)""")
                .param("id", pageId).param("language", language).param("keep", keep).update();
    }

    private List<StoredBead> beadsBefore(long seq) {
        return jdbc.sql("""
                        select b.position, b.segment_ids, b.target_start, b.target_end, b.confidence, b.confirmed
                        from alignment_change c cross join jsonb_to_recordset(c.beads_before)
                             as b(position int, segment_ids bigint[], target_start int, target_end int,
                                  confidence real, confirmed boolean)
                        where c.seq = :seq order by b.position""")
                .param("seq", seq).query(ReviewStore::bead).list();
    }

    private @Nullable List<TargetSentence> sentencesBefore(long seq) {
        boolean recorded = jdbc.sql("select sentences_before is not null from alignment_change where seq = :seq")
                .param("seq", seq).query(Boolean.class).single();
        if (!recorded) {
            return null;
        }
        return jdbc.sql("""
                        select (e ->> 0)::int, (e ->> 1)::int, e ->> 2
                        from alignment_change c cross join jsonb_array_elements(c.sentences_before) e
                        where c.seq = :seq order by 1""")
                .param("seq", seq)
                .query((rs, n) -> new TargetSentence(rs.getInt(1), rs.getInt(2), rs.getString(3))).list();
    }

    private List<MemoryPair> pairs(long seq, String column) {
        return jdbc.sql("""
                        select e ->> 0, e ->> 1 from alignment_change c cross join jsonb_array_elements(c.%s) e
                        where c.seq = :seq""".formatted(column))
                .param("seq", seq).query((rs, n) -> new MemoryPair(rs.getString(1), rs.getString(2))).list();
    }

    private static String pairsJson(String sources, String targets) {
        return """
                (select coalesce(jsonb_agg(jsonb_build_array(u.s, u.t) order by u.n), '[]'::jsonb)
                 from unnest(cast(:%s as text[]), cast(:%s as text[])) with ordinality as u(s, t, n))"""
                .formatted(sources, targets);
    }

    private static StoredBead bead(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray(2);
        List<Long> segments = Arrays.asList((Long[]) array.getArray());
        return new StoredBead(rs.getInt(1), List.copyOf(segments), rs.getInt(3), rs.getInt(4), rs.getFloat(5),
                rs.getBoolean(6));
    }
}
