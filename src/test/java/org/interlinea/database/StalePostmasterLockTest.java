package org.interlinea.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterLockTest {

    @TempDir
    Path pgData;

    @Test
    void removesALockLeftByADeadProcess() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path lock = pgData.resolve("postmaster.pid");
        Files.writeString(lock, dead.pid() + "\n" + pgData + "\n1700000000\n5432\n");

        StalePostmasterLock.clear(pgData);

        assertThat(lock).doesNotExist();
    }

    @Test
    void leavesALiveProcessThatIsNotOurPostgresAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Path lock = pgData.resolve("postmaster.pid");
            Files.writeString(lock, sleeper.pid() + "\n" + pgData + "\n");

            StalePostmasterLock.clear(pgData);

            assertThat(sleeper.isAlive()).as("an unrelated process is never killed").isTrue();
            assertThat(lock).doesNotExist();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void nothingToDoWithoutALock() {
        StalePostmasterLock.clear(pgData);

        assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
    }
}
