package org.interlinea.document.cli;

import java.util.ArrayList;
import java.util.List;

/** The few options the document commands take: --lang, --out, --accents and file names. */
record Options(String language, String outDir, boolean accents, List<String> files) {

    /** Thrown for a usage error: the command prints its usage and exits with 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args, boolean allowOut) {
        String language = null;
        String out = null;
        boolean accents = false;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lang" -> language = value(args, ++i, "--lang");
                case "--out" -> {
                    if (!allowOut) {
                        throw new UsageException("unknown option --out");
                    }
                    out = value(args, ++i, "--out");
                }
                case "--accents" -> {
                    if (!allowOut) {
                        throw new UsageException("unknown option --accents");
                    }
                    accents = true;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new UsageException("unknown option " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (language == null) {
            throw new UsageException("--lang is required");
        }
        if (files.isEmpty()) {
            throw new UsageException("no HTML file given");
        }
        if (allowOut && out == null) {
            throw new UsageException("--out is required");
        }
        return new Options(language, out, accents, List.copyOf(files));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
