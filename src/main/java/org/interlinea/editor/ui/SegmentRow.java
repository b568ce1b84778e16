package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.interlinea.document.Placeholders;
import org.interlinea.editor.QaIssue;
import org.interlinea.translation.ReviewReason;
import org.interlinea.translation.TranslationStatus;

/**
 * One segment as a row: the source with its placeholders as tokens (click one to insert it), the target
 * editor ({@code target-n}), its status, whether it is saved, why it needs review ({@code reason-n}, e.g. an
 * imported translation whose numbers differ from the source's), and its QA findings.
 */
final class SegmentRow extends Div {

    private final RowState state;
    private final RowActions actions;
    private final TargetEditor target;
    private final Span status = new Span();
    private final Span saveState = new Span();
    private final Div issues = new Div();
    private final Span reason = new Span();
    private final Span changedBy = new Span();
    private boolean updating;

    SegmentRow(RowState state, boolean paragraphStart, RowActions actions) {
        this.state = state;
        this.actions = actions;
        int n = state.position();
        addClassName("segment-row");
        if (paragraphStart) {
            addClassName("paragraph-start");
        }
        setId("row-" + n);

        Div number = new Div(new Span(String.valueOf(n + 1)), contextTag());
        number.addClassName("segment-number");

        Div source = new Div();
        source.addClassName("segment-source");
        source.setId("source-" + n);
        renderSource(source, actions);

        target = new TargetEditor(state.segment.sourceText(), getTranslation("editor.target.label", n + 1));
        target.setId("target-" + n);
        target.setValue(state.text());
        target.addValueChangeListener(e -> {
            if (!updating) {
                actions.typed(state, e.getValue());
            }
        });
        target.addFocusInListener(() -> actions.focused(state));
        target.addFocusOutListener(() -> actions.left(state));
        // Between a keystroke and the next sync the row says "unsaved" without asking the server (target-editor.js).
        target.getElement().setAttribute("data-unsaved", getTranslation("editor.save.UNSAVED"));

        Button confirm = new Button(VaadinIcon.CHECK.create(), e -> actions.confirm(state));
        confirm.setId("confirm-" + n);
        confirm.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        confirm.setAriaLabel(getTranslation("editor.confirm"));
        confirm.setTooltipText(getTranslation("editor.confirm"));
        Button history = new Button(VaadinIcon.CLOCK.create(), e -> actions.showHistory(state));
        history.setId("history-" + n);
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        history.setAriaLabel(getTranslation("editor.history"));
        history.setTooltipText(getTranslation("editor.history"));

        Button keep = new Button(VaadinIcon.PIN.create(), e -> actions.toggleNoTranslationNeeded(state));
        keep.setId("no-translation-" + n);
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        keep.setAriaLabel(getTranslation("editor.noTranslation"));
        keep.setTooltipText(getTranslation("editor.noTranslation") + " (" + EditorShortcuts.NO_TRANSLATION + ")");

        status.setId("status-" + n);
        saveState.setId("state-" + n);
        changedBy.addClassName("changed-by");
        Div meta = new Div(status, saveState, new Div(confirm, keep, history), changedBy);
        meta.addClassName("segment-meta");
        issues.addClassName("segment-issues");
        issues.setId("issues-" + n);
        reason.setId("reason-" + n);
        reason.addClassName("review-reason");
        Div targetCell = new Div(target, reason, issues);
        targetCell.addClassName("segment-target-cell");
        add(number, source, targetCell, meta);
        refresh();
    }

    private Span contextTag() {
        String full = state.segment.context();
        String shown = full.startsWith("attribute:") ? "@" + full.substring(10)
                : full.contains(":") ? full.substring(0, full.indexOf(':')) : full;
        Span context = new Span(shown);
        context.addClassName("segment-context");
        context.getElement().setAttribute("title", full);
        return context;
    }

    private void renderSource(Div source, RowActions actions) {
        String label = state.segment.speakerLabel();
        boolean inLabel = false;
        for (Placeholders.Piece piece : Placeholders.pieces(state.segment.sourceText())) {
            if (!piece.isToken()) {
                Span text = new Span(piece.text());
                if (inLabel && !label.isEmpty()) {
                    text.addClassName("speaker");
                }
                source.add(text);
                continue;
            }
            Placeholders.Token token = piece.token();
            if (!label.isEmpty() && token.start() == 0) {
                inLabel = true;
            } else if (inLabel && token.kind() == Placeholders.Kind.CLOSE) {
                inLabel = false;
            }
            source.add(chip(token, actions));
        }
    }

    private Span chip(Placeholders.Token token, RowActions actions) {
        Span chip = CodedText.chip(token);
        chip.getElement().setAttribute("title", getTranslation("editor.placeholder.insert", token.text(), token.id()));
        chip.getElement().setAttribute("role", "button");
        chip.addClickListener(e -> actions.insertPlaceholder(state, token.id()));
        return chip;
    }

    RowState state() {
        return state;
    }

    TargetEditor target() {
        return target;
    }

    /** Shows the state again; takes the text from the state unless the translator is typing here. */
    void refresh() {
        if (!target.getValue().equals(state.text())) {
            updating = true;
            target.setValue(state.text());
            updating = false;
        }
        actions.mark(target.getElement(), state);  // the version the typing is based on changes with each save
        String statusName = state.status().name();
        status.setText(getTranslation("editor.status." + statusName));
        status.setClassName("segment-status status-" + statusName.toLowerCase(java.util.Locale.ROOT));
        RowState.SaveState save = state.saveState();
        boolean nothingYet = save == RowState.SaveState.SAVED && state.saved().version() == 0;
        saveState.setText(nothingYet ? "" : save == RowState.SaveState.REFUSED
                ? getTranslation("editor.save.REFUSED", getTranslation(state.refusal().messageKey(),
                        state.refusal().messageArgs()))
                : getTranslation("editor.save." + save.name()));
        saveState.setClassName("save-state save-" + save.name().toLowerCase(java.util.Locale.ROOT));
        changedBy.setText(state.changedBy() == null ? "" : getTranslation("editor.changedBy", state.changedBy()));
        ReviewReason why = state.status() == TranslationStatus.NEEDS_REVIEW ? state.saved().reviewReason() : null;
        reason.setText(why == null ? "" : getTranslation(why.messageKey(), why.messageArgs()));
        reason.setVisible(why != null);
        issues.removeAll();
        for (QaIssue issue : state.issues()) {
            Span span = new Span(getTranslation("editor.qa." + issue.check().name(), issue.detail()));
            span.addClassNames("qa-issue", "qa-" + issue.check().severity().name().toLowerCase(java.util.Locale.ROOT));
            issues.add(span);
        }
        setClassName("has-error", state.issues().stream().anyMatch(QaIssue::blocking));
    }

    /** Inserts a placeholder at the caret (a pair around the selection) as if typed. */
    void insertAtCaret(String open, String close) {
        target.insertAtCaret(open, close);
    }
}
