package org.interlinea.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A closed browser tab says no goodbye, and its UI lingers on the server: presence must still let it go
 * within a minute, while an editor whose browser keeps saying it is there stays. Time is moved by hand.
 */
@DemoCorpusApp
class PresenceExpiryTest {

    private static final long PAGE = 9_042;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskScheduler scheduler;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private PresenceService presence;

    @BeforeEach
    void start() {
        presence = new PresenceService(dataSource, jdbc, clock, scheduler);
        presence.start();
    }

    @AfterEach
    void stop() {
        presence.stop();
    }

    /** The heartbeat shares Spring's scheduler with the daily backup: a running backup must not hold it up. */
    @Test
    void theHeartbeatHasAThreadBesideTheBackup() {
        assertThat(scheduler).isInstanceOfSatisfying(ThreadPoolTaskScheduler.class,
                s -> assertThat(s.getPoolSize()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void aClosedTabLeavesWithinAMinuteAndComesBackWhenItWakes() {
        List<EditorEvent> heardByBen = new CopyOnWriteArrayList<>();
        try (var anna = presence.join(PAGE, "pt", "anna", e -> { });
             var ben = presence.join(PAGE, "pt", "ben", heardByBen::add)) {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> presence.others(PAGE, "pt", ben.session()).equals(List.of("anna")));

            // Anna closes her tab: her browser stops saying it is there; Ben's goes on.
            Duration passed = Duration.ZERO;
            while (passed.compareTo(PresenceService.EXPIRY.plus(PresenceService.HEARTBEAT)) <= 0) {
                clock.advance(PresenceService.HEARTBEAT);
                passed = passed.plus(PresenceService.HEARTBEAT);
                ben.alive();
                presence.beat();
            }
            assertThat(passed).isLessThanOrEqualTo(Duration.ofMinutes(1));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> presence.others(PAGE, "pt", ben.session()).isEmpty());
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> heardByBen.contains(new EditorEvent.Present(List.of())));
            assertThat(presence.others(PAGE, "pt", anna.session())).containsExactly("ben");

            // Her laptop wakes up and the tab speaks again: she is back.
            anna.alive();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> presence.others(PAGE, "pt", ben.session()).equals(List.of("anna")));
        }
    }

    @Test
    void aClosedEditorLeavesAtOnceAndStaysGone() {
        var ben = presence.join(PAGE + 1, "pt", "ben", e -> { });
        try (var anna = presence.join(PAGE + 1, "pt", "anna", e -> { })) {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> presence.others(PAGE + 1, "pt", ben.session()).equals(List.of("anna")));
            anna.close();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> presence.others(PAGE + 1, "pt", ben.session()).isEmpty());
            anna.alive();  // a late ping from a closed editor does not bring it back
            presence.beat();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> presence.others(PAGE + 1, "pt", anna.session())
                    .equals(List.of("ben")));
            assertThat(presence.others(PAGE + 1, "pt", ben.session())).isEmpty();
        } finally {
            ben.close();
        }
    }
}
