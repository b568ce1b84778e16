package org.interlinea;

import org.interlinea.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the web application, or, when the first argument names a command-line tool
 * ({@code segment}, {@code pseudo}, {@code align}), runs that tool without a web server or database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
