package org.interlinea.publish.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.interlinea.content.ContentFolder;
import org.interlinea.publish.PublishException;
import org.interlinea.publish.PublishResult;
import org.interlinea.publish.PublishService;

/** Confirms publishing a page in a language; offers source text for missing segments only explicitly. */
class PublishDialog extends Dialog {

    PublishDialog(PublishService publish, ContentFolder folder, String slug, String language, String languageName, int missing,
                  String user, Runnable afterPublish) {
        setHeaderTitle(getTranslation("publish.title", languageName));
        add(new Paragraph(getTranslation("publish.explain", slug, language)));
        Checkbox allowSource = new Checkbox(getTranslation("publish.allowSource", missing));
        allowSource.setId("publish-allow-source");
        if (missing > 0) {
            Paragraph warning = new Paragraph(getTranslation("publish.missing", missing));
            warning.addClassName("publish-warning");
            add(warning, allowSource);
        }
        Button confirm = new Button(getTranslation("publish.confirm"), e -> {
            try {
                PublishResult result = publish.publish(slug, language, allowSource.getValue(), user);
                Notification.show(getTranslation("publish.done", languageName, result.translated(), result.segments(),
                                folder.sitePath(result.file())), 8000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                afterPublish.run();
            } catch (PublishException ex) {
                Notification.show(getTranslation("publish.failed", ex.getMessage()), 12000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(missing == 0);
        allowSource.addValueChangeListener(e -> confirm.setEnabled(missing == 0 || e.getValue()));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
