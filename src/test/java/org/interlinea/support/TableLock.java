package org.interlinea.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Holds an exclusive lock on a table from a connection of its own until closed: what a sync is doing when it
 * needs that table then waits, so a test can look at a run while it is under way.
 */
public final class TableLock implements AutoCloseable {

    private final Connection connection;

    public TableLock(DataSource dataSource, String table) {
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("lock table " + table + " in exclusive mode");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
