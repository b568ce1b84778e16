package org.interlinea.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlinea.content.ContentFolder.ContentFile;
import org.interlinea.content.ContentFileReader.ReadFile;
import org.interlinea.content.ContentFileReader.UnreadableContent;
import org.interlinea.content.DocumentStore.StoredDocument;
import org.interlinea.content.DocumentStore.StoredPage;
import org.interlinea.content.SyncRunStore.PageCounts;
import org.interlinea.language.Language;
import org.interlinea.language.Languages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Brings one page in line with its files: new, changed (by content hash) and deleted files, then, through
 * {@link PageDocumentsChanged}, its segments, aligned translations and availability. It runs inside the page's
 * own transaction, so a page either is done with all that or not at all. A bad file is listed with its reason
 * and skipped; the page's other files go on.
 */
@Component
class PageSync {

    private static final Logger log = LoggerFactory.getLogger(PageSync.class);

    private final ContentFolder folder;
    private final DocumentStore store;
    private final Languages languages;
    private final ApplicationEventPublisher events;
    private final int maxDepth;

    PageSync(ContentFolder folder, DocumentStore store, Languages languages, ApplicationEventPublisher events,
             SyncProperties properties) {
        this.folder = folder;
        this.store = store;
        this.languages = languages;
        this.events = events;
        this.maxDepth = properties.maxNestingDepth();
    }

    /** What the page's files did; {@code changedPageIds} are the pages whose documents changed. */
    record Outcome(PageCounts counts, List<Long> changedPageIds) {
    }

    Outcome sync(String slug) {
        List<ContentFile> files;
        try {
            files = folder.filesOf(slug);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the files of " + slug + ": " + e.getMessage(), e);
        }
        Map<String, StoredDocument> stored = store.documentsOf(slug);
        StoredPage page = store.page(slug).orElse(null);
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, ContentFile> present = new LinkedHashMap<>();
        Map<String, ReadFile> readFiles = new HashMap<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (ContentFile file : files) {
            StoredDocument before = stored.remove(file.path());
            try {
                byte[] bytes = ContentFileReader.readBytes(file.file(), folder.realRoot());
                if (before != null && before.contentHash().equals(ContentFileReader.sha256(bytes))) {
                    unchanged++;
                    // not parsed again: its markup warnings are the ones found when this version was read
                    before.markupWarnings().forEach(w -> problems.add(problem(file, ContentProblem.Severity.WARNING, w)));
                    present.put(file.language(), file);
                    continue;
                }
                ReadFile read = ContentFileReader.check(bytes, slug, maxDepth);
                read.warnings().forEach(w -> problems.add(problem(file, ContentProblem.Severity.WARNING, w)));
                readFiles.put(file.path(), read);
                present.put(file.language(), file);
                if (before == null) {
                    added++;
                } else {
                    changed++;
                }
            } catch (UnreadableContent e) {
                problems.add(new ContentProblem(file.path(), file.language(), slug, ContentProblem.Severity.ERROR,
                        e.getMessage(), e.key(), e.args()));
                log.warn("Content file {} not imported: {}", file.path(), e.getMessage());
                if (before != null) {
                    // Keep the last good version: the file still exists, only its new content is bad.
                    present.put(file.language(), file);
                }
            }
        }
        Set<Long> changedPages = new HashSet<>();
        int removed = 0;
        // What is left in 'stored' has no file any more.
        for (StoredDocument gone : stored.values()) {
            if (keepsMissingSource(page, gone, !present.isEmpty())) {
                continue; // listed as a problem below
            }
            store.deleteDocument(gone.id());
            changedPages.add(gone.pageId());
            removed++;
        }
        if (page != null && !present.isEmpty() && !present.containsKey(page.sourceLanguage())) {
            problems.add(sourceMissing(slug, page.sourceLanguage()));
        }
        if (added + changed + removed > 0 && !present.isEmpty()) {
            Long pageId = saveFiles(slug, page, present, readFiles, problems);
            if (pageId != null) {
                changedPages.add(pageId);
            }
        }
        store.archivePagesWithoutDocuments(changedPages);
        problems.addAll(store.sourceCopyProblems(slug));
        store.replaceProblemsOf(slug, problems);
        if (!changedPages.isEmpty()) {
            events.publishEvent(new PageDocumentsChanged(Set.copyOf(changedPages)));
        }
        return new Outcome(new PageCounts(added, changed, removed, unchanged), List.copyOf(changedPages));
    }

