package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.store.Csv;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Mixin;

/**
 * A query command over the store: the store, filter and format options, and one way of printing rows of one kind
 * as JSONL, CSV (a header, then a line a row) or a table. Subclasses say how to read the rows and what each
 * format shows of them.
 *
 * @param <R> the kind of row
 */
abstract class QueryCommand<R> implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Mixin
    FormatOptions output;

    /** The rows that pass the filters. */
    abstract List<R> rows(EventStore s, EventQuery q);

    /** One row as a JSON object. */
    abstract Map<String, Object> json(R row);

    abstract String[] csvHeader();

    abstract String[] csvRow(R row);

    /** The rows as a table, with its footer; the store is open for what the table may also need. */
    abstract void table(PrintStream out, List<R> rows, EventStore s, EventQuery q);

    @Override
    public Integer call() {
        PrintStream out = Output.out();
        EventQuery q = query.query(output.format);
        try (EventStore s = store.open()) {
            List<R> rows = rows(s, q);
            switch (output.format) {
                case JSONL -> rows.forEach(r -> out.println(RecordJson.line(json(r))));
                case CSV -> {
                    out.print(Csv.line(csvHeader()));
                    rows.forEach(r -> out.print(Csv.line(csvRow(r))));
                }
                case TABLE -> table(out, rows, s, q);
                default -> throw new IllegalStateException();
            }
        }
        out.flush();
        return 0;
    }
}
