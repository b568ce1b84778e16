package org.interlinea.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a cluster made by an earlier version (initdb with {@code -A trust}) into one that asks every client
 * for the password: sets the password, then replaces {@code pg_hba.conf} and reloads it.
 */
final class ClientAuthentication {

    private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);

    static final String HBA = """
            # Written by Interlinea: every connection needs the password in ../postgres-password.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private ClientAuthentication() {
    }

    static void requirePassword(EmbeddedPostgres postgres, Path pgData, String password) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        if (Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            // a password of ours only (base64url), so quoting it as a literal is safe
            st.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            st.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the database password: " + e.getMessage(), e);
        }
        log.info("The embedded PostgreSQL in {} now requires its password for every connection", pgData);
    }
}
