package org.interlinea.alignment;

import java.util.List;
import java.util.Optional;
import org.interlinea.document.SegmentationRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Source segments, translated documents and stored alignments, as the alignment import needs them. */
@Repository
class AlignmentStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AlignmentStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    record PageInfo(long pageId, String slug, String sourceLanguage) {
    }

    record StoredBead(int position, List<Long> segmentIds, int targetStart, int targetEnd, double confidence,
                      boolean confirmed) {
    }

    Optional<String> alignedHash(long pageId, String language) {
        return jdbc.sql("select target_content_hash from alignment where page_id = :id and language = :language")
                .param("id", pageId).param("language", language).query(String.class).optional();
    }

    void replaceSentences(long pageId, String language, List<org.interlinea.document.Segment> sentences) {
        replaceSentenceRows(pageId, language,
                sentences.stream().map(s -> new TargetSentence(s.index(), s.paragraph(), s.text())).toList());
    }

    /** The target file's sentences as they are now: from an import, or after a reviewer joined or split some. */
    void replaceSentenceRows(long pageId, String language, List<TargetSentence> sentences) {
        jdbc.sql("delete from aligned_sentence where page_id = :id and language = :language")
                .param("id", pageId).param("language", language).update();
        jdbcTemplate.batchUpdate("""
                        insert into aligned_sentence (page_id, language, position, paragraph, text)
                        values (?, ?, ?, ?, ?)""", sentences, 500, (ps, s) -> {
                    ps.setLong(1, pageId);
                    ps.setString(2, language);
                    ps.setInt(3, s.position());
                    ps.setInt(4, s.paragraph());
                    ps.setString(5, s.text());
                });
    }

    void replaceBeads(long pageId, String language, List<StoredBead> beads) {
        jdbc.sql("delete from alignment_bead where page_id = :id and language = :language")
                .param("id", pageId).param("language", language).update();
        for (StoredBead b : beads) {
            jdbc.sql("""
                            insert into alignment_bead (page_id, language, position, segment_ids, target_start,
                                                        target_end, confidence, confirmed)
                            values (:id, :language, :pos, :segments, :ts, :te, :confidence, :confirmed)""")
                    .param("id", pageId).param("language", language).param("pos", b.position())
                    .param("segments", b.segmentIds().toArray(Long[]::new)).param("ts", b.targetStart())
                    .param("te", b.targetEnd()).param("confidence", (float) b.confidence())
                    .param("confirmed", b.confirmed()).update();
        }
    }

    /** A new alignment of the file makes the review's undo stack meaningless. */
    void clearReviewChanges(long pageId, String language) {
        jdbc.sql("delete from alignment_change where page_id = :id and language = :language")
                .param("id", pageId).param("language", language).update();
    }

    void recordAlignment(long pageId, String language, String targetHash, int beads, int lowConfidence) {
        jdbc.sql("""
                        insert into alignment (page_id, language, target_content_hash, bead_count, low_confidence,
                                               rules_version)
                        values (:id, :language, :hash, :beads, :low, :rules)
                        on conflict (page_id, language) do update set target_content_hash = excluded.target_content_hash,
                            bead_count = excluded.bead_count, low_confidence = excluded.low_confidence,
                            rules_version = excluded.rules_version, aligned_at = now()""")
                .param("id", pageId).param("language", language).param("hash", targetHash).param("beads", beads)
                .param("low", lowConfidence).param("rules", SegmentationRules.version()).update();
    }

    record StaleAlignment(long pageId, String language) {
    }

    /** Alignments whose target file was split into sentences by other rules than today's (removed pages too). */
    List<StaleAlignment> staleRules() {
        return jdbc.sql("""
                        select page_id, language from alignment where rules_version is distinct from :rules
                        order by page_id, language""")
                .param("rules", SegmentationRules.version())
                .query((rs, n) -> new StaleAlignment(rs.getLong(1), rs.getString(2))).list();
    }

    void recordRulesVersion(long pageId, String language) {
        jdbc.sql("update alignment set rules_version = :rules where page_id = :id and language = :language")
                .param("rules", SegmentationRules.version()).param("id", pageId).param("language", language).update();
    }

    /** A person has worked on this alignment: a bead is confirmed or a change can be undone. */
    boolean reviewed(long pageId, String language) {
        return jdbc.sql("""
                        select exists (select 1 from alignment_bead where page_id = :id and language = :language
                                         and confirmed)
                            or exists (select 1 from alignment_change where page_id = :id and language = :language)""")
                .param("id", pageId).param("language", language).query(Boolean.class).single();
    }
}
