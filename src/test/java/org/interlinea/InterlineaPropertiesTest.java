package org.interlinea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The defaults live in the record, and the admin password still comes from {@code INTERLINEA_ADMIN_PASSWORD}. */
class InterlineaPropertiesTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        InterlineaProperties p = bind(new MapPropertySource("none", Map.of()));
        assertThat(p.contentDir().normalize()).isEqualTo(Path.of("translations"));
        assertThat(p.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(p.languages()).containsExactly("en", "ru", "pt");
        assertThat(p.sourceLanguage()).isEqualTo("en");
        assertThat(p.syncOnStart()).isTrue();
        assertThat(p.adminPassword()).isNull();
    }

    @Test
    void propertyNamesAreUnchanged() {
        InterlineaProperties p = bind(new MapPropertySource("app", Map.of(
                "interlinea.content-dir", "site-folder", "interlinea.data-dir", "data-folder",
                "interlinea.languages", "de,fr", "interlinea.source-language", "fr",
                "interlinea.sync-on-start", "false", "interlinea.admin-password", "secret-secret")));
        assertThat(p.contentDir()).isEqualTo(Path.of("site-folder"));
        assertThat(p.dataDir()).isEqualTo(Path.of("data-folder"));
        assertThat(p.languages()).isEqualTo(List.of("de", "fr"));
        assertThat(p.sourceLanguage()).isEqualTo("fr");
        assertThat(p.syncOnStart()).isFalse();
        assertThat(p.adminPassword()).isEqualTo("secret-secret");
    }

    @Test
    void adminPasswordComesFromTheEnvironmentVariable() {
        InterlineaProperties p = bind(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("INTERLINEA_ADMIN_PASSWORD", "from-the-environment")));
        assertThat(p.adminPassword()).isEqualTo("from-the-environment");
    }

    private static InterlineaProperties bind(org.springframework.core.env.PropertySource<?> source) {
        return new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("interlinea", InterlineaProperties.class);
    }
}
