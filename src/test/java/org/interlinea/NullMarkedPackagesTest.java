package org.interlinea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says its types are non-null unless marked ({@code @NullMarked} in its {@code package-info.java}),
 * so a new package does not quietly drop out of the null-safety contract.
 */
class NullMarkedPackagesTest {

    @Test
    void everyPackageIsNullMarked() throws IOException {
        Path root = Path.of("src/main/java");
        List<Path> unmarked;
        try (Stream<Path> files = Files.walk(root)) {
            unmarked = files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .filter(dir -> !nullMarked(dir.resolve("package-info.java")))
                    .map(root::relativize).sorted().toList();
        }
        assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
    }

    private static boolean nullMarked(Path packageInfo) {
        try {
            return Files.exists(packageInfo) && Files.readString(packageInfo).contains("@NullMarked");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
