package org.interlinea.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.interlinea.ReadableException;
import org.interlinea.security.UserAccounts;

/** Asks for a new password; cannot be dismissed while the account still has its one-time password. */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(UserAccounts accounts, String username, boolean required) {
        setHeaderTitle(getTranslation("password.title"));
        setCloseOnEsc(!required);
        setCloseOnOutsideClick(!required);
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        current.setId("password-current");
        fresh.setId("password-new");
        repeat.setId("password-repeat");
        fresh.setHelperText(getTranslation("password.rule"));
        VerticalLayout form = new VerticalLayout(current, fresh, repeat);
        form.setPadding(false);
        if (required) {
            form.addComponentAsFirst(new Paragraph(getTranslation("password.required")));
        }
        add(form);

        Button save = new Button(getTranslation("password.save"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                return;
            }
            try {
                accounts.changePassword(username, current.getValue(), fresh.getValue());
                Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (ReadableException ex) {
                Notification.show(getTranslation(ex.key(), ex.args()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save);
        if (!required) {
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        }
    }
}
