package org.interlinea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature, and only that feature's classes run SQL on it; other features use the
 * owner's public API or react to its events. Reads the main sources' string literals (SQL lives in text
 * blocks and strings), so it also sees SQL that ArchUnit's class dependencies cannot.
 */
class TableOwnershipTest {

    /** Table -> owning feature (the package under org.interlinea). Every migration's table must be here. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("page", "content"), Map.entry("document", "content"), Map.entry("sync_run", "content"),
            Map.entry("sync_run_page", "content"), Map.entry("sync_problem", "content"),
            Map.entry("app_user", "security"),
            Map.entry("segment", "document"), Map.entry("segmentation", "document"),
            Map.entry("translation", "translation"), Map.entry("translation_history", "translation"),
            Map.entry("tm_entry", "tm"),
            Map.entry("publication", "publish"), Map.entry("published_segment", "publish"),
            Map.entry("alignment", "alignment"), Map.entry("aligned_sentence", "alignment"),
            Map.entry("alignment_bead", "alignment"), Map.entry("alignment_change", "alignment"),
            Map.entry("availability", "coverage"), Map.entry("language_status_count", "coverage"),
            Map.entry("coverage_total", "coverage"));

    /**
     * SQL on another feature's table that is still to move behind the owner's API, as "Class -> table".
     * Shrink this list; never grow it: a new entry means a new feature reaching into someone else's table.
     */
    static final Set<String> REMAINING = Set.of(
            // Coverage's read model: availability is counted for any number of pages in one set-based statement
            // over pages, documents, segments, translations and published texts. Publications already come
            // through publish's Publications port; the per-segment rest needs database views owned by each
            // feature, or events feeding coverage's own copy (V15), to go the same way without N queries.
            "AvailabilityService -> document", "AvailabilityService -> page",
            "AvailabilityService -> published_segment", "AvailabilityService -> segment",
            "AvailabilityService -> segmentation", "AvailabilityService -> translation",
            // the coverage matrix filters, sorts and pages through pages by title, priority and date in SQL
            "CoverageService -> page");

    private static final Path MAIN = Path.of("src/main/java/org/interlinea");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|using|table)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE = Pattern.compile("create table\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(OWNERS.keySet()).containsAll(tables);
    }

    @Test
    void sqlOnATableLivesOnlyInItsOwner() throws IOException {
        Set<String> found = sqlOutsideOwners();
        assertThat(found).as("SQL on a table outside its owning feature (use the owner's API or events)")
                .isSubsetOf(REMAINING);
        Set<String> fixed = new TreeSet<>(REMAINING);
        fixed.removeAll(found);
        assertThat(fixed).as("fixed violations: take them off REMAINING").isEmpty();
    }

    static Set<String> sqlOutsideOwners() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                String name = file.getFileName().toString().replace(".java", "");
                Matcher literal = LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher table = TABLE.matcher(text);
                    while (table.find()) {
                        String owner = OWNERS.get(table.group(1).toLowerCase());
                        if (owner != null && !owner.equals(feature)) {
                            found.add(name + " -> " + table.group(1).toLowerCase());
                        }
                    }
                }
            }
        }
        return found;
    }
}
