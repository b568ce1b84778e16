package org.interlinea.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sync runs and the pages each one has to do ({@code sync_run}, {@code sync_run_page}). */
@Repository
class SyncRunStore {

    private static final String RUN_COLUMNS = """
            r.id, r.triggered_by, r.started_at, r.finished_at, r.pages_total,
            (select count(*) from sync_run_page p where p.run_id = r.id and p.done_at is not null),
            r.added, r.changed, r.removed, r.unchanged, r.problems, r.failure""";

    private final JdbcClient jdbc;

    SyncRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What one page of a run changed, in files. */
    record PageCounts(int added, int changed, int removed, int unchanged) {
        static final PageCounts NONE = new PageCounts(0, 0, 0, 0);
    }

    long startRun(Instant started, String triggeredBy) {
        return jdbc.sql("""
                        insert into sync_run (started_at, finished_at, added, changed, removed, unchanged, problems,
                                              triggered_by)
                        values (:started, null, 0, 0, 0, 0, 0, :by) returning id""")
                .param("started", Timestamp.from(started)).param("by", triggeredBy).query(Long.class).single();
    }

    /** The pages the run found changed, in the order it does them, and the files it found unchanged elsewhere. */
    void plan(long runId, List<String> slugs, int unchanged) {
        jdbc.sql("""
                        insert into sync_run_page (run_id, slug, position)
                        select :run, slug, position - 1 from unnest(cast(:slugs as text[])) with ordinality as s(slug, position)""")
                .param("run", runId).param("slugs", slugs.toArray(String[]::new)).update();
        jdbc.sql("update sync_run set pages_total = :total, unchanged = :unchanged where id = :run")
                .param("total", slugs.size()).param("unchanged", unchanged).param("run", runId).update();
    }

    List<String> pagesNotDone(long runId) {
        return jdbc.sql("select slug from sync_run_page where run_id = :run and done_at is null order by position")
                .param("run", runId).query(String.class).list();
    }

    /** Written in the page's own transaction: the page is done exactly when its changes are committed. */
    void pageDone(long runId, String slug, PageCounts counts, String problem, Instant at) {
        jdbc.sql("update sync_run_page set done_at = :at, problem = :problem where run_id = :run and slug = :slug")
                .param("at", Timestamp.from(at)).param("problem", problem).param("run", runId).param("slug", slug)
                .update();
        jdbc.sql("""
                        update sync_run set added = added + :added, changed = changed + :changed,
                                            removed = removed + :removed, unchanged = unchanged + :unchanged
                        where id = :run""")
                .param("added", counts.added()).param("changed", counts.changed()).param("removed", counts.removed())
                .param("unchanged", counts.unchanged()).param("run", runId).update();
    }

    void finish(long runId, Instant finished, String failure) {
        jdbc.sql("""
                        update sync_run set finished_at = :finished, failure = :failure,
                                            problems = (select count(*) from sync_problem)
                        where id = :run""")
                .param("finished", Timestamp.from(finished)).param("failure", failure).param("run", runId).update();
    }

    Optional<SyncProgress> run(long runId) {
        return jdbc.sql("select " + RUN_COLUMNS + " from sync_run r where r.id = :run").param("run", runId)
                .query(SyncRunStore::progress).optional();
    }

    Optional<SyncProgress> latest() {
        return jdbc.sql("select " + RUN_COLUMNS + " from sync_run r order by r.id desc limit 1")
                .query(SyncRunStore::progress).optional();
    }

    /** The oldest run that never finished: cut by a crash or a shutdown (or running on another node). */
    Optional<SyncProgress> oldestUnfinished() {
        return jdbc.sql("select " + RUN_COLUMNS + " from sync_run r where r.finished_at is null order by r.id limit 1")
                .query(SyncRunStore::progress).optional();
    }

    private static SyncProgress progress(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp(4);
        return new SyncProgress(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getInt(6), rs.getInt(5), List.of(), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12));
    }
}
