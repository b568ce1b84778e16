package org.interlinea.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily backup, when {@code interlinea.backup.dir} is set: a {@link DatabaseBackup} of whatever database
 * the app uses (embedded or external: COPY works on both), named by its time, the oldest beyond
 * {@code keep} deleted only after a new one was written.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledBackup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'interlinea-'yyyyMMdd-HHmmss'.backup'")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;

    ScheduledBackup(DataSource dataSource, BackupProperties properties, ObjectProvider<Clock> clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "#{@'interlinea.backup-org.interlinea.database.BackupProperties'.cron()}")
    void daily() {
        if (properties.dir() == null) {
            return;
        }
        try {
            Path written = backUpNow(properties.dir());
            log.info("Daily backup written to {}", written);
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("The daily backup into {} failed: {}", properties.dir(), e.getMessage(), e);
        }
    }

    /** Writes one backup into {@code dir} and keeps the newest {@code keep} there. */
    Path backUpNow(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Path file = dir.resolve(NAME.format(clock.instant()));
        try (Connection c = dataSource.getConnection()) {
            DatabaseBackup.write(c, file, clock);
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().matches("interlinea-\\d{8}-\\d{6}\\.backup"))
                    .sorted().toList();
        }
        for (Path old : backups.subList(0, Math.max(0, backups.size() - properties.keep()))) {
            Files.deleteIfExists(old);
        }
        return file;
    }
}
