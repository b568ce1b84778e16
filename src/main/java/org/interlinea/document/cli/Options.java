package org.interlinea.document.cli;

import java.util.ArrayList;
import java.util.List;
import org.interlinea.cli.Arguments;
import org.interlinea.cli.Arguments.UsageException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The few options the document commands take: --lang, --out, --accents and file names. */
record Options(String language, String outDir, boolean accents, List<String> files) {

    /** What {@code segment} takes. */
    static class Read {
        @Option(names = "--lang")
        String language;

        @Parameters
        List<String> files = new ArrayList<>();
    }

    /** What {@code pseudo} takes: also where to write, and whether to accent the text. */
    static final class Write extends Read {
        @Option(names = "--out")
        String out;

        @Option(names = "--accents")
        boolean accents;
    }

    /** The options, or a {@link UsageException} saying what is wrong. */
    static Options parse(String[] args, boolean allowOut) {
        Read read = Arguments.parse(allowOut ? new Write() : new Read(), args);
        if (read.language == null) {
            throw new UsageException("--lang is required");
        }
        if (read.files.isEmpty()) {
            throw new UsageException("no HTML file given");
        }
        if (read instanceof Write write) {
            if (write.out == null) {
                throw new UsageException("--out is required");
            }
            return new Options(read.language, write.out, write.accents, List.copyOf(read.files));
        }
        return new Options(read.language, null, false, List.copyOf(read.files));
    }
}
