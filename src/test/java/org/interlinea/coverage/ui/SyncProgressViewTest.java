package org.interlinea.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncRun;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.interlinea.support.KaribuUi;
import org.interlinea.support.TableLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sync button starts a sync and returns at once; the coverage screen shows the run's progress (pages done of
 * total, the pages being read) as the sync pushes it, then the result and the problem list.
 */
class SyncProgressViewTest extends ContentFolderTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentSyncService sync;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void threePagesAndAScreen() {
        content.clear();
        Database.clear(jdbc);
        for (String slug : new String[] {"glacier", "harbour", "river"}) {
            content.write("en", slug, ContentFixture.page("en", "The " + slug, "2026-03-14", 3, "<p>Some text.</p>"));
        }
        content.write("en", "empty", "");
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate(CoverageView.class);
    }

    @AfterEach
    void tearDown() {
        sync.current().ifPresent(SyncRun::await);
        KaribuUi.tearDown();
    }

    /** Found hidden or not (Karibu's lookups see only visible components). */
    private Div progress() {
        return (Div) find(UI.getCurrent(), "sync-progress");
    }

    private static Component find(Component in, String id) {
        if (in.getId().filter(id::equals).isPresent()) {
            return in;
        }
        return in.getChildren().map(child -> find(child, id)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private Button button() {
        return _get(Button.class, spec -> spec.withId("sync-button"));
    }

    @Test
    void showsTheProgressWhileTheSyncRunsThenTheResult() {
        assertThat(progress().isVisible()).isFalse();
        try (TableLock held = new TableLock(dataSource, "availability")) {
            _click(button());

            // The click has returned; the pages wait at the lock, two at a time.
            waitUntil(() -> sync.status().run().pagesAtWork().size() == 2 && sync.status().run().pagesDone() == 1);
            waitUntil(() -> {
                MockVaadin.clientRoundtrip(false);
                return progress().getElement().getTextRecursively().contains("1 of 4 changed pages read");
            });
            assertThat(progress().isVisible()).isTrue();
            assertThat(progress().getElement().getTextRecursively()).contains("now reading").contains("glacier, harbour");
            assertThat(button().isEnabled()).isFalse();
        }
        sync.current().ifPresent(SyncRun::await);
        waitUntil(() -> {
            MockVaadin.clientRoundtrip(false);
            return !progress().isVisible();
        });

        assertThat(button().isEnabled()).isTrue();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .isEqualTo("Sync done: 3 added, 0 changed, 0 removed, 0 unchanged, 1 problems"));
        Details problems = _get(Details.class, spec -> spec.withId("sync-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("en/empty.html");
    }

    /** The sync runs on other threads and reaches the screen through its UI queue; a minute at most. */
    private static void waitUntil(BooleanSupplier condition) {
        for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(condition.getAsBoolean()).as("reached within a minute").isTrue();
    }
}
