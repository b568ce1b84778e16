package org.interlinea.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reads a command's arguments into an object whose fields carry picocli's {@code @Option} and
 * {@code @Parameters}. Commands check required values themselves, so their messages stay short and in
 * their own words; picocli's parse errors are put in the same words.
 */
public final class Arguments {

    /** A usage error: the command prints it with its usage and exits with 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    private Arguments() {
    }

    public static <T> T parse(T options, String[] args) {
        picocli.CommandLine parser = new picocli.CommandLine(options)
                // a file may be named @something; and a repeated option takes its last value, as before
                .setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(true);
        try {
            parser.parseArgs(args);
            return options;
        } catch (UnmatchedArgumentException e) {
            String first = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
            throw new UsageException(first.startsWith("-") ? "unknown option " + first : "unexpected argument " + first);
        } catch (MissingParameterException e) {
            ArgSpec missing = e.getMissing().isEmpty() ? null : e.getMissing().get(0);
            throw new UsageException(missing instanceof OptionSpec option ? option.longestName() + " needs a value"
                    : e.getMessage());
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
