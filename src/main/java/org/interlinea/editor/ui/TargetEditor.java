package org.interlinea.editor.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

/**
 * The translation box: placeholders are chips that cannot be typed into or half deleted, and are inserted
 * in the browser (Ctrl+Shift+1..9), where the caret is ({@code frontend/scripts/target-editor.js}). The
 * value is the placeholder string ({@code Text <1>bold</1> {2}}, coded as {@link org.interlinea.document.Placeholders}
 * codes it, so a page's own "{1}" is {@code {\1}} and shown as text); the browser sends it a second after
 * typing pauses and when the box loses the focus.
 *
 * <p>A plain {@code div} the script fills, not a web component: a component of our own would need the
 * npm frontend build, which this project avoids.
 */
@Tag("div")
@JavaScript("context://scripts/target-editor.js")
final class TargetEditor extends AbstractSinglePropertyField<TargetEditor, String> {

    TargetEditor(String source, String label) {
        super("value", "", false);
        addClassNames("segment-target", "target-editor");
        getElement().setAttribute("data-source", source);
        getElement().setAttribute("data-label", label);
        setSynchronizedEvent("target-sync");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The script may still be on its way when the first rows arrive: it then takes the queued boxes.
        getElement().executeJs("window.interlineaTarget ? window.interlineaTarget.attach(this)"
                + " : (window.interlineaTargetQueue = window.interlineaTargetQueue || []).push(this);");
    }

    Registration addFocusInListener(Runnable listener) {
        return getElement().addEventListener("focusin", e -> listener.run());
    }

    Registration addFocusOutListener(Runnable listener) {
        return getElement().addEventListener("focusout", e -> listener.run());
    }

    /** Inserts a placeholder (a pair around the selection) where the caret is, or was before a click elsewhere. */
    void insertAtCaret(String open, String close) {
        getElement().executeJs("if (this.insertTokens) this.insertTokens($0, $1);", open, close);
    }
}
