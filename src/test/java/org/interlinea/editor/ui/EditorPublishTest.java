package org.interlinea.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSyncService;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.editor.EditorService;
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
 * The editor (Karibu) on a page of its own content folder: a name marked "no translation needed", Publish
 * offered once the page is ready and again once a published translation changes.
 */
class EditorPublishTest extends ContentFolderTest {

    private static final String SLUG = "harbour";

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentSyncService sync;
    @Autowired
    CoverageService coverage;
    @Autowired
    EditorService editor;
    @Autowired
    ContentFolder folder;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aPageInEnglish() {
        content.clear();
        Database.clear(jdbc);
        content.write("en", SLUG, ContentFixture.page("en", "The harbour", "2026-03-01", 3,
                "<p>The boats come in at dawn. Everyone waits on the pier.</p><p>Maria Helena Duarte</p>"));
        sync.syncAndWait("test");
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate("translate/" + SLUG + "/pt");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private Availability pt() {
        return coverage.page(SLUG).orElseThrow().cell("pt").status();
    }

    private static Button publishButton() {
        return _get(Button.class, spec -> spec.withId("editor-publish"));
    }

    @Test
    void markANameNoTranslationNeededPublishFromTheEditorAndAgainAfterAChange() throws Exception {
        EditorView view = _get(EditorView.class);
        int last = view.rowCount() - 1;
        assertThat(view.state(last).segment.sourceText()).isEqualTo("Maria Helena Duarte");
        assertThat(publishButton().isEnabled()).isFalse();

        for (int i = 0; i < last; i++) {
            SegmentRow row = view.row(i);
            row.target().setValue("PT " + view.state(i).segment.sourceText());
            _get(row, Button.class, spec -> spec.withId("confirm-" + row.state().position())).click();
        }
        assertThat(publishButton().isEnabled()).as("the name is not done yet").isFalse();

        SegmentRow name = view.row(last);
        _get(name, Button.class, spec -> spec.withId("no-translation-" + last)).click();

        assertThat(view.state(last).status()).isEqualTo(TranslationStatus.NO_TRANSLATION_NEEDED);
        assertThat(name.target().getValue()).isEqualTo("Maria Helena Duarte");
        assertThat(view.state(last).issues()).as("same as source is the point, not a QA warning").isEmpty();
        assertThat(_get(name, Span.class, spec -> spec.withId("status-" + last)).getText())
                .isEqualTo("No translation needed");
        assertThat(_get(Span.class, spec -> spec.withId("progress")).getText())
                .startsWith(view.rowCount() + " / " + view.rowCount() + " segments");
        assertThat(editor.history(view.state(last).segment.id(), "pt").getFirst().status())
                .isEqualTo(TranslationStatus.NO_TRANSLATION_NEEDED);
        assertThat(pt()).isEqualTo(Availability.READY);
        assertThat(publishButton().isEnabled()).isTrue();

        _click(publishButton());
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        String html = Files.readString(folder.fileOf(SLUG, "pt"));
        assertThat(html).contains("lang=\"pt\"").contains("PT The boats come in at dawn.")
                .contains("<p>Maria Helena Duarte</p>");
        assertThat(_get(Span.class, spec -> spec.withId("editor-published")).getText())
                .isEqualTo("Published as /pt/harbour.html");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
        assertThat(publishButton().isEnabled()).as("nothing new to publish").isFalse();

        // The same toggle takes the mark back; typing over it would too.
        _get(name, Button.class, spec -> spec.withId("no-translation-" + last)).click();
        assertThat(view.state(last).status()).isEqualTo(TranslationStatus.DRAFT);
        _get(name, Button.class, spec -> spec.withId("no-translation-" + last)).click();

        SegmentRow first = view.row(1);
        first.target().setValue("PT Os barcos chegam de madrugada.");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED_WITH_CHANGES);
        assertThat(publishButton().isEnabled()).as("a draft is not done").isFalse();
        _get(first, Button.class, spec -> spec.withId("confirm-1")).click();
        assertThat(publishButton().isEnabled()).isTrue();

        _click(publishButton());
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));
        assertThat(Files.readString(folder.fileOf(SLUG, "pt"))).contains("PT Os barcos chegam de madrugada.");
        assertThat(pt()).isEqualTo(Availability.PUBLISHED);
    }
}
