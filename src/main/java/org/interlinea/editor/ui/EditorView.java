package org.interlinea.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.coverage.Availability;
import org.interlinea.document.PageSegment;
import org.interlinea.document.Placeholders;
import org.interlinea.editor.EditorEvent;
import org.interlinea.editor.EditorPage;
import org.interlinea.editor.EditorService;
import org.interlinea.editor.PresenceService;
import org.interlinea.editor.Progress;
import org.interlinea.editor.QaIssue;
import org.interlinea.editor.TargetReplace;
import org.interlinea.language.Language;
import org.interlinea.publish.PublishService;
import org.interlinea.publish.ui.PublishDialog;
import org.interlinea.shell.NothingHere;
import org.interlinea.tm.MemoryLookup;
import org.interlinea.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;

/**
 * The translator's editor for one page into one language: every segment as a row (source, target, status),
 * a memory panel for the segment being edited, keyboard first (see {@link EditorShortcuts}), saved as you go.
 */
@Route("translate/:slug/:lang")
@PermitAll
@JavaScript(BrowserDrafts.SCRIPT)
public class EditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EditorService editor;
    private final MemoryLookup memory;
    private final PresenceService presence;
    private final PublishService publish;
    private final String user;
    private @Nullable EditorPage page;
    private final List<RowState> rows = new ArrayList<>();
    private final Map<Long, RowState> byId = new HashMap<>();
    private EditorToolbar toolbar;
    private SegmentList list;
    private MemoryPanel memoryPanel;
    private @Nullable RowEditing editing;
    private @Nullable RowState current;
    private List<MemoryLookup.Suggestion> suggestions = List.of();
    private PresenceService.@Nullable Presence here;
    private BrowserDrafts drafts;

    public EditorView(EditorService editor, MemoryLookup memory, PresenceService presence, PublishService publish,
                      AuthenticationContext authentication) {
        this.editor = editor;
        this.memory = memory;
        this.presence = presence;
        this.publish = publish;
        this.user = authentication.getPrincipalName().orElse("?");
        addClassName("editor-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        String language = event.getRouteParameters().get("lang").orElse("");
        page = editor.open(slug, language).orElse(null);
        if (page == null) {
            String message = getTranslation("editor.notFound", slug, language);
            event.rerouteToError(new NothingHere(message), message);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        rows.clear();
        for (PageSegment segment : page.segments()) {
            RowState row = new RowState(segment, page.translation(segment));
            rows.add(row);
            byId.put(segment.id(), row);
        }
        toolbar = new EditorToolbar(page.title(), new Language(page.language()).displayName(getLocale()),
                this::filter, this::showReplace, this::showHelp, this::showPublish);
        drafts = new BrowserDrafts(getElement(), user, page.slug(), page.language());
        editing = new RowEditing(editor, this, drafts, SaveRetries.inBrowser(getElement()));
        list = new SegmentList(rows, editing);
        memoryPanel = new MemoryPanel(this::takeMatch,
                phrase -> memory.concordance(page.sourceLanguage(), page.language(), phrase));
        Div body = new Div(list, memoryPanel);
        body.addClassName("editor-body");
        add(toolbar, body);
        EditorShortcuts.register(this);
        summarise();
        availabilityMayHaveChanged();
    }

    /**
     * After a save: Publish is offered while the page is READY, or PUBLISHED_WITH_CHANGES with every segment
     * done (a draft there would only be refused).
     */
    void availabilityMayHaveChanged() {
        Availability now = editor.availability(page.slug(), page.language());
        toolbar.publishable(now == Availability.READY || now == Availability.PUBLISHED_WITH_CHANGES && notDone() == 0);
    }

    /** Segments publishing would refuse: neither translated, reviewed, marked, nor kept from the online page. */
    private int notDone() {
        return (int) rows.stream().filter(r -> !r.status().countsAsTranslated()
                && r.status() != TranslationStatus.NEEDS_REVIEW).count();
    }

    void showPublish() {
        String languageName = new Language(page.language()).displayName(getLocale());
        PublishDialog dialog = new PublishDialog(publish, page.slug(), page.language(), languageName, notDone(),
                user, this::availabilityMayHaveChanged);
        dialog.published(toolbar::published);
        dialog.open();
    }

    void toggleNoTranslationNeeded() {
        if (current != null) {
            editing.toggleNoTranslationNeeded(current);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (page == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        here = presence.join(page.pageId(), page.language(), user,
                event -> ui.access(() -> heard(event)));
        editing.session(new EditorService.Editing(page.pageId(), page.sourceLanguage(), page.language(), user,
                here.session()));
        toolbar.presence(presence.others(page.pageId(), page.language(), here.session()));
        KeepAlive.start(getElement());
        focusFirstUnfinished();
        drafts.kept(this::restore);
    }

    /** Called by the browser every {@link PresenceService#ALIVE_EVERY} (see {@link KeepAlive}). */
    @ClientCallable
    public void alive() {
        if (here != null) {
            here.alive();
        }
    }

    /** Called by the browser when a failed save is due to be tried again (see {@link SaveRetries}). */
    @ClientCallable
    public void retrySaves() {
        if (editing != null) {
            editing.retryDue();
        }
    }

    /** So the keyboard works at once (F1, Ctrl+F...): the caret goes to the first segment left to do. */
    private void focusFirstUnfinished() {
        rows.stream().filter(r -> !r.status().countsAsTranslated()).findFirst()
                .or(() -> rows.stream().findFirst()).ifPresent(list::focus);
    }

    /** Typing the browser kept (a reload, a closed tab, a lost connection) goes to the server now. */
    void restore(List<BrowserDrafts.Draft> kept) {
        List<BrowserDrafts.Draft> orphans = new ArrayList<>();
        int sent = 0;
        for (BrowserDrafts.Draft draft : kept) {
            RowState row = byId.get(draft.segmentId());
            if (row == null) {
                orphans.add(draft);
            } else {
                if (!draft.text().equals(row.saved().text())) {
                    sent++;
                }
                editing.restore(row, draft);
            }
        }
        summarise();
        if (sent > 0) {
            Notification.show(getTranslation("editor.drafts.restored", sent), 5000, Notification.Position.BOTTOM_START)
                    .setId("drafts-restored");
        }
        if (!orphans.isEmpty()) {
            new OrphanDrafts(orphans, () -> orphans.forEach(d -> drafts.discard(d.key()))).open();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (here != null) {
            here.close();
            here = null;
        }
    }

    private void heard(EditorEvent event) {
        switch (event) {
            case EditorEvent.Present p -> toolbar.presence(p.others());
            case EditorEvent.SegmentSaved s -> {
                RowState row = byId.get(s.segmentId());
                if (row != null) {
                    editing.savedElsewhere(row, s.user(), s.version());
                }
            }
        }
    }

    /** Progress and the QA summary, recounted from the rows (cheap even for thousands). */
    void summarise() {
        List<Progress.Item> items = new ArrayList<>(rows.size());
        int errors = 0;
        int warnings = 0;
        for (RowState row : rows) {
            items.add(new Progress.Item(row.segment.words(), row.status()));
            if (row.issues().stream().anyMatch(QaIssue::blocking)) {
                errors++;
            } else if (!row.issues().isEmpty()) {
                warnings++;
            }
        }
        toolbar.progress(Progress.of(items));
        toolbar.qa(errors, warnings);
    }

    void refresh(RowState row) {
        list.refresh(row);
        summarise();
    }

    void focused(RowState row) {
        if (row == current) {
            return;
        }
        current = row;
        suggestions = memory.suggestions(page.sourceLanguage(), page.language(), row.segment.sourceText(), 3);
        memoryPanel.show(suggestions);
    }

    RowState current() {
        return current;
    }

    void confirmCurrent() {
        if (current != null) {
            editing.confirm(current);
        }
    }

    /** After a confirm: the next segment that is not translated yet, after this one, else from the top. */
    void moveToNextUnfinished(RowState from) {
        List<RowState> shown = list.shown();
        int start = shown.indexOf(from);
        for (int step = 1; step <= shown.size(); step++) {
            RowState candidate = shown.get((start + step + shown.size()) % shown.size());
            if (!candidate.status().countsAsTranslated()) {
                list.focus(candidate);
                return;
            }
        }
    }

    void move(int delta) {
        List<RowState> shown = list.shown();
        if (shown.isEmpty()) {
            return;
        }
        int index = current == null ? -1 : shown.indexOf(current);
        int next = Math.max(0, Math.min(shown.size() - 1, index < 0 ? 0 : index + delta));
        list.focus(shown.get(next));
    }

    void copySource() {
        if (current != null) {
            editing.replaceText(current, current.segment.sourceText());
        }
    }

    void takeMatch(int index) {
        if (current != null && index < suggestions.size()) {
            editing.replaceText(current, suggestions.get(index).targetText());
            list.focus(current);
        }
    }

    void insertPlaceholder(int id) {
        if (current != null) {
            insertPlaceholder(current, id);
        }
    }

    void insertPlaceholder(RowState row, int id) {
        List<String> insertion = row.segment.insertion(id);
        SegmentRow component = list.rendered(row);
        if (!insertion.isEmpty() && component != null) {
            component.insertAtCaret(insertion.getFirst(), insertion.size() > 1 ? insertion.get(1) : null);
        }
    }

    void historyOfCurrent() {
        if (current != null) {
            editing.showHistory(current);
        }
    }

    void focusSearch() {
        toolbar.focusSearch();
    }

    void showHelp() {
        new HelpDialog().open();
    }

    void showReplace() {
        new ReplaceDialog(this::planReplace, this::replaceAll).open();
    }

    /** The rows a replace works on: those whose text is what the server has (no pending typing, no conflict). */
    private List<RowState> replaceable() {
        return rows.stream().filter(r -> !r.dirty() && r.saveState() != RowState.SaveState.CONFLICT).toList();
    }

    TargetReplace.Plan planReplace(TargetReplace replace) {
        return replace.plan(replaceable().stream()
                .map(r -> new TargetReplace.Target(r.segment.id(), r.position(), r.saved().text())).toList());
    }

    /** Replaces in the saved target texts; rows take what was saved, and skipped ones what is there now. */
    EditorService.ReplaceResult replaceAll(TargetReplace replace) {
        if (editing.session() == null) {
            return new EditorService.ReplaceResult(planReplace(replace), List.of(), List.of());
        }
        EditorService.ReplaceResult result = editor.replaceInTargets(editing.session(), replace,
                replaceable().stream().map(r -> new EditorService.ReplaceTarget(r.segment, r.saved())).toList());
        for (org.interlinea.translation.Translation saved : result.saved()) {
            RowState row = byId.get(saved.segmentId());
            row.saved(saved, true);
            row.saveState(RowState.SaveState.SAVED);
            row.changedBy(null);
            list.refresh(row);
        }
        for (int number : result.conflicts()) {
            RowState row = rows.stream().filter(r -> r.position() == number - 1).findFirst().orElseThrow();
            editor.current(row.segment.id(), page.language()).ifPresent(t -> {
                row.saved(t, true);
                row.changedBy(t.updatedBy());
            });
            list.refresh(row);
        }
        summarise();
        availabilityMayHaveChanged();
        return result;
    }

    private void filter(String search, TranslationStatus status) {
        list.filter(search, status);
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.title() + " · ") + getTranslation("app.name");
    }

    /** For tests without a browser: the row component of a segment, made as the lazy list would. */
    SegmentRow row(int position) {
        RowState state = rows.get(position);
        SegmentRow shown = list.rendered(state);
        return shown != null ? shown : list.row(state);
    }

    RowState state(int position) {
        return rows.get(position);
    }

    int rowCount() {
        return rows.size();
    }

    int firstWithPlaceholder() {
        return rows.stream().filter(r -> !Placeholders.tokens(r.segment.sourceText()).isEmpty())
                .mapToInt(RowState::position).findFirst().orElseThrow();
    }
}
