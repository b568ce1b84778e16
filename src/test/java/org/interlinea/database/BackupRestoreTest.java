package org.interlinea.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.interlinea.content.ContentSyncService;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.ContentFolderTest;
import org.interlinea.support.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A backup of the running app's database, restored into a new data directory, holds the same rows. */
class BackupRestoreTest extends ContentFolderTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    ContentSyncService sync;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    /** Every table's row count and a digest of its rows, in one snapshot. */
    private static Map<String, String> contents(Connection c) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet tables = st.executeQuery("""
                select table_name from information_schema.tables where table_schema = 'public'
                and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1""")) {
            var names = new java.util.ArrayList<String>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery(
                        "select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \""
                                + table + "\" t")) {
                    rs.next();
                    contents.put(table, rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        return contents;
    }

    private static long count(Map<String, String> contents, String table) {
        return Long.parseLong(contents.get(table).split(" ")[0]);
    }

    @Test
    void everyRowComesBackInANewDataDirectory() throws Exception {
        content.clear();
        Database.clear(jdbc);
        String body = "<p>Rivers are roads here. Everyone knows the water.</p><p>We have twelve boats.</p>";
        content.write("en", "rivers", ContentFixture.page("en", "Rivers", "2026-01-10", 3, body));
        content.write("ru", "rivers", ContentFixture.page("ru", "Реки", "2026-01-10", 3,
                "<p>Реки здесь дороги. Все знают воду.</p><p>У нас двенадцать лодок.</p>"));
        sync.syncAndWait("test");

        Map<String, String> before;
        Path file = dir.resolve("interlinea.backup");
        DatabaseBackup.Summary summary;
        try (Connection c = dataSource.getConnection()) {
            before = contents(c);
            summary = DatabaseBackup.write(c, file,
                    Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC));
        }
        assertThat(count(before, "page")).isPositive();
        assertThat(count(before, "segment")).isPositive();
        assertThat(count(before, "translation")).isPositive();
        assertThat(count(before, "tm_entry")).isPositive();
        assertThat(count(before, "app_user")).isPositive();
        assertThat(summary.rows()).containsEntry("page", count(before, "page"));
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.Properties manifest = new java.util.Properties();
            manifest.load(zip.getInputStream(zip.getEntry("backup.properties")));
            assertThat(manifest.getProperty("created-at")).as("dated by the injected clock")
                    .isEqualTo("2026-03-04T05:06:07Z");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("interlinea.backup");
        }

        Path restored = dir.resolve("restored");
        DatabaseBackup.Summary back = DatabaseBackup.restore(file, restored);
        assertThat(back.rows()).isEqualTo(summary.rows());
        try (EmbeddedServer.EmbeddedDatabase db = EmbeddedServer.start(restored); Connection c = db.connect()) {
            assertThat(contents(c)).isEqualTo(before);
            // sequences go on where they were: a new page gets a fresh id
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select nextval(pg_get_serial_sequence('page', 'id')) > (select max(id) from page)")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }

        // an existing database is never overwritten
        assertThatThrownBy(() -> DatabaseBackup.restore(file, restored)).isInstanceOf(IOException.class)
                .hasMessageContaining("already holds a database");
    }

    @Autowired
    ScheduledBackup scheduled;

    @Test
    void theDailyBackupKeepsTheNewestOnly() throws Exception {
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        for (int day = 1; day <= 9; day++) {
            Files.writeString(backups.resolve("interlinea-202611%02d-033000.backup".formatted(day)), "old");
        }
        Files.writeString(backups.resolve("notes.txt"), "not ours");

        Path written = scheduled.backUpNow(backups);

        try (var files = Files.list(backups)) {
            // keep = 7 by default: the new one and the six newest old ones, and what is not a backup
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).hasSize(8)
                    .contains(written.getFileName().toString(), "notes.txt", "interlinea-20261109-033000.backup")
                    .doesNotContain("interlinea-20261103-033000.backup");
        }
        assertThat(Files.size(written)).isPositive();
    }

    @Test
    void somethingThatIsNotABackupIsRefusedAndLeavesNothingBehind() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> DatabaseBackup.restore(notABackup, target)).isInstanceOf(IOException.class);
        assertThat(target.resolve("postgres")).doesNotExist();
    }
}
