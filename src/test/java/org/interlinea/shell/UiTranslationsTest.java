package org.interlinea.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in English, Russian and Portuguese, and every key the code asks for exists. */
class UiTranslationsTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiTranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix
                + ".properties")) {
            assertThat(in).as("bundle translations%s.properties", suffix).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<Object> english = bundle("").keySet();
        for (String suffix : new String[] {"_ru", "_pt"}) {
            Set<Object> other = bundle(suffix).keySet();
            assertThat(new TreeSet<>(diff(english, other))).as("keys missing in translations%s", suffix).isEmpty();
            assertThat(new TreeSet<>(diff(other, english))).as("keys only in translations%s", suffix).isEmpty();
        }
    }

    @Test
    void noTranslationIsEmptyOrUntranslatedMarker() throws IOException {
        for (String suffix : new String[] {"", "_ru", "_pt"}) {
            bundle(suffix).forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, suffix).isNotBlank());
        }
    }

    /**
     * Literal keys in {@code getTranslation("...")} calls, in {@code new ReadableException("...")} and in message-key
     * constants ({@code String SOME_KEY = "sync.problem..."}) must exist, or the UI shows "!key!".
     */
    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties english = bundle("");
        Pattern call = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"\\s*[,)]"
                + "|(?:new ReadableException\\(|static final String [A-Z_]+ = )"
                + "\"((?:sync|publish|password)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!english.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void providerFallsBackToEnglishAndFormatsParameters() {
        UiTranslations translations = new UiTranslations();

        assertThat(translations.getTranslation("coverage.count", Locale.forLanguageTag("pt-BR"), "Russo", 8, 13))
                .isEqualTo("Russo: 8 de 13 páginas");
        assertThat(translations.getTranslation("coverage.title", Locale.GERMAN)).isEqualTo("Coverage");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Set<Object> diff(Set<Object> a, Set<Object> b) {
        Set<Object> result = new java.util.HashSet<>(a);
        result.removeAll(b);
        return result;
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String suffix : new String[] {"", "_ru", "_pt"}) {
            Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
            bundle(suffix).forEach((k, v) -> assertThatCode(() -> new com.ibm.icu.text.MessageFormat(v.toString(), locale))
                    .as("%s in translations%s", k, suffix).doesNotThrowAnyException());
        }
    }

    @Test
    void countsTakeTheLanguagesPluralForms() {
        UiTranslations translations = new UiTranslations();
        Locale ru = Locale.forLanguageTag("ru");

        assertThat(translations.getTranslation("coverage.count", ru, "Русский", 1, 1)).isEqualTo("Русский: 1 из 1 страницы");
        assertThat(translations.getTranslation("coverage.count", ru, "Русский", 2, 3)).isEqualTo("Русский: 2 из 3 страниц");
        assertThat(translations.getTranslation("coverage.count", ru, "Русский", 8, 13)).isEqualTo("Русский: 8 из 13 страниц");
        assertThat(translations.getTranslation("coverage.count", ru, "Русский", 8, 21)).isEqualTo("Русский: 8 из 21 страницы");
        assertThat(translations.getTranslation("editor.qa.summary", ru, 0, 1)).isEqualTo("Проверка: 0 блокирующих, 1 предупреждение");
        // Our Portuguese is European: 0 takes the plural ("0 avisos"), unlike Brazilian CLDR rules for plain "pt"
        Locale pt = Locale.forLanguageTag("pt");
        assertThat(translations.getTranslation("editor.qa.summary", pt, 0, 0)).isEqualTo("Verificação: 0 bloqueantes, 0 avisos");
        assertThat(translations.getTranslation("editor.qa.summary", pt, 1, 1)).isEqualTo("Verificação: 1 bloqueante, 1 aviso");
        assertThat(translations.getTranslation("editor.qa.summary", Locale.forLanguageTag("pt-BR"), 0, 2))
                .isEqualTo("Verificação: 0 bloqueantes, 2 avisos");
        assertThat(translations.getTranslation("coverage.count", Locale.ENGLISH, "Portuguese", 1, 1))
                .isEqualTo("Portuguese: 1 of 1 page");
    }
}
