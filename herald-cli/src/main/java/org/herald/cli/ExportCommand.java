package org.herald.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.ExportFormat;
import org.herald.store.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald export --format gdelt|plover|csv|parquet --out PATH}: the stored events, filtered, to a file. */
@Command(name = "export", description = "Export stored events: gdelt (GDELT 2.0 event table, 61 tab-separated columns), "
        + "plover (PLOVER-style JSON lines), csv, parquet. The event filters apply.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gdelt, plover, csv or parquet.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write; - for standard output "
            + "(not parquet).")
    String out;

    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.parse(format);
        EventQuery q = query.query(OutputFormat.JSONL);
        PrintStream err = Output.err();
        try (EventStore s = store.open()) {
            ExportResult r;
            if (out.equals("-")) {
                PrintStream stdout = Output.out();
                r = s.export(f, stdout, q);
                stdout.flush();
            } else {
                r = s.export(f, Path.of(out), q);
            }
            err.printf("herald export: %d events written to %s (%s)%s%n", r.rows(), out.equals("-") ? "standard output"
                    : r.out(), f.name().toLowerCase(java.util.Locale.ROOT),
                    r.skipped() > 0 ? "; " + r.skipped() + " skipped: their CAMEO code has no PLOVER type" : "");
        }
        return 0;
    }
}
