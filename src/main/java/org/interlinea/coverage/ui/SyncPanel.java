package org.interlinea.coverage.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Locale;
import org.interlinea.content.ContentProblem;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncProgress;
import org.interlinea.content.SyncStatus;
import org.interlinea.language.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "sync content folder" button, the progress of a running sync (pages done of total, the pages being read),
 * and the list of files the last sync could not import cleanly. The button starts a sync and returns at once;
 * the sync pushes its progress here, whoever started it, and its result when it ends. The view places the three
 * parts; this composite itself is not shown.
 */
class SyncPanel extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(SyncPanel.class);

    private final ContentSyncService sync;
    private final Languages languages;
    private final Runnable afterSync;
    private final Details problems = new Details();
    private final Div progress = new Div();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button button;
    /** The run this screen started: its end is announced here; the end of another only refreshes. */
    private long startedHere = -1;
    /** The run last seen running, so its end is handled once. */
    private long seenRunning = -1;

    SyncPanel(ContentSyncService sync, Languages languages, Runnable afterSync) {
        this.sync = sync;
        this.languages = languages;
        this.afterSync = afterSync;
        button = new Button(getTranslation("sync.button"), VaadinIcon.REFRESH.create(), e -> start());
        button.setId("sync-button");
        button.setDisableOnClick(true);
        problems.setId("sync-problems");
        problems.addClassName("sync-problems");
        progress.setId("sync-progress");
        progress.addClassName("sync-progress");
        progressText.addClassName("sync-progress-text");
        progress.add(progressText, bar);
        progress.setVisible(false);
        progress.addAttachListener(this::listen);
        showProblems(sync.currentProblems());
    }

    Button button() {
        return button;
    }

    /** Shown while a sync runs. */
    Div progress() {
        return progress;
    }

    Details problems() {
        return problems;
    }

    private void listen(AttachEvent attach) {
        UI ui = attach.getUI();
        Runnable remove = sync.addListener(status -> {
            try {
                ui.access(() -> show(status));
            } catch (UIDetachedException e) {
                // the screen is gone; its detach removes this listener
            }
        });
        progress.addDetachListener(detach -> {
            detach.unregisterListener();
            remove.run();
        });
        show(sync.status());
    }

    private void start() {
        try {
            var run = sync.start("ui");
            if (run.isEmpty()) {
                Notification.show(getTranslation("sync.running"), 5000, Notification.Position.BOTTOM_START);
                show(sync.status());
                return;
            }
            startedHere = run.get().id();
            show(new SyncStatus(true, run.get().progress()));
        } catch (RuntimeException e) {
            log.warn("Sync not started", e);
            failed();
            button.setEnabled(true);
        }
    }

    private void show(SyncStatus status) {
        SyncProgress run = status.run();
        if (status.running() && run != null) {
            seenRunning = run.runId();
            progress.setVisible(true);
            // A run on another app node sends no end here: the button stays usable (a start then says it runs).
            button.setEnabled(sync.current().isEmpty());
            bar.setIndeterminate(run.pagesTotal() == 0);
            bar.setValue(run.pagesTotal() == 0 ? 0 : (double) run.pagesDone() / run.pagesTotal());
            progressText.setText(run.pagesAtWork().isEmpty()
                    ? getTranslation("sync.progress", run.pagesDone(), run.pagesTotal())
                    : getTranslation("sync.progressAt", run.pagesDone(), run.pagesTotal(),
                    String.join(", ", run.pagesAtWork())));
            return;
        }
        progress.setVisible(false);
        button.setEnabled(true);
        if (run == null || (run.runId() != seenRunning && run.runId() != startedHere)) {
            return; // nothing ended that this screen saw running
        }
        seenRunning = -1;
        if (run.runId() == startedHere) {
            startedHere = -1;
            announce(run);
        }
        showProblems(sync.currentProblems());
        afterSync.run();
    }

    private void announce(SyncProgress run) {
        if (run.failure() != null) {
            failed(run.failure());
            return;
        }
        long errors = sync.currentProblems().stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
        Notification done = Notification.show(getTranslation("sync.done", run.added(), run.changed(),
                run.removed(), run.unchanged(), run.problems()), 6000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(errors > 0 ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
    }

    /** Why is in the log; the reader is told in their language that it did not work. */
    private void failed() {
        Notification.show(getTranslation("sync.failedUnexpected"), 10000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A stored run's failure: its recorded cause (technical, from the sync) is an argument of the message. */
    private void failed(String cause) {
        Notification.show(getTranslation("sync.failed", cause), 10000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showProblems(List<ContentProblem> list) {
        problems.setVisible(!list.isEmpty());
        problems.setSummaryText(getTranslation("sync.problems", list.size()));
        UnorderedList items = new UnorderedList();
        for (ContentProblem p : list) {
            Span severity = new Span(getTranslation("sync.severity." + p.severity().name()));
            severity.addClassNames("severity", "severity-" + p.severity().name().toLowerCase(Locale.ROOT));
            Span path = new Span(p.path());
            path.addClassName("path");
            Span reason = new Span(" " + reasonOf(p));
            reason.addClassName("reason");
            items.add(new ListItem(severity, path, reason));
        }
        problems.removeAll();
        problems.add(items);
    }

    /** In the UI language when the problem has a message key; a language tag argument is shown by its name. */
    private String reasonOf(ContentProblem problem) {
        if (problem.reasonKey() == null) {
            return problem.reason();
        }
        Object[] args = problem.reasonArgs().stream()
                .map(a -> languages.find(a).map(l -> (Object) l.displayName(getLocale())).orElse(a))
                .toArray();
        return getTranslation(problem.reasonKey(), args);
    }
}
