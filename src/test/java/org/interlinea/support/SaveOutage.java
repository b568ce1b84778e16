package org.interlinea.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes every write of a translation fail in PostgreSQL itself (a trigger that raises), as an outage would,
 * until {@link #end}: the app's real save path meets a real database error, and no hook in the app is needed.
 */
public final class SaveOutage {

    private SaveOutage() {
    }

    public static void start(JdbcClient jdbc) {
        jdbc.sql("""
                create or replace function test_translation_outage() returns trigger language plpgsql as $$
                begin raise exception 'simulated outage: translations cannot be written'; end $$""").update();
        jdbc.sql("drop trigger if exists test_translation_outage on translation").update();
        jdbc.sql("""
                create trigger test_translation_outage before insert or update on translation
                for each row execute function test_translation_outage()""").update();
    }

    public static void end(JdbcClient jdbc) {
        jdbc.sql("drop trigger if exists test_translation_outage on translation").update();
    }
}
