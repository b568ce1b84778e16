package org.interlinea.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash (kill -9, power loss) the embedded server leaves {@code postmaster.pid} behind, and
 * sometimes an orphaned server still running on the data folder. Either stops the next start, so we
 * clear them first: an orphan of ours is shut down, a lock naming a dead process is removed.
 */
final class StalePostmasterLock {

    private static final Logger log = LoggerFactory.getLogger(StalePostmasterLock.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private StalePostmasterLock() {
    }

    static void clear(Path pgData) {
        Path lock = pgData.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        try {
            Optional<Long> pid = readPid(lock);
            Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (process.isPresent() && isPostgresOn(process.get(), pgData)) {
                log.warn("An orphaned PostgreSQL (pid {}) from an earlier run still holds {}; shutting it down",
                        pid.get(), pgData);
                stop(process.get());
            }
            if (Files.deleteIfExists(lock)) {
                log.warn("Removed the stale PostgreSQL lock {} left by a crash", lock);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear the stale PostgreSQL lock " + lock + ": " + e.getMessage(), e);
        }
    }

    /**
     * The port of a server of ours that is running on the data folder now (the app's), read from its lock
     * file, so a backup talks to it instead of starting, or stopping, a server there.
     */
    static Optional<Integer> runningPort(Path pgData) {
        Path lock = pgData.resolve("postmaster.pid");
        try {
            if (!Files.exists(lock)) {
                return Optional.empty();
            }
            Optional<ProcessHandle> process = readPid(lock).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
            if (process.isEmpty() || !isPostgresOn(process.get(), pgData) || lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> readPid(Path lock) throws IOException {
        List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOn(ProcessHandle process, Path pgData) {
        String command = process.info().commandLine().orElse("");
        if (command.isEmpty()) {
            // Another user's process (info hidden) cannot be ours: PostgreSQL runs as our user.
            command = readProcCmdline(process.pid());
        }
        return command.contains("postgres") && command.contains(pgData.toString());
    }

    private static String readProcCmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void stop(ProcessHandle process) {
        // SIGTERM is PostgreSQL's "smart" shutdown; the clients of the crashed run are gone already.
        process.destroy();
        try {
            process.onExit().get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL pid {} did not stop in {} s; killing it", process.pid(), SHUTDOWN_WAIT.toSeconds());
            process.destroyForcibly();
        }
    }
}
