package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Lists every keyboard shortcut of the editor. */
final class HelpDialog extends Dialog {

    /** Key combination and what it does (a UI text key). */
    record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Ctrl+Enter", "editor.help.confirm"),
            new Shortcut("Alt+↑ / Alt+↓", "editor.help.move"),
            new Shortcut("Ctrl+Shift+S", "editor.help.copySource"),
            new Shortcut("Ctrl+1 … Ctrl+3", "editor.help.takeMatch"),
            new Shortcut("Ctrl+Shift+1 … Ctrl+Shift+9", "editor.help.placeholder"),
            new Shortcut("Ctrl+F", "editor.help.search"),
            new Shortcut("Ctrl+H", "editor.help.history"),
            new Shortcut("Ctrl+Shift+H", "editor.help.replace"),
            new Shortcut(EditorShortcuts.NO_TRANSLATION, "editor.help.noTranslation"),
            new Shortcut("F1", "editor.help.help"));

    HelpDialog() {
        setId("help-dialog");
        setHeaderTitle(getTranslation("editor.help.title"));
        Div list = new Div();
        list.addClassName("shortcut-list");
        for (Shortcut s : SHORTCUTS) {
            Span keys = new Span(s.keys());
            keys.addClassName("shortcut-keys");
            list.add(keys, new Span(getTranslation(s.action())));
        }
        add(list, new Div(getTranslation("editor.help.autosave")));
        getFooter().add(new Button(getTranslation("editor.close"), e -> close()));
    }
}
