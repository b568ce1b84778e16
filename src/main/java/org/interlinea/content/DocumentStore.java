package org.interlinea.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages and their documents in PostgreSQL, as the sync sees them. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param markupWarnings what the file's markup check found when this version was read */
    record StoredDocument(long id, long pageId, String slug, String language, String path, String contentHash,
                          List<String> markupWarnings) {
    }

    record StoredPage(long id, String sourceLanguage, boolean removed) {
    }

    /** Every page, archived ones too: a page that comes back keeps its source language. */
    Map<String, StoredPage> pagesBySlug() {
        Map<String, StoredPage> bySlug = new HashMap<>();
        jdbc.sql("select id, slug, source_language, removed_at is not null from page")
                .query((rs, n) -> Map.entry(rs.getString(2), new StoredPage(rs.getLong(1), rs.getString(3),
                        rs.getBoolean(4))))
                .list()
                .forEach(e -> bySlug.put(e.getKey(), e.getValue()));
        return bySlug;
    }

    /** A page that had lost all its files has one again (but not its source file): show it again. */
    void restorePage(long pageId) {
        jdbc.sql("update page set removed_at = null, updated_at = now() where id = :id and removed_at is not null")
                .param("id", pageId).update();
    }

    Optional<Page> livePage(String slug) {
        return jdbc.sql("select id, slug, title, source_language from page where slug = :slug and removed_at is null")
                .param("slug", slug).query(DocumentStore::livePage).optional();
    }

    Optional<Page> livePage(long pageId) {
        return jdbc.sql("select id, slug, title, source_language from page where id = :id and removed_at is null")
                .param("id", pageId).query(DocumentStore::livePage).optional();
    }

    Optional<Pages.SourceDocument> sourceDocument(long pageId) {
        return jdbc.sql("""
                        select p.id, p.slug, p.source_language, d.content_hash
                        from page p join document d on d.page_id = p.id and d.language = p.source_language
                        where p.id = :id and p.removed_at is null""")
                .param("id", pageId)
                .query((rs, n) -> new Pages.SourceDocument(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    List<Pages.TranslatedDocument> translatedDocuments(long pageId, String sourceLanguage) {
        return jdbc.sql("""
                        select d.language, d.content_hash from document d
                        where d.page_id = :id and d.language <> :source and not d.source_copy""")
                .param("id", pageId).param("source", sourceLanguage)
                .query((rs, n) -> new Pages.TranslatedDocument(rs.getString(1), rs.getString(2))).list();
    }

    private static Page livePage(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Page(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    Optional<StoredPage> page(String slug) {
        return jdbc.sql("select id, source_language, removed_at is not null from page where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new StoredPage(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    Map<String, StoredDocument> documentsByPath() {
        return documents("", Map.of());
    }

    /** One page's documents, by path. */
    Map<String, StoredDocument> documentsOf(String slug) {
        return documents(" where p.slug = :slug", Map.of("slug", slug));
    }

    private Map<String, StoredDocument> documents(String where, Map<String, ?> params) {
        Map<String, StoredDocument> byPath = new HashMap<>();
        jdbc.sql("""
                        select d.id, d.page_id, p.slug, d.language, d.path, d.content_hash, d.markup_warnings
                        from document d join page p on p.id = d.page_id""" + where)
                .params(params)
                .query((rs, n) -> new StoredDocument(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        List.of((String[]) rs.getArray(7).getArray())))
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
                      Instant fileModified, boolean sourceCopy) {
        jdbc.sql("""
                        insert into document (page_id, language, path, content_hash, size_bytes, title,
                                              modified_date, file_modified, source_copy, markup_warnings)
                        values (:page, :language, :path, :hash, :size, :title, :modified, :fileModified, :copy,
                                :warnings)
                        on conflict (page_id, language) do update set
                            path = excluded.path, content_hash = excluded.content_hash,
                            size_bytes = excluded.size_bytes, title = excluded.title,
                            modified_date = excluded.modified_date, file_modified = excluded.file_modified,
                            source_copy = excluded.source_copy, markup_warnings = excluded.markup_warnings,
                            synced_at = now()""")
                .param("page", pageId).param("language", language).param("path", path)
                .param("hash", file.sha256()).param("size", (long) file.bytes().length)
                .param("title", file.metadata().title()).param("modified", file.metadata().modifiedDate())
                .param("fileModified", Timestamp.from(fileModified)).param("copy", sourceCopy)
                .param("warnings", file.warnings().toArray(String[]::new))
                .update();
    }

    /** Only writes when the flag changes, so an unchanged file does not count as a change of the page. */
    void markSourceCopy(long pageId, String language, boolean sourceCopy) {
        jdbc.sql("""
                        update document set source_copy = :copy
                        where page_id = :page and language = :language and source_copy <> :copy""")
                .param("copy", sourceCopy).param("page", pageId).param("language", language).update();
    }

    /** Target files that are mostly their page's source language, listed on every sync until fixed. */
    List<ContentProblem> sourceCopyProblems() {
        return sourceCopyProblems("", Map.of());
    }

    List<ContentProblem> sourceCopyProblems(String slug) {
        return sourceCopyProblems(" and p.slug = :slug", Map.of("slug", slug));
    }

    private List<ContentProblem> sourceCopyProblems(String and, Map<String, ?> params) {
        return jdbc.sql("""
                        select d.path, d.language, p.slug, p.source_language from document d
                        join page p on p.id = d.page_id
                        where d.source_copy and p.removed_at is null""" + and + " order by d.path")
                .params(params)
                .query((rs, n) -> new ContentProblem(rs.getString(1), rs.getString(2), rs.getString(3),
                        ContentProblem.Severity.WARNING, "the file is mostly " + rs.getString(4)
                        + " (the source language): it is not offered to readers as " + rs.getString(2)
                        + " and its sentences are not imported as translations",
                        ContentProblem.SOURCE_COPY, List.of(rs.getString(2), rs.getString(4))))
                .list();
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

    /**
     * The problems of every file but those of the given pages, which the run has still to read: their problems
     * from the last sync stay listed until their own transaction replaces them.
     */
    void replaceProblemsExcept(Collection<String> slugs, List<ContentProblem> problems) {
        jdbc.sql("delete from sync_problem where slug is null or not (slug = any(:slugs))")
                .param("slugs", slugs.toArray(String[]::new)).update();
        insertProblems(problems);
    }

    void replaceProblemsOf(String slug, List<ContentProblem> problems) {
        jdbc.sql("delete from sync_problem where slug = :slug").param("slug", slug).update();
        insertProblems(problems);
    }

    /** A problem with a page as a whole replaces what was listed for that file. */
    void putProblem(ContentProblem problem) {
        jdbc.sql("delete from sync_problem where path = :path").param("path", problem.path()).update();
        insertProblems(List.of(problem));
    }

    private void insertProblems(List<ContentProblem> problems) {
        for (ContentProblem p : problems) {
            jdbc.sql("""
                            insert into sync_problem (path, language, slug, severity, reason, reason_key, reason_args)
                            values (:path, :language, :slug, :severity, :reason, :key, :args)
                            on conflict (path) do update set reason = sync_problem.reason || '; ' || excluded.reason""")
                    .param("path", p.path()).param("language", p.language()).param("slug", p.slug())
                    .param("severity", p.severity().name()).param("reason", p.reason())
                    .param("key", p.reasonKey()).param("args", p.reasonArgs().toArray(String[]::new)).update();
        }
    }

    int problemCount() {
        return jdbc.sql("select count(*) from sync_problem").query(Integer.class).single();
    }

    List<ContentProblem> problems() {
        return jdbc.sql("""
                        select path, language, slug, severity, reason, reason_key, reason_args
                        from sync_problem order by path""")
                .query((rs, n) -> new ContentProblem(rs.getString(1), rs.getString(2), rs.getString(3),
                        ContentProblem.Severity.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        List.of((String[]) rs.getArray(7).getArray())))
                .list();
    }
}
