package org.interlinea.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.content.ContentHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The segments of pages' source documents in PostgreSQL. */
@Repository
class SegmentStore {

    private final JdbcClient jdbc;

    SegmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredSegment(long id, int position, String sourceText) {
    }

    Optional<String> segmentedHash(long pageId) {
        return jdbc.sql("select content_hash from segmentation where page_id = :id").param("id", pageId)
                .query(String.class).optional();
    }

    List<StoredSegment> activeSegments(long pageId) {
        return jdbc.sql("""
                        select id, position, source_text from segment
                        where page_id = :id and archived_at is null order by position""")
                .param("id", pageId)
                .query((rs, n) -> new StoredSegment(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    List<PageSegment> pageSegments(long pageId) {
        return jdbc.sql("""
                        select id, position, paragraph, source_text, words, context from segment
                        where page_id = :page and archived_at is null order by position""")
                .param("page", pageId)
                .query((rs, n) -> new PageSegment(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)))
                .list();
    }

    List<Long> allIds(long pageId) {
        return jdbc.sql("select id from segment where page_id = :page").param("page", pageId).query(Long.class)
                .list();
    }

    Map<Long, String> sourceTexts(Collection<Long> segmentIds) {
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("select id, source_text from segment where id = any(:ids)")
                .param("ids", segmentIds.toArray(Long[]::new))
                .query(rs -> {
                    texts.put(rs.getLong(1), rs.getString(2));
                });
        return texts;
    }

    Map<Long, Integer> positions(Collection<Long> segmentIds) {
        Map<Long, Integer> positions = new HashMap<>();
        jdbc.sql("select id, position from segment where id = any(:ids) and position is not null")
                .param("ids", segmentIds.toArray(Long[]::new))
                .query(rs -> {
                    positions.put(rs.getLong(1), rs.getInt(2));
                });
        return positions;
    }

    Optional<Long> pageOf(long segmentId) {
        return jdbc.sql("select page_id from segment where id = :id").param("id", segmentId).query(Long.class)
                .optional();
    }

    /** Frees the positions so the new order can be written without tripping the unique index. */
    void releasePositions(long pageId) {
        jdbc.sql("update segment set position = -position - 1 where page_id = :id and archived_at is null")
                .param("id", pageId).update();
    }

    void keep(long segmentId, Segment segment) {
        jdbc.sql("update segment set position = :pos, paragraph = :par, context = :ctx, words = :words where id = :id")
                .param("pos", segment.index()).param("par", segment.paragraph()).param("ctx", segment.context())
                .param("words", segment.words()).param("id", segmentId).update();
    }

    /** The source sentence was edited; its translations hear of it through {@link SegmentsEdited}. */
    void edit(long segmentId, Segment segment) {
        jdbc.sql("""
                        update segment set position = :pos, paragraph = :par, context = :ctx, words = :words,
                               source_text = :text, source_hash = :hash, updated_at = now()
                        where id = :id""")
                .param("pos", segment.index()).param("par", segment.paragraph()).param("ctx", segment.context())
                .param("words", segment.words()).param("text", segment.text()).param("hash", hash(segment.text()))
                .param("id", segmentId).update();
    }

    void insert(long pageId, Segment segment) {
        jdbc.sql("""
                        insert into segment (page_id, position, paragraph, source_text, source_hash, words, context)
                        values (:page, :pos, :par, :text, :hash, :words, :ctx)""")
                .param("page", pageId).param("pos", segment.index()).param("par", segment.paragraph())
                .param("text", segment.text()).param("hash", hash(segment.text())).param("words", segment.words())
                .param("ctx", segment.context()).update();
    }

    void archive(long segmentId) {
        jdbc.sql("update segment set archived_at = now(), position = null where id = :id").param("id", segmentId)
                .update();
    }

    void recordSegmentation(long pageId, String contentHash, int segments, int words) {
        jdbc.sql("""
                        insert into segmentation (page_id, content_hash, segment_count, word_count, rules_version)
                        values (:page, :hash, :segments, :words, :rules)
                        on conflict (page_id) do update set content_hash = excluded.content_hash,
                            segment_count = excluded.segment_count, word_count = excluded.word_count,
                            rules_version = excluded.rules_version, segmented_at = now()""")
                .param("page", pageId).param("hash", contentHash).param("segments", segments).param("words", words)
                .param("rules", SegmentationRules.version()).update();
    }

    /**
     * Pages whose source segments were made by other sentence rules or another coding of text than today's,
     * removed pages too (the caller finds no source document for those).
     */
    List<Long> staleSegmentations() {
        return jdbc.sql("""
                        select page_id from segmentation where rules_version is distinct from :rules
                        order by page_id""")
                .param("rules", SegmentationRules.version()).query(Long.class).list();
    }

    static String hash(String text) {
        return ContentHashes.md5(text);
    }
}
