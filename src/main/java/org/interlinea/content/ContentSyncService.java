package org.interlinea.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.interlinea.content.ContentFolder.ContentFile;
import org.interlinea.content.ContentFileReader.ReadFile;
import org.interlinea.content.ContentFileReader.UnreadableContent;
import org.interlinea.content.DocumentStore.StoredDocument;
import org.interlinea.language.Language;
import org.interlinea.language.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the database in line with the content folder: new, changed (by content hash) and deleted files.
 * A bad file is reported with its reason and skipped; it never stops the others.
 */
@Service
public class ContentSyncService {

    private static final Logger log = LoggerFactory.getLogger(ContentSyncService.class);
    /** Key of the PostgreSQL advisory lock that keeps two app nodes from syncing at once. */
    private static final long SYNC_LOCK = 0x1A7E_511EL;

    private final ContentFolder folder;
    private final DocumentStore store;
    private final Languages languages;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ContentSyncService(ContentFolder folder, DocumentStore store, Languages languages, JdbcClient jdbc,
                       ApplicationEventPublisher events) {
        this.folder = folder;
        this.store = store;
        this.languages = languages;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public SyncReport sync(String triggeredBy) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", SYNC_LOCK)
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return SyncReport.alreadyRunning();
        }
        Instant started = Instant.now();
        ContentFolder.Scan scan;
        try {
            scan = folder.scan();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the content folder " + folder.root() + ": " + e.getMessage(), e);
        }
        List<ContentProblem> problems = new ArrayList<>(scan.problems());
        Map<String, StoredDocument> stored = store.documentsByPath();
        Map<String, Map<String, ContentFile>> filesBySlug = new TreeMap<>();
        Map<String, ReadFile> readFiles = new HashMap<>();
        Set<String> touchedSlugs = new HashSet<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;

        for (ContentFile file : scan.files()) {
            StoredDocument before = stored.remove(file.path());
            try {
                byte[] bytes = ContentFileReader.readBytes(file.file(), folder.realRoot());
                String hash = ContentFileReader.sha256(bytes);
                if (before != null && before.contentHash().equals(hash)) {
                    unchanged++;
                    filesBySlug.computeIfAbsent(file.slug(), s -> new LinkedHashMap<>()).put(file.language(), file);
                    continue;
                }
                ReadFile read = ContentFileReader.check(bytes, file.slug());
                read.warnings().forEach(w -> problems.add(problem(file, ContentProblem.Severity.WARNING, w)));
                readFiles.put(file.path(), read);
                filesBySlug.computeIfAbsent(file.slug(), s -> new LinkedHashMap<>()).put(file.language(), file);
                touchedSlugs.add(file.slug());
                if (before == null) {
                    added++;
                } else {
                    changed++;
                }
            } catch (UnreadableContent e) {
                problems.add(problem(file, ContentProblem.Severity.ERROR, e.getMessage()));
                log.warn("Content file {} not imported: {}", file.path(), e.getMessage());
                if (before != null) {
                    // Keep the last good version: the file still exists, only its new content is bad.
                    filesBySlug.computeIfAbsent(file.slug(), s -> new LinkedHashMap<>()).put(file.language(), file);
                }
            }
        }

        Set<Long> changedPages = new HashSet<>();
        // What is left in 'stored' has no file any more.
        for (StoredDocument gone : stored.values()) {
            store.deleteDocument(gone.id());
            changedPages.add(gone.pageId());
            touchedSlugs.add(gone.slug());
        }
        int removed = stored.size();

        for (String slug : touchedSlugs) {
            Map<String, ContentFile> present = filesBySlug.getOrDefault(slug, Map.of());
            if (present.isEmpty()) {
                continue;
            }
            String source = sourceLanguageOf(present);
            HtmlMetadata metadata = metadataOf(present.get(source), readFiles, problems);
            if (metadata == null) {
                continue;
            }
            long pageId = store.savePage(slug, source, metadata);
            changedPages.add(pageId);
            for (ContentFile file : present.values()) {
                ReadFile read = readFiles.get(file.path());
                if (read != null) {
                    store.saveDocument(pageId, file.language(), file.path(), read, file.lastModified());
                }
            }
        }
        store.archivePagesWithoutDocuments(changedPages);
        store.replaceProblems(problems);
        SyncReport report = new SyncReport(added, changed, removed, unchanged, List.copyOf(problems),
                Set.copyOf(changedPages), Duration.between(started, Instant.now()), false);
        store.recordRun(started, report, triggeredBy);
        if (!changedPages.isEmpty()) {
            events.publishEvent(new PageDocumentsChanged(Set.copyOf(changedPages)));
        }
        events.publishEvent(new ContentSynced(triggeredBy));
        log.info("Content sync ({}): {} added, {} changed, {} removed, {} unchanged, {} problems in {} ms",
                triggeredBy, added, changed, removed, unchanged, problems.size(), report.duration().toMillis());
        return report;
    }

    /**
     * Records a file Interlinea itself just wrote (a publish), so the next sync does not take it for an
     * outside change, and tells the features that derive from documents.
     */
    @Transactional
    public void recordPublishedFile(String slug, String language) {
        Long pageId = store.pageIdOf(slug);
        if (pageId == null) {
            throw new IllegalArgumentException("No page with slug '" + slug + "'");
        }
        java.nio.file.Path file = folder.fileOf(slug, language);
        try {
            ReadFile read = ContentFileReader.check(ContentFileReader.readBytes(file, folder.realRoot()), slug);
            store.saveDocument(pageId, language, language + "/" + slug + ".html", read,
                    java.nio.file.Files.getLastModifiedTime(file).toInstant());
        } catch (UnreadableContent | IOException e) {
            throw new IllegalStateException("The published file " + file + " cannot be read back: " + e.getMessage(), e);
        }
        events.publishEvent(new PageDocumentsChanged(Set.of(pageId)));
    }

    public List<ContentProblem> currentProblems() {
        return store.problems();
    }

    /** The configured source language when the page has it, else the first enabled language it has. */
    private String sourceLanguageOf(Map<String, ContentFile> present) {
        if (present.containsKey(languages.defaultSource().tag())) {
            return languages.defaultSource().tag();
        }
        return languages.enabled().stream().map(Language::tag).filter(present::containsKey).findFirst()
                .orElseThrow();
    }

    private HtmlMetadata metadataOf(ContentFile sourceFile, Map<String, ReadFile> readFiles,
                                    List<ContentProblem> problems) {
        ReadFile read = readFiles.get(sourceFile.path());
        if (read != null) {
            return read.metadata();
        }
        try {
            // Unchanged source file, but the page changed (e.g. a translation appeared): read its metadata.
            return ContentFileReader.check(ContentFileReader.readBytes(sourceFile.file(), folder.realRoot()), sourceFile.slug()).metadata();
        } catch (UnreadableContent e) {
            problems.add(problem(sourceFile, ContentProblem.Severity.ERROR, e.getMessage()));
            return null;
        }
    }

    private static ContentProblem problem(ContentFile file, ContentProblem.Severity severity, String reason) {
        return new ContentProblem(file.path(), file.language(), file.slug(), severity, reason);
    }
}
