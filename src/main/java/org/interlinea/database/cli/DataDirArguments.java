package org.interlinea.database.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** {@code --data-dir DIR} and a file, given either after {@code fileOption} or as the one plain argument. */
record DataDirArguments(Path dataDir, Path file) {

    /** The arguments, or null when they do not fit (the command prints its usage). */
    static @Nullable DataDirArguments parse(String[] args, @Nullable String fileOption) {
        String dataDir = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = args[++i];
            } else if (fileOption != null && args[i].equals(fileOption) && i + 1 < args.length) {
                file = args[++i];
            } else if (fileOption == null && !args[i].startsWith("--") && file == null) {
                file = args[i];
            } else {
                return null;
            }
        }
        return dataDir == null || file == null ? null : new DataDirArguments(Path.of(dataDir), Path.of(file));
    }
}
