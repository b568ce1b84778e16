package org.interlinea.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Okapi's HTML filter takes time that grows with the square of the nesting depth, inside one call that returns no
 * event until it is done. Interrupting the reading thread stops it at the next tag, so a sync can abandon a page
 * whose time ran out instead of keeping a worker busy for minutes.
 */
class InterruptedReadingTest {

    @Test
    void anInterruptStopsTheFilterAndSaysSo() throws InterruptedException {
        int depth = 100_000; // minutes of reading if nothing stopped it
        byte[] page = ("<html><body><p>Before.</p>" + "<div>".repeat(depth) + "<p>Inside.</p>"
                + "</div>".repeat(depth) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                HtmlDocuments.extract(page, "en");
            } catch (Throwable e) {
                outcome.set(e);
            }
        });

        reader.start();
        Thread.sleep(500);
        reader.interrupt();
        reader.join();

        assertThat(outcome.get()).isInstanceOf(CancellationException.class)
                .hasMessageContaining("stopped");
    }

    @Test
    void aPageReadWithoutInterruptIsWhole() {
        byte[] page = "<html><body><p>One. Two.</p><div><p>Three.</p></div></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(HtmlDocuments.extract(page, "en").segments()).extracting(Segment::text)
                .containsExactly("One.", "Two.", "Three.");
    }
}
