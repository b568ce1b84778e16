package org.interlinea.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.server.Command;

/**
 * The editor's keyboard shortcuts (listed in {@link HelpDialog}), listening on the editor only. Those that
 * act on the typed text first blur and refocus the field, so its pending value reaches the server before
 * the shortcut does.
 */
final class EditorShortcuts {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
            Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};

    /**
     * "No translation needed". Not Ctrl+Shift+N, which the suggestion was: Chrome keeps that for a new
     * incognito window and never passes it to the page.
     */
    static final String NO_TRANSLATION = "Ctrl+Shift+L";

    private EditorShortcuts() {
    }

    static void register(EditorView view) {
        on(view, view::confirmCurrent, Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        on(view, () -> view.move(-1), Key.ARROW_UP, KeyModifier.ALT);
        on(view, () -> view.move(1), Key.ARROW_DOWN, KeyModifier.ALT);
        on(view, view::copySource, Key.KEY_S, KeyModifier.CONTROL, KeyModifier.SHIFT);
        for (int i = 0; i < 3; i++) {
            int match = i;
            on(view, () -> view.takeMatch(match), DIGITS[i], KeyModifier.CONTROL);
        }
        for (int i = 0; i < DIGITS.length; i++) {
            int id = i + 1;
            on(view, () -> view.insertPlaceholder(id), DIGITS[i], KeyModifier.CONTROL, KeyModifier.SHIFT);
        }
        on(view, view::focusSearch, Key.KEY_F, KeyModifier.CONTROL);
        on(view, view::historyOfCurrent, Key.KEY_H, KeyModifier.CONTROL);
        // Ctrl+H is history; replace takes Ctrl+Shift+H. The typed text is sent first, so it is replaced too.
        on(view, view::showReplace, Key.KEY_H, KeyModifier.CONTROL, KeyModifier.SHIFT).resetFocusOnActiveElement();
        on(view, view::showHelp, Key.F1);
        // The typed text is sent first, so a pending draft is saved before the mark replaces it.
        on(view, view::toggleNoTranslationNeeded, Key.KEY_L, KeyModifier.CONTROL, KeyModifier.SHIFT)
                .resetFocusOnActiveElement();
    }

    private static ShortcutRegistration on(Component scope, Command command, Key key, KeyModifier... modifiers) {
        return Shortcuts.addShortcutListener(scope, command, key, modifiers).listenOn(scope);
    }
}
