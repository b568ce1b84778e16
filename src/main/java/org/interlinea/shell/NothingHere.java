package org.interlinea.shell;

import com.vaadin.flow.router.NotFoundException;

/**
 * A screen's address names something that does not exist (a page slug, a language). The message is already
 * in the UI language: {@link NotFoundView} shows it as it is, where Vaadin's own messages are English.
 */
public class NothingHere extends NotFoundException {

    public NothingHere(String translatedMessage) {
        super(translatedMessage);
    }
}
