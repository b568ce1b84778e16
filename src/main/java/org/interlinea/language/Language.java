package org.interlinea.language;

import java.util.Locale;

/** A content language, identified by its BCP 47 tag ({@code en}, {@code ru}, {@code pt}, {@code pt-BR}). */
public record Language(String tag) {

    public Language {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("A language needs a BCP 47 tag, e.g. 'pt' or 'pt-BR'");
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
            throw new IllegalArgumentException("'" + tag + "' is not a BCP 47 language tag (e.g. 'pt' or 'pt-BR')");
        }
        tag = locale.toLanguageTag();
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language's name as a reader of {@code inLocale} would write it, e.g. "Portuguese", "португальский". */
    public String displayName(Locale inLocale) {
        String name = locale().getDisplayName(inLocale);
        return name.isEmpty() ? tag : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The language's own name for itself, e.g. "Русский", for the site's language switcher. */
    public String selfName() {
        return displayName(locale());
    }

    @Override
    public String toString() {
        return tag;
    }
}
