package org.interlinea.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The jar's command-line tools. Each runs without Spring, a web server or a database, so it starts in
 * well under a second. Commands are found with {@link ServiceLoader}.
 */
public final class CommandLine {

    /** A command-line tool: gets its arguments (without the command name) and returns the exit code. */
    public interface Command {
        /** The word that selects the command: {@code java -jar interlinea.jar NAME ...}. */
        String name();

        int run(String[] args, PrintStream out, PrintStream err);

        String usage();
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        // Features list their commands in META-INF/services, so this class depends on none of them.
        for (Command command : ServiceLoader.load(Command.class)) {
            COMMANDS.put(command.name(), command);
        }
    }

    private CommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || "help".equals(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if ("help".equals(args[0])) {
            COMMANDS.values().forEach(c -> out.println(c.usage()));
            return 0;
        }
        Command command = COMMANDS.get(args[0]);
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (RuntimeException e) {
            err.println("interlinea " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
