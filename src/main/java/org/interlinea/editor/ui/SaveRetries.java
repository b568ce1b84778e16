package org.interlinea.editor.ui;

import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rows whose save failed on the server's side (the database away, a timeout) are saved again by themselves,
 * after 2 s, 5 s, 15 s, then every 30 s while any stays unsaved; the schedule starts over once every row got
 * through. The browser keeps the time ({@code setTimeout}, then the view's {@code retrySaves()}), so nothing
 * runs on the server between attempts and a closed tab simply stops retrying; its text stays in the browser
 * (see {@link BrowserDrafts}) and is sent when the editor opens again.
 */
final class SaveRetries {

    static final List<Duration> DELAYS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(15), Duration.ofSeconds(30));

    private final Consumer<Duration> schedule;
    private final Set<RowState> waiting = new LinkedHashSet<>();
    private int attempt;
    private boolean scheduled;

    SaveRetries(Consumer<Duration> schedule) {
        this.schedule = schedule;
    }

    /** Asks the view's element in the browser to call {@code retrySaves()} after the delay. */
    static SaveRetries inBrowser(Element view) {
        return new SaveRetries(delay -> view.executeJs(
                "const view = this; setTimeout(() => { if (view.isConnected) view.$server.retrySaves(); }, $0);",
                delay.toMillis()));
    }

    /** The row's save failed for a reason that may pass: try again later. */
    void failed(RowState row) {
        waiting.add(row);
        if (!scheduled) {
            scheduled = true;
            schedule.accept(DELAYS.get(attempt));
        }
    }

    /** The row was saved, refused for good, or met a conflict: no longer ours to retry. */
    void settled(RowState row) {
        waiting.remove(row);
        if (waiting.isEmpty()) {
            attempt = 0;
        }
    }

    boolean waiting(RowState row) {
        return waiting.contains(row);
    }

    /** The time is up: every waiting row is saved again; those that fail again wait for the next, longer delay. */
    void due(Consumer<RowState> save) {
        if (!scheduled) {
            return; // a call the server did not ask for
        }
        scheduled = false;
        attempt = Math.min(attempt + 1, DELAYS.size() - 1);
        for (RowState row : List.copyOf(waiting)) {
            waiting.remove(row);
            save.accept(row);
        }
        if (waiting.isEmpty()) {
            attempt = 0;
        }
    }
}
