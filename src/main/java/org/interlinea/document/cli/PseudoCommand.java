package org.interlinea.document.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.interlinea.cli.Arguments;
import org.interlinea.cli.CommandLine;
import org.interlinea.document.DocumentException;
import org.interlinea.document.ExtractedDocument;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.Segment;

/**
 * {@code pseudo --lang en [--accents] --out DIR FILE.html...}: extracts and merges each page into DIR.
 * Without --accents the pages come out byte-identical (a check of the round trip); with it every
 * translatable Latin letter is accented, which shows on the page what would be translated.
 */
public final class PseudoCommand implements CommandLine.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, true);
        } catch (Arguments.UsageException e) {
            err.println("interlinea pseudo: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        Path dir = Path.of(options.outDir());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println(dir + ": cannot create the output folder (" + e.getMessage() + ")");
            return 1;
        }
        int failed = 0;
        for (String file : options.files()) {
            Path source = Path.of(file);
            try {
                ExtractedDocument doc = HtmlDocuments.extract(Files.readAllBytes(source), options.language());
                Map<Integer, String> translations = new HashMap<>();
                if (options.accents()) {
                    for (Segment segment : doc.segments()) {
                        translations.put(segment.index(), PseudoTranslation.accented(segment.text()));
                    }
                }
                write(dir.resolve(source.getFileName()), doc.merge(translations, null));
                out.println(dir.resolve(source.getFileName()) + ": " + doc.segments().size() + " segments");
            } catch (IOException e) {
                err.println(file + ": cannot read or write the file (" + e.getMessage() + ")");
                failed++;
            } catch (DocumentException e) {
                err.println(file + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** Write then rename, so a reader never sees half a page. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".pseudo-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String name() {
        return "pseudo";
    }

    @Override
    public String usage() {
        return "usage: interlinea pseudo --lang LANG [--accents] --out DIR FILE.html...   extract and merge into DIR";
    }
}
