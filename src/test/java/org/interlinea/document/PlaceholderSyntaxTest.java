package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The translation box reads segment text in the browser ({@code scripts/target-editor.js}), with its own copy
 * of the placeholder syntax: it must be the same expression as {@link Placeholders#SYNTAX}, and the only one
 * in the script.
 */
class PlaceholderSyntaxTest {

    private static final Pattern DEFINITION = Pattern.compile("const SYNTAX = String\\.raw`([^`]*)`;");

    @Test
    void theTranslationBoxUsesTheSameSyntax() throws IOException {
        String script = script();
        Matcher m = DEFINITION.matcher(script);
        assertThat(m.find()).as("scripts/target-editor.js defines SYNTAX as a String.raw literal").isTrue();
        assertThat(m.group(1)).isEqualTo(Placeholders.SYNTAX);
        assertThat(m.find()).as("defined once").isFalse();
        assertThat(script.split("\\\\d", -1)).as("no other expression for placeholders in the script").hasSize(3);
    }

    private static String script() throws IOException {
        try (InputStream in = PlaceholderSyntaxTest.class.getResourceAsStream("/META-INF/resources/scripts/target-editor.js")) {
            assertThat(in).as("the script is served from META-INF/resources").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
