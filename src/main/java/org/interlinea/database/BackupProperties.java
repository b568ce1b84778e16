package org.interlinea.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional daily backup: {@code interlinea.backup.dir} turns it on; {@code cron} says when (03:30 by
 * default, server time); {@code keep} how many of the newest backups stay (older ones are deleted).
 */
@ConfigurationProperties("interlinea.backup")
record BackupProperties(@Nullable Path dir, @DefaultValue("0 30 3 * * *") @Nullable String cron,
        @DefaultValue("7") int keep) {

    BackupProperties {
        cron = cron == null || cron.isBlank() ? "0 30 3 * * *" : cron;
        keep = keep <= 0 ? 7 : keep;
    }
}
