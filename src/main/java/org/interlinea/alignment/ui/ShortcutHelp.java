package org.interlinea.alignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;

/** The overlay listing every action and its keys. */
class ShortcutHelp extends Dialog {

    ShortcutHelp(Function<String, String> translate) {
        setId("shortcut-help");
        addClassName("shortcut-help");
        setHeaderTitle(translate.apply("align.help.title"));
        Div table = new Div();
        table.addClassName("shortcut-table");
        for (ReviewAction action : ReviewAction.values()) {
            Span keys = new Span();
            keys.addClassName("shortcut-keys");
            for (ReviewAction.Shortcut shortcut : action.shortcuts()) {
                Span key = new Span(shortcut.label());
                key.addClassName("kbd");
                keys.add(key);
            }
            table.add(new Span(translate.apply(action.textKey())), keys);
        }
        Paragraph hint = new Paragraph(translate.apply("align.help.focus"));
        hint.addClassName("shortcut-hint");
        add(table, hint);
        Button close = new Button(translate.apply("align.help.close"), e -> close());
        close.setId("close-shortcuts");
        getFooter().add(close);
    }
}