    /** Saves the page and its new or changed files; null when a new page's source file cannot be read. */
    private @Nullable Long saveFiles(String slug, @Nullable StoredPage page, Map<String, ContentFile> present,
                           Map<String, ReadFile> readFiles, List<ContentProblem> problems) {
        // A page's source language never changes by itself: only a new page picks one.
        String source = page != null ? page.sourceLanguage() : sourceLanguageOf(present);
        ReadFile sourceRead = null;
        long pageId;
        if (present.containsKey(source)) {
            sourceRead = readSource(present.get(source), readFiles, problems);
            if (sourceRead == null) {
                return null;
            }
            pageId = store.savePage(slug, source, sourceRead.metadata());
        } else {
            pageId = page.id(); // source file missing: metadata and source stay as they were
            store.restorePage(pageId);
        }
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
        return pageId;
    }

    /** Where a problem with the page as a whole is listed: its source file. */
    String pathOf(String slug) {
        String language = store.page(slug).map(StoredPage::sourceLanguage).orElse(languages.defaultSource().tag());
        return language + "/" + slug + ".html";
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
    private @Nullable ReadFile readSource(ContentFile sourceFile, Map<String, ReadFile> readFiles, List<ContentProblem> problems) {
        ReadFile read = readFiles.get(sourceFile.path());
        if (read != null) {
            return read;
        }
        try {
            return ContentFileReader.check(ContentFileReader.readBytes(sourceFile.file(), folder.realRoot()),
                    sourceFile.slug(), maxDepth);
        } catch (UnreadableContent e) {
            problems.add(new ContentProblem(sourceFile.path(), sourceFile.language(), sourceFile.slug(),
                    ContentProblem.Severity.ERROR, e.getMessage(), e.key(), e.args()));
            return null;
        }
    }

    /**
     * Saves a new or changed target file, and checks every target file of a page whose source or target changed
     * for being mostly the source language (see {@link SourceCopyCheck}). Without the source file there is
     * nothing to compare with: the file is saved and its flag kept until the source is back.
     */
    private void saveTarget(long pageId, String sourceLanguage, @Nullable ReadFile source, ContentFile file,
                            @Nullable ReadFile read) {
        if (source == null) {
            if (read != null) {
                store.saveDocument(pageId, file.language(), file.path(), read, file.lastModified(), false);
            }
            return;
        }
        String text;
        try {
            text = read != null ? read.text()
                    : ContentFileReader.check(ContentFileReader.readBytes(file.file(), folder.realRoot()), file.slug(),
                    maxDepth).text();
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

    static ContentProblem sourceMissing(String slug, String sourceLanguage) {
        return new ContentProblem(sourceLanguage + "/" + slug + ".html", sourceLanguage, slug,
                ContentProblem.Severity.WARNING, "the source file is missing; the page keeps " + sourceLanguage
                + " as its source language and all its translations until the file is back",
                ContentProblem.SOURCE_MISSING, List.of(sourceLanguage));
    }

    /**
     * The source file is gone but other languages remain (a deploy re-copying files, a mistake): its row stays, so
     * the page keeps its source, segments and translations, and an identical file coming back is "unchanged".
     */
    static boolean keepsMissingSource(@Nullable StoredPage page, StoredDocument gone, boolean otherFilesPresent) {
        return page != null && gone.language().equals(page.sourceLanguage()) && otherFilesPresent;
    }

    static ContentProblem problem(ContentFile file, ContentProblem.Severity severity, String reason) {
        return new ContentProblem(file.path(), file.language(), file.slug(), severity, reason,
                ContentProblem.MARKUP, reason);
    }
}
