package org.interlinea.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sync running in the background: its progress while it runs, its report when it is done. Screens and the API
 * look at {@link #progress}; tests and tools that need the result wait with {@link #await}.
 */
public final class SyncRun {

    private final long id;
    private final String triggeredBy;
    private final Instant startedAt;
    private final CompletableFuture<SyncReport> result = new CompletableFuture<>();
    private final AtomicInteger pagesTotal;
    private final AtomicInteger pagesDone;
    private final AtomicInteger added;
    private final AtomicInteger changed;
    private final AtomicInteger removed;
    private final AtomicInteger unchanged;
    private final Set<String> atWork = ConcurrentHashMap.newKeySet();
    private final Set<Long> changedPages = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reportScheduled = new AtomicBoolean();

    /** A new run (all zero) or one cut by a crash, with what it had done. */
    SyncRun(SyncProgress recorded) {
        this.id = recorded.runId();
        this.triggeredBy = recorded.triggeredBy();
        this.startedAt = recorded.startedAt();
        this.pagesTotal = new AtomicInteger(recorded.pagesTotal());
        this.pagesDone = new AtomicInteger(recorded.pagesDone());
        this.added = new AtomicInteger(recorded.added());
        this.changed = new AtomicInteger(recorded.changed());
        this.removed = new AtomicInteger(recorded.removed());
        this.unchanged = new AtomicInteger(recorded.unchanged());
    }

    public long id() {
        return id;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    /** Completes with the report when the run ends (exceptionally if it could not finish). */
    public CompletableFuture<SyncReport> result() {
        return result.copy();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Waits for the end of the run: for tests and tools; a screen or request never does. */
    public SyncReport await() {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for sync run " + id, e);
        }
    }

    public SyncReport await(Duration timeout) throws TimeoutException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for sync run " + id, e);
        }
    }

    private RuntimeException failure(ExecutionException e) {
        return e.getCause() instanceof RuntimeException r ? r
                : new IllegalStateException("Sync run " + id + " failed: " + e.getCause().getMessage(), e.getCause());
    }

    /** Where the run is now; the pages being read are sorted so the display does not jump around. */
    public SyncProgress progress() {
        return new SyncProgress(id, triggeredBy, startedAt, null, pagesDone.get(), pagesTotal.get(),
                atWork.stream().sorted().toList(), added.get(), changed.get(), removed.get(), unchanged.get(), 0, null);
    }

    Instant startedAt() {
        return startedAt;
    }

    Set<Long> changedPages() {
        return Set.copyOf(changedPages);
    }

    /** True for the first change since the last progress report: that one schedules the next. */
    boolean reportDue() {
        return reportScheduled.compareAndSet(false, true);
    }

    void reported() {
        reportScheduled.set(false);
    }

    void planned(int pages, int unchangedFiles) {
        pagesTotal.set(pages);
        unchanged.addAndGet(unchangedFiles);
    }

    void working(String slug) {
        atWork.add(slug);
    }

    void done(String slug, SyncRunStore.PageCounts counts, List<Long> changedPageIds) {
        atWork.remove(slug);
        added.addAndGet(counts.added());
        changed.addAndGet(counts.changed());
        removed.addAndGet(counts.removed());
        unchanged.addAndGet(counts.unchanged());
        changedPages.addAll(changedPageIds);
        pagesDone.incrementAndGet();
    }

    /** The page was not done: it stays undone, for the run that resumes this one. */
    void leftUndone(String slug) {
        atWork.remove(slug);
    }

    void complete(SyncReport report) {
        result.complete(report);
    }

    void fail(Throwable e) {
        result.completeExceptionally(e);
    }
}
