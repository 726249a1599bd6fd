package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.store.ActorRow;
import org.herald.store.Csv;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald actors}: actor codes by how many events they take part in. */
@Command(name = "actors", description = "List actors by activity; --country/--actor/--sector select actors, other filters events.")
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Mixin
    FormatOptions output;

    @Override
    public Integer call() {
        PrintStream out = Output.out();
        EventQuery q = query.query(output.format);
        try (EventStore s = store.open()) {
            List<ActorRow> rows = s.actors(q);
            switch (output.format) {
                case JSONL -> rows.forEach(a -> out.println(RecordJson.line(RecordJson.actor(a))));
                case CSV -> {
                    out.print(Csv.line("code", "country", "org", "sector", "name", "events", "as_source", "as_target",
                            "articles", "first_day", "last_day"));
                    for (ActorRow a : rows) {
                        out.print(Csv.line(a.code(), a.country(), a.org(), a.sector(), a.name(), Long.toString(a.events()),
                                Long.toString(a.asSource()), Long.toString(a.asTarget()), Long.toString(a.articles()),
                                a.firstDay(), a.lastDay()));
                    }
                }
                case TABLE -> {
                    Table t = new Table("code", "events", "src", "tgt", "articles", "first", "last", "name")
                            .empty("(no actors)");
                    for (ActorRow a : rows) {
                        t.row(a.code() == null || a.code().isEmpty() ? "-" : Table.clip(a.code(), 12),
                                Long.toString(a.events()), Long.toString(a.asSource()), Long.toString(a.asTarget()),
                                Long.toString(a.articles()), a.firstDay(), a.lastDay(), a.name());
                    }
                    t.print(out, Output.WIDTH);
                    out.printf("%d actors%n", rows.size());
                }
                default -> throw new IllegalStateException();
            }
        }
        out.flush();
        return 0;
    }
}
