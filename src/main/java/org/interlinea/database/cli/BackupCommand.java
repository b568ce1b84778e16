package org.interlinea.database.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import org.interlinea.cli.CommandLine;
import org.interlinea.database.DatabaseBackup;

/** {@code backup --data-dir DIR --out FILE}: a consistent backup of the embedded database, the app running or not. */
public final class BackupCommand implements CommandLine.Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup --data-dir DIR --out FILE     back up the embedded database (while the app runs, too)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        DataDirArguments a = DataDirArguments.parse(args, true);
        if (a == null) {
            err.println("usage: " + usage());
            return 2;
        }
        try {
            DatabaseBackup.Summary summary = DatabaseBackup.writeDataDir(a.dataDir(), a.file(), Clock.systemUTC());
            out.printf("Backed up %d rows of %d tables (schema version %s) to %s%n", summary.totalRows(),
                    summary.rows().size(), summary.schemaVersion(), a.file());
            return 0;
        } catch (IOException | SQLException e) {
            err.println("interlinea backup: " + e.getMessage());
            return 1;
        }
    }
}
