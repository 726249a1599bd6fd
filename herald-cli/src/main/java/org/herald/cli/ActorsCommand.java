package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.herald.store.ActorRow;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;

/** {@code herald actors}: actor codes by how many events they take part in. */
@Command(name = "actors", description = "List actors by activity; --country/--actor/--sector select actors, other filters events.")
final class ActorsCommand extends QueryCommand<ActorRow> {
    @Override
    List<ActorRow> rows(EventStore s, EventQuery q) {
        return s.actors(q);
    }

    @Override
    Map<String, Object> json(ActorRow a) {
        return RecordJson.actor(a);
    }

    @Override
    String[] csvHeader() {
        return new String[] {"code", "country", "org", "sector", "name", "events", "as_source", "as_target", "articles",
            "first_day", "last_day"};
    }

    @Override
    String[] csvRow(ActorRow a) {
        return new String[] {a.code(), a.country(), a.org(), a.sector(), a.name(), Long.toString(a.events()),
            Long.toString(a.asSource()), Long.toString(a.asTarget()), Long.toString(a.articles()), a.firstDay(),
            a.lastDay()};
    }

    @Override
    void table(PrintStream out, List<ActorRow> rows, EventStore s, EventQuery q) {
        Table t = new Table("code", "events", "src", "tgt", "articles", "first", "last", "name").empty("(no actors)");
        for (ActorRow a : rows) {
            t.row(a.code() == null || a.code().isEmpty() ? "-" : Table.clip(a.code(), 12), Long.toString(a.events()),
                    Long.toString(a.asSource()), Long.toString(a.asTarget()), Long.toString(a.articles()), a.firstDay(),
                    a.lastDay(), a.name());
        }
        t.print(out, Output.WIDTH);
        out.printf("%d actors%n", rows.size());
    }
}
