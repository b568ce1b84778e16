package org.interlinea.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** An error no screen handled reaches the person as a message in their language, and the log in full. */
@DemoCorpusApp
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signedIn() {
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void theMessageIsInTheUiLanguageWithAReferenceTheLogHasToo(CapturedOutput output) {
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt"));
        NotificationsKt.clearNotifications();

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("disk on fire")));

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        String text = shown.getFirst().getElement().getProperty("text");
        assertThat(text).startsWith("Algo correu mal").contains("referência ");
        String reference = text.replaceAll(".*referência ([0-9a-f]{8}).*", "$1");
        assertThat(reference).hasSize(8);
        assertThat(output.getAll()).contains("reference " + reference).contains("disk on fire");
        NotificationsKt.clearNotifications();
    }
}
