package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Drafts the browser kept for segments this page no longer has (the source changed meanwhile): shown with
 * their text to copy, never dropped silently. They stay in the browser (and come back next time) until the
 * translator discards them here.
 */
final class OrphanDrafts extends Notification {

    OrphanDrafts(List<BrowserDrafts.Draft> drafts, Runnable discard) {
        setId("orphan-drafts");
        setPosition(Position.BOTTOM_END);
        setDuration(0);
        addThemeVariants(NotificationVariant.LUMO_WARNING);
        Div body = new Div(new Div(getTranslation("editor.drafts.orphans", drafts.size())));
        body.addClassName("orphan-drafts");
        for (BrowserDrafts.Draft draft : drafts) {
            TextArea text = new TextArea();
            text.setValue(draft.text());
            text.setReadOnly(true);
            text.setWidthFull();
            text.setAriaLabel(getTranslation("editor.drafts.orphanText"));
            text.addClassName("orphan-draft");
            body.add(text);
        }
        Button keep = new Button(getTranslation("editor.drafts.keep"), e -> close());
        keep.setId("orphan-drafts-keep");
        Button drop = new Button(getTranslation("editor.drafts.discard"), e -> {
            discard.run();
            close();
        });
        drop.setId("orphan-drafts-discard");
        drop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(keep, drop);
        buttons.addClassName("orphan-drafts-buttons");
        body.add(buttons);
        add(body);
    }
}
