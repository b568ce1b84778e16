package org.interlinea.editor.ui;

import com.vaadin.flow.dom.Element;
import org.interlinea.editor.PresenceService;

/**
 * The browser says every {@link PresenceService#ALIVE_EVERY} that the editor is still open, by calling the
 * view's {@code alive()}; a closed tab stops, and presence lets it go (its UI would otherwise linger until
 * the session expires). A worker's timer, because a hidden tab's own timers are slowed to once a minute.
 */
final class KeepAlive {

    private KeepAlive() {
    }

    static void start(Element view) {
        view.executeJs("""
                const view = this, every = $0;
                let worker = null, timer = null;
                const stop = () => { if (worker) worker.terminate(); if (timer) clearInterval(timer); };
                const beat = () => { if (view.isConnected) { view.$server.alive(); } else { stop(); } };
                try {
                  const code = 'setInterval(() => postMessage(0), ' + every + ');';
                  worker = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));
                  worker.onmessage = beat;
                } catch (e) {
                  timer = setInterval(beat, every);
                }""", PresenceService.ALIVE_EVERY.toMillis());
    }
}
