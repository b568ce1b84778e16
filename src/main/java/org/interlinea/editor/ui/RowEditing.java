package org.interlinea.editor.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.interlinea.editor.ConfirmResult;
import org.interlinea.editor.EditorService;
import org.interlinea.translation.HistoryEntry;
import org.interlinea.editor.QaIssue;
import org.interlinea.translation.SaveRefused;
import org.interlinea.translation.SaveResult;
import org.interlinea.translation.Translation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving from the editor: drafts as the translator types and when leaving a row (tried again by itself
 * when the server fails, see {@link SaveRetries}), confirming past the QA checks, reverting from history,
 * and, when someone else saved first, the conflict dialog, so nothing typed is lost.
 */
final class RowEditing implements RowActions {

    private static final Logger log = LoggerFactory.getLogger(RowEditing.class);

    private final EditorService editor;
    private final EditorView view;
    private final BrowserDrafts drafts;
    private final SaveRetries retries;
    private EditorService.@Nullable Editing session;

    RowEditing(EditorService editor, EditorView view, BrowserDrafts drafts, SaveRetries retries) {
        this.editor = editor;
        this.view = view;
        this.drafts = drafts;
        this.retries = retries;
    }

    void session(EditorService.Editing session) {
        this.session = session;
    }

    EditorService.Editing session() {
        return session;
    }

    @Override
    public void focused(RowState row) {
        view.focused(row);
    }

    @Override
    public void typed(RowState row, String value) {
        row.typed(value);
        if (row.dirty()) {
            saveDraft(row);
        } else {
            nothingToSave(row);
            view.refresh(row);
            drafts.confirmed(row);  // typed back to what the server has: nothing left to keep
        }
    }

    /** The row's text is what the server has: a pending retry or refusal is over. */
    private void nothingToSave(RowState row) {
        retries.settled(row);
        if (row.saveState() == RowState.SaveState.RETRYING || row.saveState() == RowState.SaveState.REFUSED) {
            row.saveState(RowState.SaveState.SAVED);
        }
    }

    @Override
    public void left(RowState row) {
        // A refused text is sent again only once it is edited; a failed one waits for its retry.
        if (row.dirty() && row.saveState() != RowState.SaveState.CONFLICT
                && row.saveState() != RowState.SaveState.REFUSED && !retries.waiting(row)) {
            saveDraft(row);
        } else if (!row.dirty() && row.changedBy() != null && row.saveState() != RowState.SaveState.CONFLICT) {
            reload(row);
            view.refresh(row);
        }
    }

    private void reload(RowState row) {
        editor.current(row.segment.id(), session.language()).ifPresent(t -> row.saved(t, true));
    }

    /** Puts a text in the row as if typed (copy source, memory match) and saves it. */
    void replaceText(RowState row, String text) {
        drafts.discard(row);  // the server's text replaces whatever the browser kept
        row.typed(text);
        view.refresh(row);
        if (row.dirty()) {
            saveDraft(row);
        }
    }

    private void saveDraft(RowState row) {
        if (session == null || row.saveState() == RowState.SaveState.CONFLICT) {
            view.refresh(row);
            return;
        }
        save(row, row.version());
    }

    /**
     * A draft saved on top of {@code baseVersion}. If the save fails the text stays (here and in the browser),
     * the row says so and it is tried again by itself; a text the server refuses for good shows the reason.
     */
    private void save(RowState row, int baseVersion) {
        row.saveState(RowState.SaveState.SAVING);
        SaveResult result;
        try {
            result = editor.saveDraft(session, row.segment, row.text(), baseVersion);
        } catch (RuntimeException e) {
            notSaved(row, e);
            return;
        }
        handle(row, result, this::saveDraftAgain);
    }

    private void notSaved(RowState row, RuntimeException e) {
        if (e instanceof SaveRefused refused) {
            retries.settled(row);
            row.refused(refused);
        } else {
            log.warn("Saving segment {} failed; the text stays in the editor and the browser, and is sent again: {}",
                    row.segment.id(), e.toString());
            row.saveState(RowState.SaveState.RETRYING);
            retries.failed(row);
        }
        view.refresh(row);
    }

    /** The browser's timer: rows whose save failed are sent again (see {@link SaveRetries}). */
    void retryDue() {
        retries.due(row -> {
            if (!row.dirty()) {
                nothingToSave(row);
                view.refresh(row);
            } else if (row.saveState() == RowState.SaveState.RETRYING) {
                saveDraft(row);
            }
        });
    }

