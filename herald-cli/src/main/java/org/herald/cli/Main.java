package org.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The herald command line. Only this class calls System.exit. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald " + Version.HERALD,
        description = "Political event data: who did what to whom, where, when, how many, and who says so.",
        subcommands = {CodeCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class, ExplainCommand.class,
                ParseCommand.class, IngestCommand.class, EventsCommand.class, ClaimsCommand.class, ActorsCommand.class,
                FailuresCommand.class, IncidentsCommand.class, ExportCommand.class, BenchStoreCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::handle).execute(args);
    }

    /**
     * The exit codes: a wrong option value (IllegalArgumentException) is a usage error, 2; a store that cannot be
     * opened or written, or a file that cannot be written, is 1; each with a one-line message. Anything else is a
     * bug and keeps its stack trace.
     */
    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        String name = "herald " + cmd.getCommandName();
        if (e instanceof IllegalArgumentException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof org.herald.store.StoreException || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return 1;
        }
        throw e;
    }
}
