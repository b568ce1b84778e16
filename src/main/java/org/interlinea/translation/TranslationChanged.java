package org.interlinea.translation;

/** A person saved a translation of a segment of this page, so progress and availability move. */
public record TranslationChanged(long pageId, String language) {
}
