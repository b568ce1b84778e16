package org.interlinea.translation;

/** Where a translation's text came from. */
public enum TranslationOrigin {
    EDITOR, ALIGNMENT, MEMORY, IMPORT
}
