package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.FailureRow;
import picocli.CommandLine.Command;

/** {@code herald failures}: the inputs that could not be read or coded, and why. */
@Command(name = "failures", description = "List inputs that failed and why (--text, --from, --to, --limit apply).")
final class FailuresCommand extends QueryCommand<FailureRow> {
    @Override
    List<FailureRow> rows(EventStore s, EventQuery q) {
        return s.failures(q);
    }

    @Override
    Map<String, Object> json(FailureRow f) {
        return RecordJson.failure(f);
    }

    @Override
    String[] csvHeader() {
        return new String[] {"input", "reason", "at"};
    }

    @Override
    String[] csvRow(FailureRow f) {
        return new String[] {f.input(), f.reason(), f.at() == null ? null : f.at().toString()};
    }

    @Override
    void table(PrintStream out, List<FailureRow> rows, EventStore s, EventQuery q) {
        Table t = new Table("when (UTC)", "input", "reason").empty("(no failures)");
        for (FailureRow f : rows) {
            String when = f.at() == null ? "-" : f.at().toString().replace('T', ' ');
            t.row(when.length() > 16 ? when.substring(0, 16) : when, Table.clipLeft(f.input(), 36), f.reason());
        }
        t.print(out, Output.WIDTH);
        out.printf("%d failures%n", rows.size());
    }
}
