package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herald.model.Incident;
import org.herald.store.Csv;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herald incidents}: happenings gathered across articles, with their sources and contradictions. */
@Command(name = "incidents", description = "List incidents across articles (--country, --actor, --cameo, --root, "
        + "--from, --to, --publisher, --place, --text, --doc apply; --format table|jsonl|csv).")
final class IncidentsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Mixin
    FormatOptions output;

    @Option(names = "--sources", description = "With --format table: each incident with its articles, numbers and contradictions.")
    boolean sources;

    @Override
    public Integer call() {
        PrintStream out = Output.out();
        EventQuery q = query.query(output.format);
        try (EventStore s = store.open()) {
            List<Incident> rows = s.incidents(q);
            switch (output.format) {
                case JSONL -> rows.forEach(i -> out.println(RecordJson.line(RecordJson.incident(i))));
                case CSV -> {
                    out.print(Csv.line("incident_id", "cameo", "root", "source_country", "source_org", "target_country",
                            "target_org", "first_date", "last_date", "publishers", "independent_sources", "articles",
                            "events", "denials", "quantity_conflicts"));
                    for (Incident i : rows) {
                        out.print(Csv.line(i.incidentId(), i.cameo(), i.root(), i.sourceCountry(), i.sourceOrg(),
                                i.targetCountry(), i.targetOrg(), i.firstDate(), i.lastDate(),
                                Integer.toString(i.publishers()), Integer.toString(i.independentSources()),
                                String.join(";", i.articles()), String.join(";", i.events()),
                                Long.toString(count(i, "denial")), Long.toString(count(i, "quantity"))));
                    }
                }
                case TABLE -> {
                    if (sources) {
                        IncidentReport.print(out, rows, s);
                    } else {
                        table(out, rows);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        out.flush();
        return 0;
    }

    static void table(PrintStream out, List<Incident> rows) {
        Table t = new Table("dates", "dyad", "event", "pubs", "indep", "contra", "articles").empty("(no incidents)");
        for (Incident i : rows) {
            String contra = (count(i, "denial") > 0 ? "D" : "") + (count(i, "quantity") > 0 ? "N" : "");
            t.row(IncidentReport.dates(i), IncidentReport.dyad(i),
                    i.cameo() + " " + Table.clip(EventsCommand.name(i.cameo()), 14), Integer.toString(i.publishers()),
                    Integer.toString(i.independentSources()), contra.isEmpty() ? "-" : contra,
                    i.articles().stream().collect(Collectors.joining(" ")));
        }
        t.print(out, Output.WIDTH);
        out.printf("%d incidents (contra: D denial, N conflicting numbers; --sources for details)%n", rows.size());
    }

    static long count(Incident i, String kind) {
        return i.contradictions().stream().filter(c -> kind.equals(c.kind())).count();
    }
}
