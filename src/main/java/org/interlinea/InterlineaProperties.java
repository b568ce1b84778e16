package org.interlinea;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own settings ({@code interlinea.*}); the defaults live here, not in {@code application.properties}.
 * Settings that belong to one feature ({@code interlinea.sync.*}, {@code .backup.*}, {@code .request-limits.*},
 * {@code .site-api.*}) stay in that feature's own package-private record, so the feature keeps its internals.
 *
 * @param contentDir     the folder the site publishes from: {@code <language>/<slug>.html}
 * @param dataDir        where the embedded PostgreSQL keeps its data (when no {@code spring.datasource.url} is set)
 * @param languages      BCP 47 tags of the site's languages, in display order
 * @param sourceLanguage the usual source language; one of {@code languages}
 * @param syncOnStart    whether the app syncs the content folder once it is up
 * @param adminPassword  the first admin's password on the first start (also read from the environment variable
 *                       {@code INTERLINEA_ADMIN_PASSWORD}); none: a one-time password is printed to the console
 */
@ConfigurationProperties("interlinea")
public record InterlineaProperties(
        @DefaultValue("./translations") Path contentDir,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue({"en", "ru", "pt"}) List<String> languages,
        @DefaultValue("en") String sourceLanguage,
        @DefaultValue("true") boolean syncOnStart,
        @Nullable String adminPassword) {

    public InterlineaProperties {
        languages = List.copyOf(languages);
    }
}
