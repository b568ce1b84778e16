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
import org.interlinea.content.DocumentStore.StoredPage;
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
                    // not parsed again: its markup warnings are the ones found when this version was read
                    before.markupWarnings().forEach(w -> problems.add(problem(file, ContentProblem.Severity.WARNING, w)));
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
                problems.add(unreadable(file, e));
                log.warn("Content file {} not imported: {}", file.path(), e.getMessage());
                if (before != null) {
                    // Keep the last good version: the file still exists, only its new content is bad.
                    filesBySlug.computeIfAbsent(file.slug(), s -> new LinkedHashMap<>()).put(file.language(), file);
                }
            }
        }

        Set<Long> changedPages = new HashSet<>();
        Map<String, StoredPage> pages = store.pagesBySlug();
        int removed = 0;
        // What is left in 'stored' has no file any more.
        for (StoredDocument gone : stored.values()) {
            StoredPage page = pages.get(gone.slug());
            if (page != null && gone.language().equals(page.sourceLanguage())
                    && filesBySlug.containsKey(gone.slug())) {
                // The source file is gone but other languages remain (a deploy re-copying files, a mistake):
                // keep its row, so the page keeps its source, segments and translations, and an identical
                // file coming back is simply "unchanged". It is listed as a problem below.
                continue;
            }
            store.deleteDocument(gone.id());
            changedPages.add(gone.pageId());
            touchedSlugs.add(gone.slug());
            removed++;
        }
        filesBySlug.forEach((slug, present) -> {
            StoredPage page = pages.get(slug);
            if (page != null && !present.containsKey(page.sourceLanguage())) {
                problems.add(sourceMissing(slug, page.sourceLanguage()));
            }
        });

        for (String slug : touchedSlugs) {
            Map<String, ContentFile> present = filesBySlug.getOrDefault(slug, Map.of());
            if (present.isEmpty()) {
                continue;
            }
            StoredPage page = pages.get(slug);
            // A page's source language never changes by itself: only a new page picks one.
            String source = page != null ? page.sourceLanguage() : sourceLanguageOf(present);
            ReadFile sourceRead = null;
            long pageId;
            if (present.containsKey(source)) {
                sourceRead = readSource(present.get(source), readFiles, problems);
                if (sourceRead == null) {
                    continue;
                }
                pageId = store.savePage(slug, source, sourceRead.metadata());
            } else {
                pageId = page.id(); // source file missing: metadata and source stay as they were
                store.restorePage(pageId);
            }
            changedPages.add(pageId);
            for (ContentFile file : present.values()) {
                if (file.language().equals(source)) {
                    ReadFile read = readFiles.get(file.path());
                    if (read != null) {
                        store.saveDocument(pageId, source, file.path(), read, file.lastModified(), false);
                    }
                    continue;
                }
                saveTarget(pageId, source, sourceRead, file, readFiles.get(file.path()));
            }
        }
        problems.addAll(store.sourceCopyProblems());
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
            // Our own output is not checked for being a source copy: what publishing with source text allowed
            // should show belongs to the publish side (issue 8, point 1), which knows what it wrote.
            store.saveDocument(pageId, language, language + "/" + slug + ".html", read,
                    java.nio.file.Files.getLastModifiedTime(file).toInstant(), false);
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

    /** The source file's content: from this sync's reads, else (unchanged file, but the page changed) from disk. */
    private ReadFile readSource(ContentFile sourceFile, Map<String, ReadFile> readFiles, List<ContentProblem> problems) {
        ReadFile read = readFiles.get(sourceFile.path());
        if (read != null) {
            return read;
        }
        try {
            return ContentFileReader.check(ContentFileReader.readBytes(sourceFile.file(), folder.realRoot()), sourceFile.slug());
        } catch (UnreadableContent e) {
            problems.add(unreadable(sourceFile, e));
            return null;
        }
    }

    /**
     * Saves a new or changed target file, and checks every target file of a page whose source or target changed
     * for being mostly the source language (see {@link SourceCopyCheck}). Without the source file there is
     * nothing to compare with: the file is saved and its flag kept until the source is back.
     */
    private void saveTarget(long pageId, String sourceLanguage, ReadFile source, ContentFile file, ReadFile read) {
        if (source == null) {
            if (read != null) {
                store.saveDocument(pageId, file.language(), file.path(), read, file.lastModified(), false);
            }
            return;
        }
        String text;
        try {
            text = read != null ? read.text()
                    : ContentFileReader.check(ContentFileReader.readBytes(file.file(), folder.realRoot()), file.slug()).text();
        } catch (UnreadableContent e) {
            return; // already reported; its last good version and flag stay
        }
        boolean copy = SourceCopyCheck.check(source.text(), sourceLanguage, text, file.language()).isCopy();
        if (read != null) {
            store.saveDocument(pageId, file.language(), file.path(), read, file.lastModified(), copy);
        } else {
            store.markSourceCopy(pageId, file.language(), copy);
        }
    }

    private static ContentProblem sourceMissing(String slug, String sourceLanguage) {
        return new ContentProblem(sourceLanguage + "/" + slug + ".html", sourceLanguage, slug,
                ContentProblem.Severity.WARNING, "the source file is missing; the page keeps " + sourceLanguage
                + " as its source language and all its translations until the file is back",
                ContentProblem.SOURCE_MISSING, List.of(sourceLanguage));
    }

    private static ContentProblem unreadable(ContentFile file, UnreadableContent e) {
        return new ContentProblem(file.path(), file.language(), file.slug(), ContentProblem.Severity.ERROR,
                e.getMessage(), e.key(), e.args());
    }

    private static ContentProblem problem(ContentFile file, ContentProblem.Severity severity, String reason) {
        return new ContentProblem(file.path(), file.language(), file.slug(), severity, reason);
    }
}
