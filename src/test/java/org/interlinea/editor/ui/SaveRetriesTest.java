package org.interlinea.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.interlinea.document.PageSegment;
import org.interlinea.translation.Translation;
import org.junit.jupiter.api.Test;

/** The retry schedule: 2 s, 5 s, 15 s, then every 30 s while a row stays unsaved; from the start once all got through. */
class SaveRetriesTest {

    private final List<Duration> asked = new ArrayList<>();
    private final SaveRetries retries = new SaveRetries(asked::add);

    private static RowState row(long id) {
        return new RowState(new PageSegment(id, (int) id, 0, "Source.", 1, "p"),
                Translation.missing(id, "pt"));
    }

    @Test
    void backsOffWhileSavesKeepFailingAndStartsOverOnceTheyGoThrough() {
        RowState a = row(1);
        RowState b = row(2);
        retries.failed(a);
        retries.failed(b);  // already scheduled: one timer for both
        for (int i = 0; i < 5; i++) {
            retries.due(retries::failed);
        }
        assertThat(asked).extracting(Duration::toSeconds).containsExactly(2L, 5L, 15L, 30L, 30L, 30L);

        List<RowState> saved = new ArrayList<>();
        retries.due(saved::add);
        assertThat(saved).containsExactly(a, b);
        assertThat(retries.waiting(a)).isFalse();
        retries.failed(a);
        assertThat(asked.getLast()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aRowSettledMeanwhileIsNotSavedAgainAndAnUnaskedCallDoesNothing() {
        RowState a = row(1);
        RowState b = row(2);
        retries.failed(a);
        retries.failed(b);
        retries.settled(a);  // typed on and saved, or met a conflict
        List<RowState> saved = new ArrayList<>();
        retries.due(saved::add);
        assertThat(saved).containsExactly(b);
        retries.due(saved::add);
        assertThat(saved).containsExactly(b);
    }
}
