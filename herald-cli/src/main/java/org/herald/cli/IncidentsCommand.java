package org.herald.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.model.Incident;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald incidents}: happenings gathered across articles, with their sources and contradictions. */
@Command(name = "incidents", description = "List incidents across articles (--country, --actor, --cameo, --root, "
        + "--from, --to, --publisher, --place, --text, --doc apply; --format table|jsonl|csv).")
final class IncidentsCommand extends QueryCommand<Incident> {
    @Option(names = "--sources", description = "With --format table: each incident with its articles, numbers and contradictions.")
    boolean sources;

    @Override
    List<Incident> rows(EventStore s, EventQuery q) {
        return s.incidents(q);
    }

    @Override
    Map<String, Object> json(Incident i) {
        return RecordJson.incident(i);
    }

    @Override
    String[] csvHeader() {
        return new String[] {"incident_id", "cameo", "root", "source_country", "source_org", "target_country",
            "target_org", "first_date", "last_date", "publishers", "independent_sources", "articles", "events", "denials",
            "quantity_conflicts"};
    }

    @Override
    String[] csvRow(Incident i) {
        return new String[] {i.incidentId(), i.cameo(), i.root(), i.sourceCountry(), i.sourceOrg(), i.targetCountry(),
            i.targetOrg(), i.firstDate(), i.lastDate(), Integer.toString(i.publishers()),
            Integer.toString(i.independentSources()), String.join(";", i.articles()), String.join(";", i.events()),
            Long.toString(count(i, "denial")), Long.toString(count(i, "quantity"))};
    }

    @Override
    void table(PrintStream out, List<Incident> rows, EventStore s, EventQuery q) {
        if (sources) {
            IncidentReport.print(out, rows, s);
        } else {
            table(out, rows);
        }
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
