package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.herald.model.Event;
import org.herald.model.cameo.CameoOntology;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.ExportFormat;
import org.herald.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code herald events}: the stored events that pass the filters. */
@Command(name = "events", description = "List stored events (filters combine; --format table|jsonl|csv).")
final class EventsCommand implements Callable<Integer> {
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
            switch (output.format) {
                case CSV -> s.export(ExportFormat.CSV, out, q);
                case JSONL -> {
                    for (StoredEvent e : s.events(q)) {
                        out.println(RecordJson.line(RecordJson.event(e)));
                    }
                }
                case TABLE -> table(out, s.events(q), s.countEvents(q), q.limit());
                default -> throw new IllegalStateException();
            }
        }
        out.flush();
        return 0;
    }

    static void table(PrintStream out, List<StoredEvent> rows, long total, int limit) {
        Table t = new Table("day", "src", "event", "tgt", "mode", "doc", "evidence").empty("(no events)");
        for (StoredEvent se : rows) {
            Event e = se.event();
            String day = e.date() != null ? e.date() : se.published() == null ? "-" : se.published().toString();
            t.row(day, code(e.sourceActor() == null ? null : e.sourceActor().code()),
                    e.cameo() + " " + Table.clip(name(e.cameo()), 16),
                    code(e.targetActor() == null ? null : e.targetActor().code()), e.mode().wire(),
                    Table.clip(e.docId(), 12), e.evidence().text());
        }
        t.print(out, Output.WIDTH);
        footer(out, rows.size(), total, limit, "events");
    }

    static void footer(PrintStream out, long shown, long total, int limit, String what) {
        if (limit > 0 && total > shown) {
            out.printf("%d of %d %s (--limit N for more, 0 for all)%n", shown, total, what);
        } else {
            out.printf("%d %s%n", total, what);
        }
    }

    static String code(String c) {
        return c == null || c.isEmpty() ? "-" : Table.clip(c, 9);
    }

    static String name(String cameo) {
        return CameoOntology.standard().find(cameo).map(c -> c.name()).orElse("");
    }
}
