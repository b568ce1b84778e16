package org.interlinea.translation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.document.PageSegment;
import org.interlinea.document.Segments;
import org.interlinea.document.SegmentsEdited;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes segment translations. Every change is kept in the history; a save is refused, not
 * applied, when the translation changed since the caller read it.
 */
@Service
public class TranslationService {

    private static final String COLUMNS = """
            segment_id, language, text, status, origin, confidence, previous_source_text, version,
            updated_by, updated_at, review_reason, review_reason_args""";

    /**
     * The longest translation of one segment a person may save. Segments are at most a few thousand characters
     * (the extractor cuts longer runs), so this only stops a runaway paste from filling the history.
     */
    public static final int MAX_TEXT_LENGTH = 20_000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Segments segments;

    TranslationService(JdbcClient jdbc, ApplicationEventPublisher events, Segments segments) {
        this.jdbc = jdbc;
        this.segments = segments;
        this.events = events;
    }

    /** The translations of a page's active segments into a language, by segment id. */
    @Transactional(readOnly = true)
    public Map<Long, Translation> forPage(long pageId, String language) {
        Map<Long, Translation> result = new HashMap<>();
        Long[] ids = segments.ofPage(pageId).stream().map(PageSegment::id).toArray(Long[]::new);
        jdbc.sql("select " + COLUMNS + " from translation where segment_id = any(:ids) and language = :language")
                .param("ids", ids).param("language", language)
                .query(TranslationService::row).list()
                .forEach(t -> result.put(t.segmentId(), t));
        return result;
    }

    /** Each segment's translation statuses by language (segments without translations are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, TranslationStatus>> statuses(Collection<Long> segmentIds) {
        Map<Long, Map<String, TranslationStatus>> statuses = new HashMap<>();
        jdbc.sql("select segment_id, language, status from translation where segment_id = any(:ids)")
                .param("ids", segmentIds.toArray(Long[]::new))
                .query(rs -> {
                    statuses.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), TranslationStatus.valueOf(rs.getString(3)));
                });
        return statuses;
    }

    /**
     * A segment's source text changed: its translations stay, marked outdated, with the source they were
     * made from kept (the first one, when it changes again before anyone looks). Runs in the segmenting
     * transaction.
     */
    @EventListener
    @Transactional
    void onSegmentsEdited(SegmentsEdited event) {
        event.previousSourceTexts().forEach((segmentId, oldText) -> jdbc.sql("""
                        update translation set status = 'OUTDATED', version = version + 1, updated_at = now(),
                               previous_source_text = coalesce(previous_source_text, :old)
                        where segment_id = :id""")
                .param("old", oldText).param("id", segmentId).update());
    }

    /** Every saved version of a segment's translation, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long segmentId, String language) {
        return jdbc.sql("""
                        select id, text, status, origin, changed_by, changed_at from translation_history
                        where segment_id = :id and language = :language order by changed_at desc, id desc""")
                .param("id", segmentId).param("language", language)
                .query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getString(2),
                        TranslationStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Translation> find(long segmentId, String language) {
        return jdbc.sql("select " + COLUMNS + " from translation where segment_id = :id and language = :language")
                .param("id", segmentId).param("language", language).query(TranslationService::row).optional();
    }

    /**
     * Saves a translation if it is still at {@code expectedVersion} (0 for one that did not exist).
     *
     * @throws SaveRefused when the text can never be saved as it is (saving it again would not help)
     */
    @Transactional
    public SaveResult save(long segmentId, String language, String text, TranslationStatus status,
                           TranslationOrigin origin, int expectedVersion, String user) {
        if (status == TranslationStatus.MISSING) {
            throw new IllegalArgumentException("A saved translation cannot be MISSING");
        }
        validate(text);
        int updated;
        boolean statusChanges = true;
        if (expectedVersion == 0) {
            updated = jdbc.sql("""
                            insert into translation (segment_id, language, text, status, origin, updated_by)
                            values (:id, :language, :text, :status, :origin, :user)
                            on conflict (segment_id, language) do nothing""")
                    .param("id", segmentId).param("language", language).param("text", text)
                    .param("status", status.name()).param("origin", origin.name()).param("user", user).update();
        } else {
            // Locked, so nothing changes it between this read and the update below.
            statusChanges = jdbc.sql("""
                            select status from translation
                            where segment_id = :id and language = :language and version = :version for update""")
                    .param("id", segmentId).param("language", language).param("version", expectedVersion)
                    .query(String.class).optional().map(before -> !before.equals(status.name())).orElse(true);
            updated = jdbc.sql("""
                            update translation set text = :text, status = :status, origin = :origin,
                                   updated_by = :user, updated_at = now(), version = version + 1,
                                   confidence = null, review_reason = null, review_reason_args = null,
                                   previous_source_text = case when :status = 'OUTDATED' then previous_source_text end
                            where segment_id = :id and language = :language and version = :version""")
                    .param("id", segmentId).param("language", language).param("text", text)
                    .param("status", status.name()).param("origin", origin.name()).param("user", user)
                    .param("version", expectedVersion).update();
        }
        Translation current = find(segmentId, language).orElseThrow();
        if (updated == 0) {
            return SaveResult.conflict(current);
        }
        recordHistory(current);
        long pageId = segments.pageOf(segmentId).orElseThrow();
        events.publishEvent(new TranslationChanged(pageId, language, statusChanges));
        return SaveResult.saved(current);
    }

