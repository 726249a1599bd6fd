package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.store.Csv;
import org.herald.store.EventStore;
import org.herald.store.FailureRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald failures}: the inputs that could not be read or coded, and why. */
@Command(name = "failures", description = "List inputs that failed and why (--text, --from, --to, --limit apply).")
final class FailuresCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Mixin
    FormatOptions output;

    @Override
    public Integer call() {
        PrintStream out = Output.out();
        try (EventStore s = store.open()) {
            List<FailureRow> rows = s.failures(query.query(output.format));
            switch (output.format) {
                case JSONL -> rows.forEach(f -> out.println(RecordJson.line(RecordJson.failure(f))));
                case CSV -> {
                    out.print(Csv.line("input", "reason", "at"));
                    rows.forEach(f -> out.print(Csv.line(f.input(), f.reason(), f.at() == null ? null : f.at().toString())));
                }
                case TABLE -> {
                    Table t = new Table("when (UTC)", "input", "reason").empty("(no failures)");
                    for (FailureRow f : rows) {
                        String when = f.at() == null ? "-" : f.at().toString().replace('T', ' ');
                        t.row(when.length() > 16 ? when.substring(0, 16) : when, Table.clipLeft(f.input(), 36), f.reason());
                    }
                    t.print(out, Output.WIDTH);
                    out.printf("%d failures%n", rows.size());
                }
                default -> throw new IllegalStateException();
            }
        }
        out.flush();
        return 0;
    }
}
