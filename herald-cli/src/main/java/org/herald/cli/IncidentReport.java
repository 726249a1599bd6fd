package org.herald.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.model.Claimant;
import org.herald.model.Incident;
import org.herald.store.ArticleInfo;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;

/** Incidents as readable blocks: the happening, its sources (article, date, publisher, title), numbers, contradictions. */
final class IncidentReport {
    private IncidentReport() {
    }

    static void print(PrintStream out, List<Incident> incidents, EventStore store) {
        Map<String, ArticleInfo> articles = new HashMap<>();
        for (ArticleInfo a : store.articles(EventQuery.all())) {
            articles.put(a.docId(), a);
        }
        if (incidents.isEmpty()) {
            out.println("(no incidents)");
        }
        for (Incident i : incidents) {
            out.println();
            out.println(Table.clip(String.format(Locale.ROOT, "== %s  %s %s  %s", dyad(i), i.cameo(),
                    EventsCommand.name(i.cameo()), dates(i)), Output.WIDTH));
            out.printf(Locale.ROOT, "   %d article%s, %d publisher%s, %d independent source%s   (%s)%n", i.articles().size(),
                    plural(i.articles().size()), i.publishers(), plural(i.publishers()), i.independentSources(),
                    plural(i.independentSources()), i.incidentId());
            for (String doc : i.articles()) {
                ArticleInfo a = articles.get(doc);
                String line = a == null ? "   " + doc : String.format(Locale.ROOT, "   %-7s %-10s  %-19s %s", doc,
                        a.published() == null ? "-" : a.published().toString(),
                        Table.clip(a.publisher() == null ? "-" : a.publisher(), 19), a.title() == null ? "" : a.title());
                out.println(Table.clip(line, Output.WIDTH));
            }
            if (!i.quantities().isEmpty()) {
                List<String> qs = new ArrayList<>();
                for (Incident.IncidentQuantity q : i.quantities()) {
                    qs.add(number(q.value()) + (q.unit() == null ? "" : " " + q.unit()) + " (" + who(q.claimant()) + ", "
                            + q.docId() + ")");
                }
                wrap(out, "   numbers: ", String.join("; ", qs));
            }
            for (Incident.Contradiction c : i.contradictions()) {
                if ("quantity".equals(c.kind())) {
                    List<String> vs = c.values().stream().map(IncidentReport::number).toList();
                    wrap(out, "   CONFLICTING NUMBERS: ", String.join(" vs ", vs) + (c.unit() == null ? "" : " " + c.unit())
                            + " (" + String.join(", ", c.claimants()) + ")");
                } else {
                    wrap(out, "   DENIAL by " + who(c.by()) + " (" + c.docId() + "): ",
                            c.evidence() == null ? "" : "\"" + c.evidence().text() + "\"");
                }
            }
        }
    }

    static String dyad(Incident i) {
        return party(i.sourceCountry(), i.sourceOrg()) + ">" + party(i.targetCountry(), i.targetOrg());
    }

    static String dates(Incident i) {
        String a = i.firstDate() == null ? "?" : i.firstDate();
        String b = i.lastDate() == null ? a : i.lastDate();
        if (a.equals(b)) {
            return a;
        }
        return a + ".." + (b.length() == 10 && a.length() == 10 && a.substring(0, 5).equals(b.substring(0, 5))
                ? b.substring(5) : b);
    }

    private static String party(String country, String org) {
        return country != null ? country : org != null ? org : "-";
    }

    private static String who(Claimant c) {
        if (c == null) {
            return "unnamed";
        }
        String code = (c.country() != null ? c.country() : c.org() != null ? c.org() : "")
                + (c.sector() == null ? "" : c.sector());
        return code.isEmpty() ? (c.text() == null ? "unnamed" : c.text()) : code;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** Prints a labelled value wrapped to the terminal width, continuation lines indented. */
    private static void wrap(PrintStream out, String label, String text) {
        String indent = "     ";
        StringBuilder line = new StringBuilder(label);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > Output.WIDTH && line.length() > indent.length()) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }
}
