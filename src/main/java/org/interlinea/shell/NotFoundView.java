package org.interlinea.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What an address that leads nowhere shows, inside the usual frame and with a way back: an unknown route
 * ({@code /no-such-screen}) or a screen whose page or language does not exist ({@link NothingHere}).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found-view");
        H2 title = new H2(getTranslation("error.notFound.title"));
        // Vaadin's own messages ("Couldn't find route for ...") are English internals: say it in our words.
        String message = parameter.getCaughtException() instanceof NothingHere here ? here.getMessage()
                : getTranslation("error.notFound.path", event.getLocation().getPath());
        Paragraph text = new Paragraph(message);
        text.setId("not-found-message");
        Anchor back = new Anchor("", getTranslation("error.back"));
        back.setId("not-found-back");
        add(title, text, back);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " · " + getTranslation("app.name");
    }
}
