package org.herald.cli;

import picocli.CommandLine.Option;

/** The output format of the query commands. */
final class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;
}
