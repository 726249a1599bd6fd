package org.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The herald command line. Only this class calls System.exit. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald " + Version.HERALD,
        description = "Political event data: who did what to whom, where, when, how many, and who says so.",
        subcommands = {CodeCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class, ExplainCommand.class,
                ParseCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