    /**
     * Writes a translation found by aligning an existing translated page. It never replaces what a
     * person wrote or reviewed: only a missing translation or an earlier alignment's is replaced.
     *
     * @return whether it was written
     */
    @Transactional
    public boolean saveAligned(long segmentId, String language, String text, TranslationStatus status,
                               double confidence) {
        return saveAligned(segmentId, language, text, status, confidence, "alignment");
    }

    /** As {@link #saveAligned(long, String, String, TranslationStatus, double)}, by a person reviewing the alignment. */
    @Transactional
    public boolean saveAligned(long segmentId, String language, String text, TranslationStatus status,
                               double confidence, String user) {
        return saveAligned(segmentId, language, text, status, confidence, null, user);
    }

    /**
     * As {@link #saveAligned(long, String, String, TranslationStatus, double)}, with the reason it needs review
     * (null for none), e.g. the source's numbers differ from the imported text's.
     */
    @Transactional
    public boolean saveAligned(long segmentId, String language, String text, TranslationStatus status,
                               double confidence, @Nullable ReviewReason reason, String user) {
        if (reason != null && status != TranslationStatus.NEEDS_REVIEW) {
            throw new IllegalArgumentException("Only a translation that needs review has a reason: " + status);
        }
        int updated = jdbc.sql("""
                        insert into translation (segment_id, language, text, status, origin, confidence, updated_by,
                                                 review_reason, review_reason_args)
                        values (:id, :language, :text, :status, 'ALIGNMENT', :confidence, :user, :reason,
                                cast(:args as text[]))
                        on conflict (segment_id, language) do update set
                            text = excluded.text, status = excluded.status, confidence = excluded.confidence,
                            updated_by = excluded.updated_by, review_reason = excluded.review_reason,
                            review_reason_args = excluded.review_reason_args,
                            version = translation.version + 1, updated_at = now(), previous_source_text = null
                        where translation.origin = 'ALIGNMENT' and translation.status not in ('REVIEWED', 'OUTDATED')
                          and (translation.text, translation.status, translation.review_reason,
                               translation.review_reason_args)
                              is distinct from (excluded.text, excluded.status, excluded.review_reason,
                                                excluded.review_reason_args)""")
                .param("id", segmentId).param("language", language).param("text", text)
                .param("status", status.name()).param("confidence", (float) confidence).param("user", user)
                .param("reason", reason == null ? null : reason.code())
                .param("args", reason == null ? null : reason.args().toArray(String[]::new)).update();
        if (updated > 0) {
            find(segmentId, language).ifPresent(this::recordHistory);
        }
        return updated > 0;
    }

    /**
     * Takes back an aligned translation (the segment becomes MISSING), e.g. when a reviewer finds that
     * its source has no counterpart. Like {@link #saveAligned}, it never removes what a person wrote or
     * reviewed, nor an outdated text kept for its diff.
     *
     * @return whether it was removed
     */
    @Transactional
    public boolean removeAligned(long segmentId, String language, String user) {
        int removed = jdbc.sql("""
                        delete from translation where segment_id = :id and language = :language
                          and origin = 'ALIGNMENT' and status not in ('REVIEWED', 'OUTDATED')""")
                .param("id", segmentId).param("language", language).update();
        if (removed > 0) {
            recordHistory(new Translation(segmentId, language, "", TranslationStatus.MISSING,
                    TranslationOrigin.ALIGNMENT, null, null, 0, user, null));
        }
        return removed > 0;
    }

    /** What a person typed or pasted that the database cannot, or should not, keep. */
    static void validate(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new SaveRefused(SaveRefused.TOO_LONG, "the translation is longer than " + MAX_TEXT_LENGTH
                    + " characters", MAX_TEXT_LENGTH);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new SaveRefused(SaveRefused.CONTROL_CHARACTER, "the translation holds a NUL character (U+0000)",
                    "U+0000");
        }
    }

    private void recordHistory(Translation t) {
        jdbc.sql("""
                        insert into translation_history (segment_id, language, text, status, origin, changed_by)
                        values (:id, :language, :text, :status, :origin, :user)""")
                .param("id", t.segmentId()).param("language", t.language()).param("text", t.text())
                .param("status", t.status().name()).param("origin", t.origin().name()).param("user", t.updatedBy())
                .update();
    }

    private static Translation row(ResultSet rs, int n) throws SQLException {
        float confidence = rs.getFloat(6);
        Float nullableConfidence = rs.wasNull() ? null : confidence;
        String reason = rs.getString(11);
        java.sql.Array args = rs.getArray(12);
        return new Translation(rs.getLong(1), rs.getString(2), rs.getString(3),
                TranslationStatus.valueOf(rs.getString(4)), TranslationOrigin.valueOf(rs.getString(5)),
                nullableConfidence, rs.getString(7), rs.getInt(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), reason == null ? null
                        : new ReviewReason(reason, args == null ? java.util.List.of() : java.util.List.of((String[]) args.getArray())));
    }
}
