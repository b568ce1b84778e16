package org.interlinea.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the tables between tests that share one embedded PostgreSQL. */
public final class Database {

    private Database() {
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate page, document, availability, sync_problem, sync_run restart identity cascade").update();
    }
}
