package org.interlinea.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL advisory lock that keeps two app nodes from syncing at once. A run lasts many transactions, so
 * the lock is a session lock on a connection of its own, held from start to end: if the node dies, PostgreSQL
 * drops the connection and with it the lock, and the run's unfinished row tells the next start to resume it.
 */
final class SyncLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SyncLock.class);
    private static final long KEY = 0x1A7E_511EL;

    private final Connection connection;

    private SyncLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or empty when another node (or this one) holds it. */
    static Optional<SyncLock> tryAcquire(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (call(connection, "select pg_try_advisory_lock(?)")) {
                return Optional.of(new SyncLock(connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot take the sync lock: " + e.getMessage(), e);
        }
    }

    /** Whether any node holds the lock now: a sync is running somewhere. */
    static boolean held(JdbcClient jdbc) {
        // A bigint key shows in pg_locks as its high and low 32 bits.
        return jdbc.sql("""
                        select exists (select 1 from pg_locks where locktype = 'advisory' and granted
                                         and classid::bigint = :high and objid::bigint = :low and objsubid = 1)""")
                .param("high", KEY >>> 32).param("low", KEY & 0xFFFF_FFFFL).query(Boolean.class).single();
    }

    @Override
    public void close() {
        try {
            call(connection, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            log.warn("Could not release the sync lock (closing its connection releases it): {}", e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the sync lock's connection: {}", e.getMessage());
            }
        }
    }
}
