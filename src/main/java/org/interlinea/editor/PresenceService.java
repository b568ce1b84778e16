package org.interlinea.editor;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who has which page open, and which segments they saved, across app nodes, with PostgreSQL
 * {@code LISTEN/NOTIFY} and no broker. Each node listens on one dedicated connection; an open editor
 * announces itself, beats every {@link #HEARTBEAT} and says goodbye; a session not heard of for
 * {@link #EXPIRY} (a node that died) is dropped. Every node learns the state from the notifications
 * alone, its own included.
 * <p>
 * A browser tab that is closed says no goodbye: its server-side UI lives on until the HTTP session expires
 * (half an hour). So a local editor only beats while its browser keeps calling {@link Presence#alive()};
 * one not alive for {@link #EXPIRY} is closed here, and the others hear of it within a minute.
 */
@Service
public class PresenceService implements SmartLifecycle {

    static final String CHANNEL = "interlinea_presence";
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration EXPIRY = Duration.ofSeconds(35);
    /** How often an open editor's browser says it is still there. */
    public static final Duration ALIVE_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    /** Spring's scheduler: a beat that throws (the database away) is logged and the next one still runs. */
    private final TaskScheduler scheduler;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Sessions anywhere, as heard: session id to last message and when. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    /** Editors open on this node. */
    private final Map<String, Subscriber> local = new ConcurrentHashMap<>();
    private volatile boolean running;
    private @Nullable Thread listener;
    private @Nullable ScheduledFuture<?> heartbeat;

    PresenceService(DataSource dataSource, JdbcClient jdbc, Clock clock, TaskScheduler scheduler) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    private record Seen(PresenceMessage message, Instant at) {
    }

    private static final class Subscriber {
        final String user;
        final long pageId;
        final String language;
        final Consumer<EditorEvent> listener;
        /** When its browser last showed it is still open. */
        volatile Instant alive;

        Subscriber(String user, long pageId, String language, Consumer<EditorEvent> listener, Instant alive) {
            this.user = user;
            this.pageId = pageId;
            this.language = language;
            this.listener = listener;
            this.alive = alive;
        }
    }

    /** An open editor; close it when the editor closes. */
    public interface Presence extends AutoCloseable {
        String session();

        /** The editor's browser is still there (call it more often than every {@link #EXPIRY}). */
        void alive();

        @Override
        void close();
    }

    /** Announces an editor of a page and language; {@code listener} hears others' presence and saves. */
    public Presence join(long pageId, String language, String user, Consumer<EditorEvent> listener) {
        String session = UUID.randomUUID().toString();
        Subscriber subscriber = new Subscriber(user, pageId, language, listener, clock.instant());
        local.put(session, subscriber);
        send(new PresenceMessage(PresenceMessage.Kind.OPEN, session, user, pageId, language, 0, 0, 0));
        return new Presence() {
            private volatile boolean closed;

            @Override
            public String session() {
                return session;
            }

            @Override
            public void alive() {
                subscriber.alive = clock.instant();
                // Back after being taken for gone (a laptop that slept): announce it again.
                if (!closed && local.putIfAbsent(session, subscriber) == null) {
                    send(new PresenceMessage(PresenceMessage.Kind.OPEN, session, user, pageId, language, 0, 0, 0));
                }
            }

            @Override
            public void close() {
                closed = true;
                if (local.remove(session) != null) {
                    send(new PresenceMessage(PresenceMessage.Kind.CLOSE, session, user, pageId, language, 0, 0, 0));
                }
            }
        };
    }

    /** Tells every editor of the page that a segment was saved (after the save committed). */
    public void segmentSaved(@Nullable String session, String user, long pageId, String language, long segmentId,
                             int position, int version) {
        send(new PresenceMessage(PresenceMessage.Kind.SAVED, session == null ? "" : session, user, pageId, language,
                segmentId, position, version));
    }

    /** Who else has the page open in this language (distinct names, sorted). */
    public List<String> others(long pageId, String language, String session) {
        Instant cutoff = clock.instant().minus(EXPIRY);
        return seen.entrySet().stream()
                .filter(e -> !e.getKey().equals(session))
                .filter(e -> e.getValue().at().isAfter(cutoff))
                .map(e -> e.getValue().message())
                .filter(m -> m.pageId() == pageId && m.language().equals(language))
                .map(PresenceMessage::user).distinct().sorted().toList();
    }

    private void send(PresenceMessage message) {
        try {
            jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL)
                    .param("payload", json.writeValueAsString(message)).query(Object.class).optional();
        } catch (RuntimeException e) {
            log.warn("Could not notify {}: {}", CHANNEL, e.getMessage());
        }
    }

    void receive(String payload) {
        PresenceMessage message;
        try {
            message = json.readValue(payload, PresenceMessage.class);
        } catch (RuntimeException e) {
            log.warn("Ignoring a malformed presence message: {}", payload);
            return;
        }
        boolean changed = switch (message.kind()) {
            case OPEN -> seen.put(message.session(), new Seen(message, clock.instant())) == null;
            case HEARTBEAT -> seen.put(message.session(), new Seen(message, clock.instant())) == null;
            case CLOSE -> seen.remove(message.session()) != null;
            case SAVED -> false;
        };
        for (var entry : local.entrySet()) {
            Subscriber s = entry.getValue();
            if (s.pageId != message.pageId() || !s.language.equals(message.language())
                    || entry.getKey().equals(message.session())) {
                continue;
            }
            EditorEvent event = message.kind() == PresenceMessage.Kind.SAVED
                    ? new EditorEvent.SegmentSaved(message.segmentId(), message.position(), message.user(), message.version())
                    : changed ? new EditorEvent.Present(others(s.pageId, s.language, entry.getKey())) : null;
            if (event != null) {
                deliver(s, event);
            }
        }
    }

    private void deliver(Subscriber subscriber, EditorEvent event) {
        try {
            subscriber.listener.accept(event);
        } catch (RuntimeException e) {
            log.debug("An editor's listener failed", e);
        }
    }

    /** Beats for the local editors whose browsers are still there, closes the others, forgets the silent. */
    void beat() {
        Instant cutoff = clock.instant().minus(EXPIRY);
        local.forEach((session, s) -> {
            if (!s.alive.isBefore(cutoff)) {
                send(new PresenceMessage(PresenceMessage.Kind.HEARTBEAT, session, s.user, s.pageId, s.language, 0, 0, 0));
            } else if (local.remove(session, s)) {
                log.debug("Editor {} of {} gave no sign of life since {}: closed", session, s.user, s.alive);
                send(new PresenceMessage(PresenceMessage.Kind.CLOSE, session, s.user, s.pageId, s.language, 0, 0, 0));
            }
        });
        boolean expired = seen.values().removeIf(v -> v.at().isBefore(cutoff));
        if (expired) {
            local.forEach((session, s) -> deliver(s, new EditorEvent.Present(others(s.pageId, s.language, session))));
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            receive(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Presence listener lost its connection, reconnecting: {}", e.getMessage());
                    sleep(2000);
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("presence-listener").start(this::listen);
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, scheduler.getClock().instant().plus(HEARTBEAT),
                HEARTBEAT);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (listener != null) {
            try {
                listener.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
