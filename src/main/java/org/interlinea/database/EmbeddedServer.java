package org.interlinea.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * Starts the embedded PostgreSQL in a data directory: for the app (through {@link EmbeddedPostgresConfiguration})
 * and for the command-line backup and restore, so it knows nothing of Spring.
 *
 * <p>The server runs with production settings, not zonky's test defaults: fsync and synchronous commit on
 * (zonky starts with {@code -F} and {@code synchronous_commit=off}; a later {@code -c fsync=on} wins),
 * listening on the loopback only, and every connection, local socket included, needs the password
 * (scram-sha-256) kept in the data directory. A new cluster gets its password from initdb itself, so it
 * never trusts anyone; an older trusting cluster is given one at its first start with this code.
 */
public final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** The archives zonky's binaries jars hold (one per platform); the slim build has none of them. */
    private static final List<String> BINARIES = List.of("postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz",
            "postgres-darwin-x86_64.txz", "postgres-darwin-arm_64.txz", "postgres-windows-x86_64.txz",
            "postgres-linux-x86_64-alpine_linux.txz");

    /** The running server and its password (read once: the data dir may be a random path per resolution). */
    public record EmbeddedDatabase(EmbeddedPostgres server, String password) implements AutoCloseable {

        public Connection connect() throws SQLException {
            return EmbeddedServer.connect(server.getPort(), password);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private EmbeddedServer() {
    }

    /** A connection to an embedded server of ours on this machine. */
    static Connection connect(int port, String password) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("postgres");
        ds.setUser("postgres");
        ds.setPassword(password);
        return ds.getConnection();
    }

    public static EmbeddedDatabase start(Path dataDir) {
        if (!hasBinaries()) {
            throw new EmbeddedBinariesMissing();
        }
        Path root = dataDir.toAbsolutePath().normalize();
        Path pgData = root.resolve("postgres");
        StalePostmasterLock.clear(pgData);
        long start = System.nanoTime();
        Path initPasswordFile = root.resolve(".initdb-password");
        try {
            String password = EmbeddedPassword.loadOrCreate(root);
            boolean newCluster = !Files.exists(pgData.resolve("postgresql.conf"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", password);
            if (newCluster) {
                Files.deleteIfExists(initPasswordFile);
                EmbeddedPassword.writeOwnerOnly(initPasswordFile, password);
                // initdb's options: these come after zonky's "-A trust" and so replace it
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initPasswordFile.toString());
            }
            EmbeddedPostgres postgres = builder.start();
            if (!newCluster) {
                ClientAuthentication.requirePassword(postgres, pgData, password);
            }
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(), pgData, (System.nanoTime() - start) / 1_000_000);
            return new EmbeddedDatabase(postgres, password);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + pgData + ": "
                    + rootMessage(e) + ". If this runs as root where 'unshare' is unavailable, PostgreSQL refuses"
                    + " to start (initdb cannot be run as root): run as a normal user, or set"
                    + " SPRING_DATASOURCE_URL to a PostgreSQL server. If the password file "
                    + root.resolve(EmbeddedPassword.FILE_NAME) + " was lost, restore it with the data directory.", e);
        } finally {
            try {
                Files.deleteIfExists(initPasswordFile);
            } catch (IOException e) {
                log.warn("Could not remove {}: {}", initPasswordFile, e.getMessage());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        return NestedExceptionUtils.getMostSpecificCause(e).getMessage();
    }

    /** Whether this build carries PostgreSQL binaries for any platform (the slim build leaves them out). */
    static boolean hasBinaries() {
        ClassLoader loader = EmbeddedServer.class.getClassLoader();
        return BINARIES.stream().anyMatch(name -> loader.getResource(name) != null);
    }
}