    /**
     * Text the browser kept from before a reload or a lost connection: saved through the normal save on
     * top of the version it was typed on, so a colleague's newer save opens the conflict dialog instead.
     */
    void restore(RowState row, BrowserDrafts.Draft draft) {
        if (draft.text().equals(row.saved().text())) {
            drafts.confirmed(row);  // it reached the server; only the confirmation was lost
            return;
        }
        row.typed(draft.text());
        if (session == null) {
            view.refresh(row);
            return;
        }
        save(row, draft.version());
    }

    private void saveDraftAgain(RowState row) {
        saveDraft(row);
    }

    @Override
    public void confirm(RowState row) {
        if (session == null) {
            return;
        }
        ConfirmResult result;
        try {
            result = editor.confirm(session, row.segment, row.text(), row.version());
        } catch (RuntimeException e) {
            notSaved(row, e);  // the text is kept and retried as a draft; confirming again is the translator's call
            return;
        }
        row.issues(result.issues());
        if (result.blocked()) {
            String why = result.issues().stream().filter(QaIssue::blocking)
                    .map(i -> view.getTranslation("editor.qa." + i.check().name(), i.detail()))
                    .collect(Collectors.joining("; "));
            Notification note = Notification.show(view.getTranslation("editor.blocked", why), 5000,
                    Notification.Position.BOTTOM_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            view.refresh(row);
            return;
        }
        handle(row, result.save(), this::confirm);
        if (result.saved()) {
            view.moveToNextUnfinished(row);
        }
    }

    private void handle(RowState row, SaveResult result, Consumer<RowState> retry) {
        retries.settled(row);
        if (result.saved()) {
            row.saved(result.current(), false);
            row.saveState(RowState.SaveState.SAVED);
            row.changedBy(null);
            view.refresh(row);
            view.availabilityMayHaveChanged();
            drafts.confirmed(row);
            return;
        }
        Translation theirs = result.current();
        row.saveState(RowState.SaveState.CONFLICT);
        row.changedBy(theirs.updatedBy());
        view.refresh(row);
        // The translator decides here: the browser's copy becomes that decision (on their version), so an
        // older copy cannot come back over it, and the choice survives if its save fails.
        new ConflictDialog(label(row), row.text(), theirs, text -> {
            row.saved(theirs, false);
            row.typed(text);
            row.saveState(RowState.SaveState.UNSAVED);
            drafts.chosen(row);
            retry.accept(row);
        }, () -> {
            drafts.discard(row);
            row.saved(theirs, true);
            row.saveState(RowState.SaveState.SAVED);
            row.changedBy(null);
            view.refresh(row);
        }).open();
    }

    /** Someone saved this segment in another editor: take it if nothing is pending here, else flag it. */
    void savedElsewhere(RowState row, String user, int version) {
        if (row.version() >= version) {
            return;
        }
        row.changedBy(user);
        // The row being edited may hold typing the server has not seen yet: replacing its text would lose
        // it, so it keeps the old version and its next save meets the conflict dialog instead.
        if (!row.dirty() && row != view.current() && row.saveState() != RowState.SaveState.CONFLICT) {
            reload(row);
        }
        view.refresh(row);
    }

    @Override
    public void toggleNoTranslationNeeded(RowState row) {
        if (session == null || row.saveState() == RowState.SaveState.CONFLICT) {
            return;
        }
        SaveResult result = editor.toggleNoTranslationNeeded(session, row.segment, row.saved());
        if (result.saved()) {
            row.saved(result.current(), true);
        }
        handle(row, result, this::saveDraftAgain);
    }

    @Override
    public void mark(com.vaadin.flow.dom.Element target, RowState row) {
        drafts.mark(target, row);
    }

    @Override
    public void insertPlaceholder(RowState row, int id) {
        view.insertPlaceholder(row, id);
    }

    @Override
    public void showHistory(RowState row) {
        new HistoryDialog(label(row), editor.history(row.segment.id(), session.language()), entry -> revert(row, entry))
                .open();
    }

    private void revert(RowState row, HistoryEntry entry) {
        SaveResult result = editor.revert(session, row.segment, entry, row.version());
        if (result.saved()) {
            drafts.discard(row);
            row.saved(result.current(), true);
            row.saveState(RowState.SaveState.SAVED);
            view.refresh(row);
            view.availabilityMayHaveChanged();
        } else {
            row.typed(entry.text());
            handle(row, result, this::saveDraftAgain);
        }
    }

    private String label(RowState row) {
        return String.valueOf(row.position() + 1);
    }
}
