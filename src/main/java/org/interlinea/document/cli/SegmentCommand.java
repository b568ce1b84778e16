package org.interlinea.document.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interlinea.cli.Arguments;
import org.interlinea.cli.CommandLine;
import org.interlinea.document.DocumentException;
import org.interlinea.document.ExtractedDocument;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.Segment;

/** {@code segment --lang en FILE.html}: prints the segments, one per line, as a translator would see them. */
public final class SegmentCommand implements CommandLine.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, false);
        } catch (Arguments.UsageException e) {
            err.println("interlinea segment: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        int exit = 0;
        for (String file : options.files()) {
            try {
                ExtractedDocument doc = HtmlDocuments.extract(Files.readAllBytes(Path.of(file)), options.language());
                for (Segment segment : doc.segments()) {
                    out.println(escapeNewlines(segment.text()));
                }
            } catch (IOException e) {
                err.println(file + ": cannot read the file (" + e.getMessage() + ")");
                exit = 1;
            } catch (DocumentException e) {
                err.println(file + ": " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }

    /** One segment per line: a line break inside one is shown as \n (and a backslash as \\). */
    static String escapeNewlines(String text) {
        return text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String usage() {
        return "usage: interlinea segment --lang LANG FILE.html...   print one segment per line";
    }
}
