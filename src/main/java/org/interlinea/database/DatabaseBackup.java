package org.interlinea.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of the whole database through a connection, as a zip: {@code backup.properties} (format,
 * schema version, row counts, sequence values) and one file per table in PostgreSQL's COPY text format.
 * The embedded binaries have no {@code pg_dump}, so the server's own COPY does the work; it streams, so
 * neither side holds a table in memory. Everything is read in one repeatable-read snapshot, so the tables
 * agree with each other while the app keeps running. Restore migrates a new database to the backup's schema
 * version and copies the rows back with triggers off (the counters are restored as they were).
 */
public final class DatabaseBackup {

    static final int FORMAT = 1;
    private static final String MANIFEST = "backup.properties";

    /** What a backup holds. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private DatabaseBackup() {
    }

    /** {@code clock} dates the backup in its manifest. */
    public static Summary write(Connection c, Path out, Clock clock) throws IOException, SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Properties manifest = new Properties();
            Map<String, Long> rows = new LinkedHashMap<>();
            String version = schemaVersion(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (String table : tables(c)) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    long n = copy.copyOut("COPY public." + quote(table) + " TO STDOUT", new KeepOpen(zip));
                    zip.closeEntry();
                    rows.put(table, n);
                    manifest.setProperty("rows." + table, Long.toString(n));
                }
                for (Map.Entry<String, Long> seq : sequences(c).entrySet()) {
                    manifest.setProperty("sequence." + seq.getKey(), Long.toString(seq.getValue()));
                }
                manifest.setProperty("format", Integer.toString(FORMAT));
                manifest.setProperty("schema-version", version);
                manifest.setProperty("created-at", Instant.now(clock).toString());
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(new KeepOpen(zip), "Interlinea database backup");
                zip.closeEntry();
            }
            c.commit();
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(version, rows);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Restores a backup into a data directory that holds no database yet (an existing one is never
     * overwritten), starting the embedded server there for the time it takes.
     */
    public static Summary restore(Path backup, Path dataDir) throws IOException, SQLException {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        if (Files.exists(pgData.resolve("PG_VERSION"))) {
            throw new IOException(dataDir + " already holds a database; restore into a new data directory"
                    + " (nothing was changed)");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Properties manifest = manifest(zip, backup);
            boolean hadPassword = Files.exists(dataDir.resolve(EmbeddedPassword.FILE_NAME));
            try {
                try (EmbeddedServer.EmbeddedDatabase db = EmbeddedServer.start(dataDir); Connection c = db.connect()) {
                    return restore(zip, manifest, db, c);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                // The database was made here for this restore: remove it, so a second try starts clean.
                deleteTree(pgData);
                if (!hadPassword) {
                    Files.deleteIfExists(dataDir.resolve(EmbeddedPassword.FILE_NAME));
                }
                throw e;
            }
        }
    }

    /**
     * Backs up the embedded database of a data directory: through the app's running server when there is
     * one (its port from the lock file), else by starting the server for the time it takes.
     */
    public static Summary writeDataDir(Path dataDir, Path out, Clock clock) throws IOException, SQLException {
        Path root = dataDir.toAbsolutePath().normalize();
        Path pgData = root.resolve("postgres");
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            throw new IOException(dataDir + " holds no Interlinea database (no postgres/PG_VERSION)");
        }
        var port = StalePostmasterLock.runningPort(pgData);
        if (port.isPresent()) {
            try (Connection c = EmbeddedServer.connect(port.get(), EmbeddedPassword.loadOrCreate(root))) {
                return write(c, out, clock);
            }
        }
        try (EmbeddedServer.EmbeddedDatabase db = EmbeddedServer.start(root); Connection c = db.connect()) {
            return write(c, out, clock);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Summary restore(ZipFile zip, Properties manifest, EmbeddedServer.EmbeddedDatabase db,
                                   Connection c) throws IOException, SQLException {
        String version = manifest.getProperty("schema-version");
        Flyway.configure()
                .dataSource("jdbc:postgresql://localhost:" + db.server().getPort() + "/postgres", "postgres",
                        db.password())
                .locations("classpath:db/migration").target(version).load().migrate();
        c.setAutoCommit(false);
        List<String> tables = tables(c);
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica"); // no triggers, no foreign-key order
            st.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + quote(t)).toList()));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
            if (entry == null) {
                throw new IOException("the backup has no rows for table " + table + "; it is not from this schema");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                long n = copy.copyIn("COPY public." + quote(table) + " FROM STDIN", in);
                long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
                if (n != expected) {
                    throw new IOException("table " + table + ": " + n + " rows restored, the backup says " + expected);
                }
                rows.put(table, n);
            }
        }
        try (Statement st = c.createStatement()) {
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String sequence = key.substring("sequence.".length());
                    st.execute("select setval('public." + quote(sequence).replace("'", "''") + "', "
                            + Long.parseLong(manifest.getProperty(key)) + ")");
                }
            }
        }
        c.commit();
        return new Summary(version, rows);
    }

    private static Properties manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IOException(backup + " is not an Interlinea backup (no " + MANIFEST + ")");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(in);
        }
        if (!Integer.toString(FORMAT).equals(manifest.getProperty("format"))) {
            throw new IOException(backup + " has backup format " + manifest.getProperty("format")
                    + "; this version reads format " + FORMAT);
        }
        return manifest;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!rs.next()) {
                throw new SQLException("the database has no schema yet");
            }
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                order by table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select sequencename, last_value from pg_sequences
                where schemaname = 'public' and last_value is not null order by sequencename""")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), rs.getLong(2));
            }
        }
        return sequences;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The zip's entry stream, which a copy must not close. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
