package org.interlinea.content;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlinea.content.SyncRunStore.PageCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs syncs in the background: one run at a time, its pages on a small pool, each page in its own transaction
 * and under a time limit. A page that fails or runs out of time is listed as a problem and the others go on; a
 * page cut by a shutdown stays to do, for the next start to resume.
 */
@Component
class SyncWork {

    private static final Logger log = LoggerFactory.getLogger(SyncWork.class);
    private static final int ATTEMPTS = 3;
    /** Progress is passed on at most this often, with the latest state: a screen needs no more. */
    private static final long PROGRESS_EVERY_MILLIS = 200;

    private final SyncScan scan;
    private final PageSync pages;
    private final SyncRunStore runs;
    private final DocumentStore documents;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SyncProperties properties;
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("sync-run"));
    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("sync-watchdog"));
    private volatile boolean shuttingDown;

    SyncWork(SyncScan scan, PageSync pages, SyncRunStore runs, DocumentStore documents,
             PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
             SyncProperties properties) {
        this.scan = scan;
        this.pages = pages;
        this.runs = runs;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.workers = Executors.newFixedThreadPool(properties.threads(), daemon("sync-page"));
    }

    /** Hooks for the service: progress to pass on, and the end of the run (before its result is completed). */
    interface Observer {
        void progressed(SyncRun run);

        void ended(SyncRun run);
    }

    /**
     * Runs a new run (scan first) or resumes one cut by a crash (its pages still to do), then releases the lock.
     */
    void execute(SyncRun run, boolean fresh, SyncLock lock, Observer observer) {
        coordinator.execute(() -> {
            SyncReport report = null;
            Throwable failure = null;
            try {
                report = runToEnd(run, fresh, observer);
            } catch (Throwable e) {
                failure = e;
                if (shuttingDown) {
                    log.info("Sync run {} stopped by the shutdown; the next start resumes it", run.id());
                } else {
                    log.error("Sync run {} failed", run.id(), e);
                    recordFailure(run, e);
                }
            } finally {
                lock.close();
                observer.ended(run);
            }
            if (failure == null) {
                run.complete(report);
            } else {
                run.fail(failure);
            }
        });
    }

    private SyncReport runToEnd(SyncRun run, boolean fresh, Observer observer) throws Exception {
        if (fresh) {
            SyncScan.Plan plan = transaction.execute(s -> scan.plan(run.id()));
            run.planned(plan.pages(), plan.unchangedFiles());
        }
        progressed(run, observer);
        List<Future<?>> pending = new ArrayList<>();
        for (String slug : runs.pagesNotDone(run.id())) {
            pending.add(workers.submit(() -> syncPage(run, slug, observer)));
        }
        for (Future<?> page : pending) {
            try {
                page.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        if (shuttingDown) {
            throw new IllegalStateException("shutting down");
        }
        // for work that depends on more than the files, e.g. redoing what older sentence rules produced
        events.publishEvent(new ContentSynced(run.triggeredBy()));
        transaction.executeWithoutResult(s -> runs.finish(run.id(), clock.instant(), null));
        SyncProgress done = runs.run(run.id()).orElseThrow();
        log.info("Content sync {} ({}): {} pages read, {} added, {} changed, {} removed, {} unchanged, {} problems in {} ms",
                run.id(), run.triggeredBy(), done.pagesDone(), done.added(), done.changed(), done.removed(),
                done.unchanged(), done.problems(), done.duration(clock.instant()).toMillis());
        return new SyncReport(done.added(), done.changed(), done.removed(), done.unchanged(), documents.problems(),
                run.changedPages(), done.duration(clock.instant()), false);
    }

    /** One page in its own transaction; retried when the database chose it as a deadlock's victim. */
    private void syncPage(SyncRun run, String slug, Observer observer) {
        if (shuttingDown) {
            return;
        }
        run.working(slug);
        progressed(run, observer);
        for (int attempt = 1; ; attempt++) {
            TimeLimit limit = new TimeLimit(properties.pageTimeLimit());
            try {
                PageSync.Outcome outcome = transaction.execute(s -> {
                    PageSync.Outcome o = pages.sync(slug);
                    limit.check();
                    runs.pageDone(run.id(), slug, o.counts(), null, clock.instant());
                    return o;
                });
                limit.stop();
                run.done(slug, outcome.counts(), outcome.changedPageIds());
                break;
            } catch (RuntimeException | StackOverflowError e) {
                boolean tooSlow = limit.stop();
                if (shuttingDown) {
                    run.leftUndone(slug);
                    return;
                }
                if (!tooSlow && e instanceof TransientDataAccessException && attempt < ATTEMPTS) {
                    log.info("Page {}: {}; trying again", slug, e.getMessage());
                    continue;
                }
                ContentProblem problem = pageProblem(slug, tooSlow, e);
                log.warn("Page {} not synced: {}", slug, problem.reason(), tooSlow ? null : e);
                transaction.executeWithoutResult(s -> {
                    documents.putProblem(problem);
                    runs.pageDone(run.id(), slug, PageCounts.NONE, problem.reason(), clock.instant());
                });
                run.done(slug, PageCounts.NONE, List.of());
                break;
            }
        }
        progressed(run, observer);
    }

    /** Coalesced: the first change in a while schedules one report, which tells the state by then. */
    private void progressed(SyncRun run, Observer observer) {
        if (run.reportDue()) {
            watchdog.schedule(() -> {
                run.reported();
                observer.progressed(run);
            }, PROGRESS_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private ContentProblem pageProblem(String slug, boolean tooSlow, Throwable e) {
        String path = pages.pathOf(slug);
        String language = path.substring(0, path.indexOf('/'));
        if (tooSlow) {
            long seconds = Math.max(1, properties.pageTimeLimit().toSeconds());
            return new ContentProblem(path, language, slug, ContentProblem.Severity.ERROR, "reading the page took "
                    + "longer than " + seconds + " s and was abandoned; its previous version (if any) is kept",
                    ContentProblem.TOO_SLOW, List.of(String.valueOf(seconds)));
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ContentProblem(path, language, slug, ContentProblem.Severity.ERROR,
                "the page could not be synced: " + what, ContentProblem.PAGE_FAILED, List.of(what));
    }

    private void recordFailure(SyncRun run, Throwable e) {
        try {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transaction.executeWithoutResult(s -> runs.finish(run.id(), clock.instant(), why));
        } catch (RuntimeException again) {
            log.error("Could not record the failure of sync run {}", run.id(), again);
        }
    }

    /**
     * A page's time limit: when it runs out, the worker is interrupted, which stops the HTML filter at its next
     * tag (see the document feature's reading of pages), and the page's transaction is rolled back.
     */
    private final class TimeLimit {
        private final Thread worker = Thread.currentThread();
        private final ScheduledFuture<?> alarm;
        private boolean running = true;
        private boolean ranOut;

        TimeLimit(Duration limit) {
            alarm = watchdog.schedule(this::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
        }

        private synchronized void ring() {
            if (running) {
                ranOut = true;
                worker.interrupt();
            }
        }

        synchronized void check() {
            if (ranOut) {
                throw new IllegalStateException("the page's time limit ran out");
            }
        }

        /** Stops the clock and clears the interrupt it caused; true when it ran out. */
        synchronized boolean stop() {
            alarm.cancel(false);
            running = false;
            if (ranOut) {
                Thread.interrupted();
            }
            return ranOut;
        }
    }

    /** Pages being read are left to do, and the run unfinished: the next start resumes it. */
    @PreDestroy
    void shutDown() throws InterruptedException {
        shuttingDown = true;
        coordinator.shutdownNow();
        workers.shutdownNow();
        watchdog.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        coordinator.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
