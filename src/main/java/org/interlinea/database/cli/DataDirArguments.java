package org.interlinea.database.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interlinea.cli.Arguments;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.jspecify.annotations.Nullable;

/** {@code --data-dir DIR} and a file, given either after {@code --out} (backup) or as the one plain argument (restore). */
record DataDirArguments(Path dataDir, Path file) {

    /** What {@code restore} takes: the file is the one plain argument. */
    static class Given {
        @Option(names = "--data-dir")
        @Nullable String dataDir;

        @Parameters
        List<String> files = new ArrayList<>();

        @Nullable String file() {
            return files.size() == 1 ? files.get(0) : null;
        }
    }

    /** What {@code backup} takes: the file after --out, and no plain argument. */
    static final class Out extends Given {
        @Option(names = "--out")
        @Nullable String out;

        @Override
        @Nullable String file() {
            return files.isEmpty() ? out : null;
        }
    }

    /** The arguments, or null when they do not fit (the command prints its usage). */
    static @Nullable DataDirArguments parse(String[] args, boolean out) {
        Given given;
        try {
            given = Arguments.parse(out ? new Out() : new Given(), args);
        } catch (Arguments.UsageException e) {
            return null;
        }
        String file = given.file();
        return given.dataDir == null || file == null ? null : new DataDirArguments(Path.of(given.dataDir), Path.of(file));
    }
}
