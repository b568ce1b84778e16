package org.interlinea.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as the app starts it: durable (fsync, synchronous commit), on the loopback only, and
 * closed to any connection without the password kept in the data directory; an older cluster that trusted
 * every local connection is closed at its next start, with its data kept.
 */
class EmbeddedPostgresSecurityTest {

    @TempDir
    Path dataDir;

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgres pg, String password) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        return password == null ? DriverManager.getConnection(url + "?user=postgres")
                : DriverManager.getConnection(url, "postgres", password);
    }

    @Test
    void aNewServerIsDurableLocalAndNeedsThePassword() throws Exception {
        try (EmbeddedServer.EmbeddedDatabase db = EmbeddedServer.start(dataDir)) {
            EmbeddedPostgres pg = db.server();
            Path file = dataDir.resolve(EmbeddedPassword.FILE_NAME);
            String password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(dataDir.resolve(".initdb-password")).doesNotExist();

            try (Connection c = connect(pg, password)) {
                assertThat(show(c, "fsync")).isEqualTo("on");
                assertThat(show(c, "synchronous_commit")).isEqualTo("on");
                assertThat(show(c, "full_page_writes")).isEqualTo("on");
                assertThat(show(c, "listen_addresses")).isEqualTo("localhost");
            }
            assertThatThrownBy(() -> connect(pg, null).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(pg, "guess").close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        // a restart reads the same password back
        try (EmbeddedServer.EmbeddedDatabase db = EmbeddedServer.start(dataDir);
             Connection c = connect(db.server(), Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip())) {
            assertThat(show(c, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aClusterThatTrustedEveryoneIsClosedAndKeepsItsData() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false)
                .start(); Connection c = connect(old, null); Statement st = c.createStatement()) {
            st.execute("create table kept (word text)");
            st.execute("insert into kept values ('слово')");
        }

        try (EmbeddedServer.EmbeddedDatabase db = EmbeddedServer.start(dataDir)) {
            EmbeddedPostgres pg = db.server();
            assertThatThrownBy(() -> connect(pg, null).close()).isInstanceOf(SQLException.class);
            String password = Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip();
            try (Connection c = connect(pg, password); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select word from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("слово");
            }
        }
    }
}
