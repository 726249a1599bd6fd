package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.herald.coding.Coder;
import org.herald.coding.io.FrontMatter;
import org.herald.coding.io.InputError;
import org.herald.ingest.IngestSummary;
import org.herald.ingest.Ingester;
import org.herald.ingest.Item;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herald demo}: ingests the bundled example articles (written for herald) into a store and prints the
 * incidents they report, with their sources, numbers and contradictions. The store is
 * {@code ./herald-data/demo.duckdb}, rebuilt on every run, unless {@code --db} names another (which is then added to).
 */
@Command(name = "demo", description = "Ingest the bundled example articles into a store and print the incidents "
        + "with their sources (store: ./herald-data/demo.duckdb, rebuilt each run, or --db PATH).")
final class DemoCommand implements Callable<Integer> {
    /** The demo's own store, rebuilt on each run so it always shows what this coder makes of the examples. */
    static final Path DEMO_DB = Path.of("herald-data", "demo.duckdb");

    @Option(names = "--limit", description = "Ingest at most this many example articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--db", paramLabel = "PATH", description = "Ingest into this store instead (kept and added to).")
    Path db;

    @Option(names = "--events", description = "Also print each article's coded events.")
    boolean events;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Output.out();
        PrintStream err = Output.err();
        Path path = db != null ? db : DEMO_DB;
        if (db == null) {
            Files.deleteIfExists(DEMO_DB);
            Files.deleteIfExists(DEMO_DB.resolveSibling(DEMO_DB.getFileName() + ".wal"));
        }
        List<Item> items = new ArrayList<>();
        for (Article a : examples()) {
            if (items.size() >= limit) {
                break;
            }
            items.add(Item.Read.of(a, "examples/" + a.id()));
        }
        Coder[] built = new Coder[1];
        try (EventStore store = EventStore.open(path)) {
            err.println("herald demo: ingesting " + items.size() + " example articles into " + path
                    + (db == null ? " (rebuilt on each demo run)" : ""));
            Ingester ingester = new Ingester(new org.herald.ingest.ArticleReader(null), () -> {
                try {
                    built[0] = options.build();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot build the coder: " + e.getMessage(), e);
                }
                Function<Article, CodedArticle> f = built[0]::code;
                return f;
            }, store, new ProgressReporter(err, ProgressReporter.onTerminal(), "herald demo"));
            IngestSummary r = ingester.ingestItems(items);
            List<Incident> incidents = new ArrayList<>(store.incidents(EventQuery.all()));
            // the stories told by most articles first
            incidents.sort(java.util.Comparator.comparingInt((Incident i) -> -i.articles().size())
                    .thenComparing(i -> i.firstDate() == null ? "" : i.firstDate()));
            out.println("Incidents: one real-world happening each, with the articles that report it, most reported first");
            IncidentReport.print(out, incidents, store);
            if (events) {
                printEvents(out, store, items);
            }
            out.println();
            out.printf("%d articles, %d events, %d incidents%s%n", r.read(), store.countEvents(EventQuery.all()),
                    incidents.size(), built[0] == null ? "" : " (coder " + built[0].version() + ")");
            out.printf("store: %s%s%n", path, db == null ? " (rebuilt on each demo run)" : "");
            out.printf("more:  ./herald incidents --db %s --format jsonl%n", path);
            out.printf("       ./herald events --db %s --country POL%n", path);
        }
        out.flush();
        return 0;
    }

    private static void printEvents(PrintStream out, EventStore store, List<Item> items) {
        for (Item i : items) {
            Article a = ((Item.Read) i).article();
            out.println();
            out.println("== " + a.id() + "  " + (a.date() == null ? "" : a.date() + "  ")
                    + (a.source() == null ? "" : a.source() + "  ") + Table.clip(a.title() == null ? "" : a.title(), 60));
            Table t = new Table("src", "event", "tgt", "mode", "evidence");
            for (StoredEvent se : store.events(EventQuery.builder().doc(a.id()).build())) {
                var e = se.event();
                t.row(e.sourceActor() == null ? "-" : e.sourceActor().code(),
                        e.cameo() + " " + Table.clip(EventsCommand.name(e.cameo()), 18),
                        e.targetActor() == null ? "-" : e.targetActor().code(), e.mode().wire(), e.evidence().text());
            }
            t.print(out, Output.WIDTH);
        }
    }

    static List<Article> examples() throws IOException, InputError {
        List<Article> out = new ArrayList<>();
        try (InputStream idx = DemoCommand.class.getResourceAsStream("/examples/index.txt")) {
            if (idx == null) {
                throw new IOException("the bundled examples are missing (examples/index.txt)");
            }
            for (String name : new BufferedReader(new InputStreamReader(idx, StandardCharsets.UTF_8)).lines().toList()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + name.strip())) {
                    if (in == null) {
                        throw new IOException("example listed but missing: " + name);
                    }
                    out.add(FrontMatter.parse(name.strip(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
