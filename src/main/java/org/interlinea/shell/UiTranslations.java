package org.interlinea.shell;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, from {@code vaadin-i18n/translations*.properties} in English, Russian and
 * Portuguese. English comes first so a browser asking for none of these gets English. Patterns are ICU
 * message formats, so counts take the language's plural forms: {@code {0, plural, one{# page} other{# pages}}}.
 * Hand-made: Vaadin's default provider and Spring's MessageSource format with java.text.MessageFormat, which
 * knows no plural rules (Russian's one/few/many).
 */
@Component
public class UiTranslations implements I18NProvider {

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("pt"));
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(UiTranslations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NoFallback.INSTANCE).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, pluralRulesOf(effective)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing UI text '{}' for {}", key, effective);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the one asked for: same language, else English. */
    public static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /**
     * The locale whose plural rules the patterns follow. Our Portuguese texts are European Portuguese, where 0
     * is "other" ("0 avisos"); plain {@code pt} in CLDR follows Brazil, where 0 is "one" ("0 aviso").
     */
    static Locale pluralRulesOf(Locale supported) {
        return supported.getLanguage().equals("pt") ? Locale.forLanguageTag("pt-PT") : supported;
    }

    /** Keeps ResourceBundle from falling back to the JVM's default locale instead of our English base. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public @Nullable Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
