package org.interlinea.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages and their documents in PostgreSQL, as the sync sees them. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredDocument(long id, long pageId, String slug, String language, String path, String contentHash) {
    }

    Map<String, StoredDocument> documentsByPath() {
        Map<String, StoredDocument> byPath = new HashMap<>();
        jdbc.sql("""
                        select d.id, d.page_id, p.slug, d.language, d.path, d.content_hash
                        from document d join page p on p.id = d.page_id""")
                .query((rs, n) -> new StoredDocument(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list()
                .forEach(d -> byPath.put(d.path(), d));
        return byPath;
    }

    /** Creates the page or brings its metadata up to date; returns its id. */
    long savePage(String slug, String sourceLanguage, HtmlMetadata metadata) {
        return jdbc.sql("""
                        insert into page (slug, source_language, title, title_search, published_date, priority)
                        values (:slug, :source, :title, :titleSearch, :published, :priority)
                        on conflict (slug) do update set
                            source_language = excluded.source_language, title = excluded.title,
                            title_search = excluded.title_search, published_date = excluded.published_date,
                            priority = excluded.priority, updated_at = now(), removed_at = null
                        returning id""")
                .param("slug", slug).param("source", sourceLanguage).param("title", metadata.title())
                .param("titleSearch", metadata.title().toLowerCase(java.util.Locale.ROOT))
                .param("published", metadata.publishedDate()).param("priority", metadata.priority())
                .query(Long.class).single();
    }

    void saveDocument(long pageId, String language, String path, ContentFileReader.ReadFile file,
                      Instant fileModified) {
        jdbc.sql("""
                        insert into document (page_id, language, path, content_hash, size_bytes, title,
                                              modified_date, file_modified)
                        values (:page, :language, :path, :hash, :size, :title, :modified, :fileModified)
                        on conflict (page_id, language) do update set
                            path = excluded.path, content_hash = excluded.content_hash,
                            size_bytes = excluded.size_bytes, title = excluded.title,
                            modified_date = excluded.modified_date, file_modified = excluded.file_modified,
                            synced_at = now()""")
                .param("page", pageId).param("language", language).param("path", path)
                .param("hash", file.sha256()).param("size", (long) file.bytes().length)
                .param("title", file.metadata().title()).param("modified", file.metadata().modifiedDate())
                .param("fileModified", Timestamp.from(fileModified))
                .update();
    }

    void deleteDocument(long documentId) {
        jdbc.sql("delete from document where id = :id").param("id", documentId).update();
    }

    Long pageIdOf(String slug) {
        return jdbc.sql("select id from page where slug = :slug").param("slug", slug)
                .query(Long.class).optional().orElse(null);
    }

    /** Pages whose every file is gone are archived, not deleted: their translations stay. */
    void archivePagesWithoutDocuments(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update page set removed_at = now()
                        where id in (:ids) and removed_at is null
                          and not exists (select 1 from document d where d.page_id = page.id)""")
                .param("ids", pageIds).update();
    }

    void replaceProblems(List<ContentProblem> problems) {
        jdbc.sql("delete from sync_problem").update();
        for (ContentProblem p : problems) {
            jdbc.sql("""
                            insert into sync_problem (path, language, slug, severity, reason) values
                            (:path, :language, :slug, :severity, :reason)
                            on conflict (path) do update set reason = sync_problem.reason || '; ' || excluded.reason""")
                    .param("path", p.path()).param("language", p.language()).param("slug", p.slug())
                    .param("severity", p.severity().name()).param("reason", p.reason()).update();
        }
    }

    List<ContentProblem> problems() {
        return jdbc.sql("select path, language, slug, severity, reason from sync_problem order by path")
                .query((rs, n) -> new ContentProblem(rs.getString(1), rs.getString(2), rs.getString(3),
                        ContentProblem.Severity.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    void recordRun(Instant started, SyncReport report, String triggeredBy) {
        jdbc.sql("""
                        insert into sync_run (started_at, finished_at, added, changed, removed, unchanged, problems,
                                              triggered_by)
                        values (:started, now(), :added, :changed, :removed, :unchanged, :problems, :by)""")
                .param("started", Timestamp.from(started)).param("added", report.added())
                .param("changed", report.changed()).param("removed", report.removed())
                .param("unchanged", report.unchanged()).param("problems", report.problems().size())
                .param("by", triggeredBy).update();
    }
}
