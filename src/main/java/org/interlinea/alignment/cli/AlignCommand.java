package org.interlinea.alignment.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interlinea.alignment.AlignmentOptions;
import org.interlinea.alignment.Bead;
import org.interlinea.alignment.SentenceAligner;
import org.interlinea.cli.Arguments;
import org.interlinea.cli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code align --from en --to ru SOURCE TARGET}: prints one bead per line in vecalign notation
 * ({@code [0]:[0]}, {@code [1, 2]:[1]}, {@code [3]:[]}, {@code []:[4]}), covering every sentence of both
 * files in order. {@code --confidence} appends each bead's confidence after a tab.
 */
public final class AlignCommand implements CommandLine.Command {

    private static final int USAGE_ERROR = 2;
    private static final int INPUT_ERROR = 1;

    /** The arguments as picocli reads them; required ones are checked here, for the messages. */
    static final class Given {
        @Option(names = "--from")
        String from;

        @Option(names = "--to")
        String to;

        @Option(names = "--confidence")
        boolean confidence;

        @Parameters
        List<String> files = new ArrayList<>();
    }

    @Override
    public String name() {
        return "align";
    }

    @Override
    public String usage() {
        return "usage: interlinea align --from LANG --to LANG [--confidence] SOURCE TARGET\n"
                + "  aligns SOURCE with its translation TARGET (.txt: one segment per line; .html: needs the\n"
                + "  document feature) and prints one bead per line in vecalign notation, e.g. [1, 2]:[1]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Given given;
        try {
            given = Arguments.parse(new Given(), args);
        } catch (Arguments.UsageException e) {
            return usage(err, e.getMessage());
        }
        String from = given.from;
        String to = given.to;
        boolean confidence = given.confidence;
        List<String> files = given.files;
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return usage(err, "--from and --to are required");
        }
        if (files.size() != 2) {
            return usage(err, "expected a SOURCE and a TARGET file, got " + files.size() + " file(s)");
        }
        Path sourceFile = Path.of(files.get(0));
        Path targetFile = Path.of(files.get(1));
        List<Sentence> source;
        List<Sentence> target;
        try {
            source = read(sourceFile, from);
            target = read(targetFile, to);
        } catch (IOException e) {
            err.println("interlinea align: " + e.getMessage());
            return INPUT_ERROR;
        }
        AlignmentOptions options = new AlignmentOptions(from, to, paragraphStarts(source), paragraphStarts(target));
        List<Bead> beads = SentenceAligner.align(source.stream().map(Sentence::text).toList(),
                target.stream().map(Sentence::text).toList(), options);
        boolean html = SentenceSource.isHtml(sourceFile) || SentenceSource.isHtml(targetFile);
        for (Bead bead : beads) {
            if (html) {
                out.println(tsvField(source, bead.sourceStart(), bead.sourceEnd()) + "\t"
                        + tsvField(target, bead.targetStart(), bead.targetEnd()) + "\t"
                        + String.format(java.util.Locale.ROOT, "%.3f", bead.confidence()));
            } else {
                out.println(confidence ? bead.toVecalign() + "\t" + String.format(java.util.Locale.ROOT, "%.3f",
                        bead.confidence()) : bead.toVecalign());
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The bead's sentences joined by a space, with tabs and newlines escaped so each bead stays one line.
     * Hand-made, not Commons CSV: its TSV either quotes such fields or escapes a tab as a backslash and a
     * real tab, and readers of this output (vecalign's tools, cut, awk) split on every tab.
     */
    private static String tsvField(List<Sentence> sentences, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentences.get(i).text().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        return text.toString();
    }

    private static List<Sentence> read(Path file, String language) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("cannot read " + file + " (no such file, or not a readable file)");
        }
        return SentenceSource.forFile(file).read(file, language);
    }

    /** The first sentence of each paragraph; nothing when the source has no paragraph structure. */
    private static Set<Integer> paragraphStarts(List<Sentence> sentences) {
        Set<Integer> starts = new HashSet<>();
        int previous = Integer.MIN_VALUE;
        for (Sentence s : sentences) {
            if (s.paragraph() != previous) {
                starts.add(s.index());
                previous = s.paragraph();
            }
        }
        return starts.size() <= 1 ? Set.of() : starts;
    }

    private int usage(PrintStream err, String problem) {
        err.println("interlinea align: " + problem);
        err.println(usage());
        return USAGE_ERROR;
    }
}
