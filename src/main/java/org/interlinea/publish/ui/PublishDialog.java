package org.interlinea.publish.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.interlinea.publish.PublishException;
import org.interlinea.publish.PublishResult;
import org.interlinea.publish.PublishService;
import org.interlinea.publish.PublishService.FileReplacement;

/**
 * Confirms publishing a page in a language (from the page screen and the editor). Refused while segments
 * are not done; a file there that Interlinea did not write is replaced only after the coordinator has read
 * what it would lose and ticked "Replace".
 */
public class PublishDialog extends Dialog {

    private final PublishService publish;
    private final String slug;
    private final String language;
    private final String languageName;
    private final String user;
    private final Runnable afterPublish;
    private final Checkbox replace = new Checkbox();
    private final Button confirm = new Button();
    private Consumer<String> published = sitePath -> { };

    /** @param notDone segments that are neither translated nor marked "no translation needed" */
    public PublishDialog(PublishService publish, String slug, String language, String languageName, int notDone,
                         String user, Runnable afterPublish) {
        this.publish = publish;
        this.slug = slug;
        this.language = language;
        this.languageName = languageName;
        this.user = user;
        this.afterPublish = afterPublish;
        setId("publish-dialog");
        setHeaderTitle(getTranslation("publish.title", languageName));
        add(new Paragraph(getTranslation("publish.explain", slug, language)));
        if (notDone > 0) {
            Paragraph warning = new Paragraph(getTranslation("publish.notDone", notDone));
            warning.addClassName("publish-warning");
            warning.setId("publish-not-done");
            add(warning);
        }
        replace.setId("publish-replace");
        replace.setVisible(false);
        replace.addValueChangeListener(e -> confirm.setEnabled(e.getValue()));
        add(replace);
        confirm.setText(getTranslation("publish.confirm"));
        confirm.addClickListener(e -> publishNow());
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(notDone == 0);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("publish-cancel");
        getFooter().add(cancel, confirm);
    }

    private void publishNow() {
        FileReplacement replacement = replace.getValue() ? FileReplacement.CONFIRMED : FileReplacement.ONLY_OUR_OWN;
        try {
            PublishResult result = publish.publish(slug, language, replacement, user);
            Notification.show(getTranslation("publish.done", languageName, result.translated(), result.segments(),
                            result.sitePath(), result.noTranslationNeeded()), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            published.accept(result.sitePath());
            afterPublish.run();
        } catch (PublishException ex) {
            if (PublishException.UNKNOWN_FILE.equals(ex.key())) {
                askToReplace(ex);
                return;
            }
            Notification.show(getTranslation("publish.failed", getTranslation("publish.error." + ex.key(), ex.args())),
                    12000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Also tells this where the page went on the site ({@code /pt/slug.html}) after publishing. */
    public void published(Consumer<String> sitePath) {
        this.published = sitePath;
    }

    /** The service refused to replace a file it did not write: say what would be lost, ask explicitly. */
    private void askToReplace(PublishException ex) {
        Paragraph warning = new Paragraph(getTranslation("publish.error." + ex.key(), ex.args()));
        warning.addClassName("publish-warning");
        warning.setId("publish-unknown-file");
        addComponentAtIndex(1, warning);
        replace.setLabel(getTranslation("publish.replace", ex.args()[0]));
        replace.setVisible(true);
        confirm.setEnabled(false);
    }
}
