package org.interlinea.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails that no screen handled: a message in their UI language with a
 * short reference, which the log carries with the whole error, instead of Vaadin's English "Internal error"
 * (or nothing at all).
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            if (NestedExceptionUtils.getMostSpecificCause(event.getThrowable()) instanceof IOException gone) {
                // the browser went away mid-response (a closed tab): there is no one to tell
                log.debug("Client connection lost: {}", gone.getMessage());
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error in the UI (reference {})", reference, event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = new Notification(ui.getTranslation("error.unexpected", reference),
                        10_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setId("unexpected-error");
                notification.open();
            }
        }
    }
}
