package org.interlinea.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.interlinea.content.ContentFolder.ContentFile;
import org.interlinea.content.ContentFileReader.UnreadableContent;
import org.interlinea.content.DocumentStore.StoredDocument;
import org.interlinea.content.DocumentStore.StoredPage;
import org.springframework.stereotype.Component;

/**
 * The first, quick part of a sync: list the content folder, hash every file and compare it with what the
 * database has. Pages with a new, changed, unreadable or deleted file are recorded with the run as its pending
 * pages (each is then read in its own transaction, see {@link PageSync}); the problems of the other pages are
 * listed again from what was found when their files were read.
 */
@Component
class SyncScan {

    private final ContentFolder folder;
    private final DocumentStore store;
    private final SyncRunStore runs;

    SyncScan(ContentFolder folder, DocumentStore store, SyncRunStore runs) {
        this.folder = folder;
        this.store = store;
        this.runs = runs;
    }

    /** How many pages the run has to do, and how many files it found unchanged on the other pages. */
    record Plan(int pages, int unchangedFiles) {
    }

    /** Runs in one short transaction: the run's pages and the folder's problems are recorded together. */
    Plan plan(long runId) {
        ContentFolder.Scan scan;
        try {
            scan = folder.scan();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the content folder " + folder.root() + ": " + e.getMessage(), e);
        }
        Map<String, StoredDocument> stored = store.documentsByPath();
        Map<String, Set<String>> languagesBySlug = new HashMap<>();
        Map<String, List<ContentProblem>> warningsBySlug = new HashMap<>();
        Map<String, Integer> unchangedBySlug = new HashMap<>();
        Set<String> pending = new TreeSet<>();
        for (ContentFile file : scan.files()) {
            languagesBySlug.computeIfAbsent(file.slug(), s -> new HashSet<>()).add(file.language());
            StoredDocument before = stored.remove(file.path());
            String hash;
            try {
                hash = ContentFileReader.sha256(ContentFileReader.readBytes(file.file(), folder.realRoot()));
            } catch (UnreadableContent e) {
                pending.add(file.slug()); // its page's own transaction lists why
                continue;
            }
            if (before == null || !before.contentHash().equals(hash)) {
                pending.add(file.slug());
            } else {
                unchangedBySlug.merge(file.slug(), 1, Integer::sum);
                before.markupWarnings().forEach(w -> warningsBySlug.computeIfAbsent(file.slug(), s -> new ArrayList<>())
                        .add(PageSync.problem(file, ContentProblem.Severity.WARNING, w)));
            }
        }
        Map<String, StoredPage> pages = store.pagesBySlug();
        // What is left in 'stored' has no file any more.
        for (StoredDocument gone : stored.values()) {
            if (!PageSync.keepsMissingSource(pages.get(gone.slug()), gone, languagesBySlug.containsKey(gone.slug()))) {
                pending.add(gone.slug());
            }
        }

        List<ContentProblem> problems = new ArrayList<>(scan.problems());
        int unchanged = 0;
        for (var entry : languagesBySlug.entrySet()) {
            String slug = entry.getKey();
            if (pending.contains(slug)) {
                continue;
            }
            unchanged += unchangedBySlug.getOrDefault(slug, 0);
            problems.addAll(warningsBySlug.getOrDefault(slug, List.of()));
            StoredPage page = pages.get(slug);
            if (page != null && !entry.getValue().contains(page.sourceLanguage())) {
                problems.add(PageSync.sourceMissing(slug, page.sourceLanguage()));
            }
        }
        store.sourceCopyProblems().stream().filter(p -> !pending.contains(p.slug())).forEach(problems::add);
        store.replaceProblemsExcept(pending, problems);
        runs.plan(runId, List.copyOf(pending), unchanged);
        return new Plan(pending.size(), unchanged);
    }
}
