package org.interlinea.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSyncService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.support.KaribuUi;
import org.interlinea.translation.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, point 7: a page whose text says {@code {1}} or {@code &lt;1&gt;} (a page about templates) is
 * translated like any other: the editor shows that text as text, not as placeholders, a translation that keeps
 * it is accepted, and it is published as the page wrote it.
 */
class LiteralPlaceholderTextTest extends ContentFolderTest {

    private static final String SLUG = "templates";
    private static final String BODY = "<p>Type {1} where the name goes.</p>\n"
            + "<p>The old form wanted &lt;1&gt; and <b>bold</b> &lt;/1&gt; text.</p>";

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentSyncService sync;
    @Autowired
    ContentFolder folder;
    @Autowired
    JdbcClient jdbc;

    private String page;

    @BeforeEach
    void aPageAboutTemplates() {
        content.clear();
        Database.clear(jdbc);
        page = ContentFixture.page("en", "Templates", "2026-03-01", 3, BODY);
        content.write("en", SLUG, page);
        sync.syncAndWait("test");
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate("translate/" + SLUG + "/pt");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    void literalPlaceholderSyntaxIsTextThatATranslationKeepsAndThatIsPublishedAsItWas() throws Exception {
        EditorView view = _get(EditorView.class);
        int type = row(view, "Type");
        int old = row(view, "The old form");

        // Shown as the page's text: no chip for the literal, chips only for the real <b>.
        assertThat(shown(view, type)).isEqualTo("Type {1} where the name goes.");
        assertThat(chips(view, type)).isZero();
        assertThat(shown(view, old)).isEqualTo("The old form wanted <1> and ‹1bold1› </1> text.");
        assertThat(chips(view, old)).isEqualTo(2);
        // and searched for as it reads
        assertThat(view.state(type).matches("type {1} where", null)).isTrue();
        assertThat(view.state(old).matches("wanted <1> and", null)).isTrue();
        assertThat(view.state(row(view, "Templates")).matches("{1}", null)).isFalse();

        // The translator keeps the source as it is and changes the words around it.
        for (int i = 0; i < view.rowCount(); i++) {
            int n = i;
            SegmentRow row = view.row(n);
            String source = view.state(i).segment.sourceText();
            row.target().setValue(source.replace("Type", "Escreva").replace("where the name goes", "onde vai o nome")
                    .replace("The old form wanted", "O formulário antigo pedia").replace("and", "e")
                    .replace("bold", "negrito").replace("text", "texto").replace("Templates", "Modelos"));
            _get(row, Button.class, spec -> spec.withId("confirm-" + n)).click();
            assertThat(view.state(i).issues()).as("row %d: %s", i, view.state(i).text()).isEmpty();
            assertThat(view.state(i).status()).isEqualTo(TranslationStatus.TRANSLATED);
        }

        _click(_get(Button.class, spec -> spec.withId("editor-publish")));
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("editor-published")).getText())
                .as("published, not refused: %s", NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getProperty("text")).toList())
                .isEqualTo("Published as /pt/templates.html");

        String published = Files.readString(folder.fileOf(SLUG, "pt"), StandardCharsets.UTF_8);
        String expected = page.replace("<html lang=\"en\">", "<html lang=\"pt\">")
                .replace("Templates", "Modelos")
                .replace("<p>Type {1} where the name goes.</p>", "<p>Escreva {1} onde vai o nome.</p>")
                .replace("<p>The old form wanted &lt;1&gt; and <b>bold</b> &lt;/1&gt; text.</p>",
                        "<p>O formulário antigo pedia &lt;1&gt; e <b>negrito</b> &lt;/1&gt; texto.</p>");
        assertThat(published).isEqualTo(expected);
    }

    private static int row(EditorView view, String start) {
        for (int i = 0; i < view.rowCount(); i++) {
            if (view.state(i).segment.sourceText().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no segment starts with " + start);
    }

    /** The source cell as the translator reads it: its text, and each chip's label. */
    private static String shown(EditorView view, int n) {
        Div source = _get(view.row(n), Div.class, spec -> spec.withId("source-" + n));
        return _find(source, Span.class).stream().map(Span::getText).collect(Collectors.joining());
    }

    private static long chips(EditorView view, int n) {
        Div source = _get(view.row(n), Div.class, spec -> spec.withId("source-" + n));
        return _find(source, Span.class, spec -> spec.withClasses("placeholder")).size();
    }
}
