package org.interlinea.database.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import org.interlinea.cli.CommandLine;
import org.interlinea.database.DatabaseBackup;

/** {@code restore --data-dir DIR FILE}: a backup into a new data directory (an existing database is never touched). */
public final class RestoreCommand implements CommandLine.Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore --data-dir DIR FILE          restore a backup into a new, empty data directory";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        DataDirArguments a = DataDirArguments.parse(args, false);
        if (a == null) {
            err.println("usage: " + usage());
            return 2;
        }
        try {
            DatabaseBackup.Summary summary = DatabaseBackup.restore(a.file(), a.dataDir());
            out.printf("Restored %d rows of %d tables (schema version %s) into %s%n", summary.totalRows(),
                    summary.rows().size(), summary.schemaVersion(), a.dataDir());
            return 0;
        } catch (IOException | SQLException e) {
            err.println("interlinea restore: " + e.getMessage());
            return 1;
        }
    }
}
