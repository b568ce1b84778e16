package org.interlinea.content;

/** A live page as other features see it: its id, address, title and the language it is written in. */
public record Page(long id, String slug, String title, String sourceLanguage) {
}
