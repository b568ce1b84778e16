package org.interlinea.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.interlinea.content.ContentFileReader.ReadFile;
import org.interlinea.content.ContentFileReader.UnreadableContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the database in line with the content folder, in the background: {@link #start} records the run and
 * returns at once; the run lists the changed pages in one short transaction, then reads each page in its own
 * (see {@link SyncWork}). One run at a time, across app nodes too: a start while one runs is refused, never made
 * to wait. A run cut by a crash is resumed by {@link #resumeUnfinished} at the next start.
 */
@Service
public class ContentSyncService {

    private static final Logger log = LoggerFactory.getLogger(ContentSyncService.class);

    private final ContentFolder folder;
    private final DocumentStore store;
    private final SyncRunStore runs;
    private final SyncWork work;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxDepth;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<SyncRun> active = new AtomicReference<>();
    /** Held while a run is checked for and started, so two starts never both begin one. */
    private final Object starting = new Object();

    ContentSyncService(ContentFolder folder, DocumentStore store, SyncRunStore runs, SyncWork work,
                       DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                       SyncProperties properties) {
        this.folder = folder;
        this.store = store;
        this.runs = runs;
        this.work = work;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.maxDepth = properties.maxNestingDepth();
    }

    /** Starts a sync in the background; empty when one is already running (here or on another node). */
    public Optional<SyncRun> start(String triggeredBy) {
        return startLocked(() -> {
            var started = clock.instant();
            long id = runs.startRun(started, triggeredBy);
            return Optional.of(new SyncRun(new SyncProgress(id, triggeredBy, started, null, 0, 0, List.of(), 0, 0, 0,
                    0, 0, null)));
        }, true);
    }

    /**
     * Finishes the oldest run a crash or a shutdown cut short: the pages it had not done. Empty when there is none,
     * or when a sync is running (it may be that run, on another node).
     */
    public Optional<SyncRun> resumeUnfinished() {
        return startLocked(() -> runs.oldestUnfinished().map(cut -> {
            log.info("Resuming sync run {} ({}), cut short with {} of {} pages done", cut.runId(), cut.triggeredBy(),
                    cut.pagesDone(), cut.pagesTotal());
            return new SyncRun(cut);
        }), false);
    }

    /**
     * Takes the sync lock, asks {@code runToBegin} for the run while holding it and begins that run; the lock is
     * let go again when there is no run or asking failed. Empty when a sync is already running.
     */
    private Optional<SyncRun> startLocked(Supplier<Optional<SyncRun>> runToBegin, boolean fresh) {
        SyncRun run;
        synchronized (starting) {
            if (active.get() != null) {
                return Optional.empty();
            }
            Optional<SyncLock> lock = SyncLock.tryAcquire(dataSource);
            if (lock.isEmpty()) {
                return Optional.empty();
            }
            Optional<SyncRun> found;
            try {
                found = runToBegin.get();
            } catch (RuntimeException e) {
                lock.get().close();
                throw e;
            }
            if (found.isEmpty()) {
                lock.get().close();
                return Optional.empty();
            }
            run = found.get();
            begin(run, fresh, lock.get());
        }
        tellProgress(run);
        return Optional.of(run);
    }

    private void begin(SyncRun run, boolean fresh, SyncLock lock) {
        active.set(run);
        work.execute(run, fresh, lock, new SyncWork.Observer() {
            @Override
            public void progressed(SyncRun r) {
                tellProgress(r);
            }

            @Override
            public void ended(SyncRun r) {
                active.compareAndSet(r, null);
                synchronized (listeners) {
                    tell(status());
                }
            }
        });
    }

    /** Only while the run is the active one: a late progress report never follows the report of its end. */
    private void tellProgress(SyncRun run) {
        synchronized (listeners) {
            if (active.get() == run) {
                tell(new SyncStatus(true, run.progress()));
            }
        }
    }

    /** Starts a sync and waits for its end: for tests and tools; a screen or request uses {@link #start}. */
    public SyncReport syncAndWait(String triggeredBy) {
        return start(triggeredBy).map(SyncRun::await).orElseGet(SyncReport::alreadyRunning);
    }

    /** The run going on in this app, if any. */
    public Optional<SyncRun> current() {
        return Optional.ofNullable(active.get());
    }

    /** Whether a sync runs (here or on another node), and where it is; else the last run. */
    public SyncStatus status() {
        SyncRun running = current().orElse(null);
        if (running != null) {
            return new SyncStatus(true, running.progress().withProblems(store.problemCount()));
        }
        if (SyncLock.held(jdbc)) {
            return new SyncStatus(true, runs.oldestUnfinished().or(runs::latest)
                    .map(p -> p.withProblems(store.problemCount())).orElse(null));
        }
        return new SyncStatus(false, runs.latest().orElse(null));
    }

    /** A finished or running run, as recorded. */
    public Optional<SyncProgress> run(long runId) {
        SyncRun running = current().filter(r -> r.id() == runId).orElse(null);
        if (running != null) {
            return Optional.of(running.progress().withProblems(store.problemCount()));
        }
        return runs.run(runId);
    }

    /**
     * Tells {@code listener} where a run is as it goes and when it ends, from a background thread, a few times a
     * second at most. The listener must not block (a screen hands the status to its UI). Returns what removes it.
     */
    public Runnable addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void tell(SyncStatus status) {
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                log.warn("A sync listener failed: {}", e.getMessage(), e);
            }
        }
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
        Path file = folder.fileOf(slug, language);
        try {
            ReadFile read = ContentFileReader.check(ContentFileReader.readBytes(file, folder.realRoot()), slug, maxDepth);
            // Our own output is not checked for being a source copy: what publishing with source text allowed
            // should show belongs to the publish side (issue 8, point 1), which knows what it wrote.
            store.saveDocument(pageId, language, language + "/" + slug + ".html", read,
                    Files.getLastModifiedTime(file).toInstant(), false);
        } catch (UnreadableContent | IOException e) {
            throw new IllegalStateException("The published file " + file + " cannot be read back: " + e.getMessage(), e);
        }
        events.publishEvent(new PageDocumentsChanged(Set.of(pageId)));
    }

    public List<ContentProblem> currentProblems() {
        return store.problems();
    }
}
