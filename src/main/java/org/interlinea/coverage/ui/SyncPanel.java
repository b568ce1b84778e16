package org.interlinea.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.interlinea.content.ContentProblem;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncReport;
import org.interlinea.language.Languages;

/** The "sync content folder" button and the list of files the last sync could not import cleanly. */
class SyncPanel extends Composite<Div> {

    private final ContentSyncService sync;
    private final Languages languages;
    private final Runnable afterSync;
    private final Details problems = new Details();
    private final Button button;

    SyncPanel(ContentSyncService sync, Languages languages, Runnable afterSync) {
        this.sync = sync;
        this.languages = languages;
        this.afterSync = afterSync;
        button = new Button(getTranslation("sync.button"), VaadinIcon.REFRESH.create(), e -> runSync());
        button.setId("sync-button");
        button.setDisableOnClick(true);
        problems.setId("sync-problems");
        problems.addClassName("sync-problems");
        showProblems(sync.currentProblems());
    }

    Button button() {
        return button;
    }

    Details problems() {
        return problems;
    }

    private void runSync() {
        try {
            SyncReport report = sync.sync("ui");
            if (report.skippedBecauseRunning()) {
                Notification.show(getTranslation("sync.running"), 5000, Notification.Position.BOTTOM_START);
                return;
            }
            Notification done = Notification.show(getTranslation("sync.done", report.added(), report.changed(),
                    report.removed(), report.unchanged(), report.problems().size()), 6000,
                    Notification.Position.BOTTOM_START);
            done.addThemeVariants(report.errorCount() > 0 ? NotificationVariant.LUMO_WARNING
                    : NotificationVariant.LUMO_SUCCESS);
            showProblems(report.problems());
            afterSync.run();
        } catch (RuntimeException e) {
            Notification.show(getTranslation("sync.failed", e.getMessage()), 10000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            button.setEnabled(true);
        }
    }

    private void showProblems(List<ContentProblem> list) {
        problems.setVisible(!list.isEmpty());
        problems.setSummaryText(getTranslation("sync.problems", list.size()));
        UnorderedList items = new UnorderedList();
        for (ContentProblem p : list) {
            Span severity = new Span(getTranslation("sync.severity." + p.severity().name()));
            severity.addClassNames("severity", "severity-" + p.severity().name().toLowerCase(java.util.Locale.ROOT));
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
