package org.herald.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.herald.coding.Coder;
import org.herald.ingest.ArticleReader;
import org.herald.ingest.ContentHash;
import org.herald.ingest.IngestSummary;
import org.herald.ingest.Ingester;
import org.herald.ingest.Item;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herald bench-store}: what the store costs. (1) Ingest: generated articles are coded (CoreNLP, one thread)
 * and stored as {@code herald ingest} stores them, and the store's time is set against the coding time. (2) Query: a million
 * generated events in a fresh store, and the time of one country's events query. Both stores are temporary.
 */
@Command(name = "bench-store", description = "Measure the store: its share of ingest time on coded articles, and "
        + "one-country queries over a million events.")
final class BenchStoreCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Articles to code and store (default: ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--sentences", description = "Sentences per generated article (default: ${DEFAULT-VALUE}).")
    int sentences = 25;

    @Option(names = "--no-code", description = "Store generated coded articles without coding (store time only).")
    boolean noCode;

    @Option(names = "--events", description = "Events in the query store (default: ${DEFAULT-VALUE}; 0 skips the query part).")
    int events = 1_000_000;

    @Option(names = "--country", description = "The country queried (default: ${DEFAULT-VALUE}).")
    String country = "POL";

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Output.out();
        Path dir = Files.createTempDirectory("herald-bench-store");
        try {
            if (articles > 0) {
                ingest(out, dir.resolve("ingest.duckdb"));
            }
            if (events > 0) {
                query(out, dir.resolve("query.duckdb"));
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Ingests generated articles the way {@code herald ingest} does (the same Ingester: hash look-up, coding,
     * stores in groups with the incidents kept current), with coding and storing timed apart.
     */
    private void ingest(PrintStream out, Path db) throws IOException {
        List<Item> items = new ArrayList<>();
        Function<Article, CodedArticle> code;
        String what;
        if (noCode) {
            Map<String, CodedArticle> made = new HashMap<>();
            for (int i = 0; i < articles; i++) {
                CodedArticle c = SyntheticEvents.article(seed, i, 12);
                made.put(c.article().id(), c);
                items.add(Item.Read.of(c.article(), "bench/" + i));
            }
            code = a -> made.get(a.id());
            what = articles + " generated coded articles (12 events each, no coding)";
        } else {
            Coder coder = options.build();
            for (Article a : SyntheticCorpus.generate(5, sentences, seed + 1)) {
                coder.code(a);
            }
            for (Article a : SyntheticCorpus.generate(articles, sentences, seed)) {
                items.add(Item.Read.of(a, "bench/" + a.id()));
            }
            code = coder::code;
            what = articles + " generated articles x " + sentences + " sentences, coded on one thread";
        }
        IngestSummary r;
        double full;
        try (EventStore s = EventStore.open(db)) {
            r = new Ingester(new ArticleReader(null), code, s, null).ingestItems(items);
            long t0 = System.nanoTime();
            s.rebuildIncidents(); // for comparison: grouping everything again, as a store without live incidents must
            full = (System.nanoTime() - t0) / 1e9;
        }
        double coding = r.coding().toNanos() / 1e9;
        double storing = r.storing().toNanos() / 1e9;
        double rebuild = r.rebuilding().toNanos() / 1e9;
        out.printf(Locale.ROOT, "herald bench-store: ingest, %s%n", what);
        out.printf(Locale.ROOT, "  events stored    %10d   (%.1f per article)%n", r.events(), (double) r.events() / articles);
        if (!noCode) {
            out.printf(Locale.ROOT, "  coding           %10.1f s  %8.1f ms/article%n", coding, coding * 1000 / articles);
        }
        out.printf(Locale.ROOT, "  storing          %10.2f s  %8.2f ms/article (groups of up to %d articles a transaction,"
                + " incidents kept current in each)%n", storing, storing * 1000 / articles, 16);
        out.printf(Locale.ROOT, "  after the run    %10.2f s  (%d incidents; nothing left to regroup)%n", rebuild,
                r.incidents());
        out.printf(Locale.ROOT, "  full regrouping  %10.2f s  (for comparison: all %d articles grouped again at once)%n",
                full, articles);
        if (!noCode) {
            out.printf(Locale.ROOT, "  store share      %10.1f %% of coding time, incidents included%n",
                    100 * (storing + rebuild) / coding);
        }
    }

    private void query(PrintStream out, Path db) {
        int perArticle = 20;
        int batch = 1000;
        int total = (events + perArticle - 1) / perArticle;
        long t0 = System.nanoTime();
        long loaded;
        try (EventStore s = EventStore.open(db)) {
            for (int from = 0; from < total; from += batch) {
                List<CodedArticle> chunk = new ArrayList<>();
                List<String> hashes = new ArrayList<>();
                for (int i = from; i < Math.min(total, from + batch); i++) {
                    CodedArticle c = SyntheticEvents.article(seed, i, perArticle);
                    chunk.add(c);
                    hashes.add(ContentHash.of(c.article().text()));
                }
                s.storeAll(chunk, hashes);
            }
            loaded = s.countEvents(EventQuery.all());
        }
        double loadSecs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "herald bench-store: query, %d generated events in %d articles (%d countries)%n",
                loaded, total, SyntheticEvents.COUNTRIES.length);
        out.printf(Locale.ROOT, "  load             %10.1f s  (%.0f events/s, %d articles per transaction)%n", loadSecs,
                loaded / loadSecs, batch);
        // queried as a query command finds it: opened afresh
        try (EventStore s = EventStore.open(db)) {
            EventQuery one = EventQuery.builder().country(country).build();
            long matching = s.countEvents(one);
            time(out, "count " + country + " events", () -> s.countEvents(one));
            time(out, "first 100 " + country + " events", () -> s.events(one.withLimit(100)).size());
            time(out, "all " + matching + " " + country + " events", () -> s.events(one).size());
            time(out, country + " + root 19, 2025", () -> s.events(EventQuery.builder().country(country).root("19")
                    .from(java.time.LocalDate.of(2025, 1, 1)).to(java.time.LocalDate.of(2025, 12, 31)).build()).size());
        }
    }

    /** Runs a query once to warm up, then 7 times; prints the median and the best. */
    private static void time(PrintStream out, String what, LongSupplier q) {
        q.getAsLong();
        long[] t = new long[7];
        long rows = 0;
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            rows = q.getAsLong();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        out.printf(Locale.ROOT, "  %-32s median %7.1f ms, best %7.1f ms  (%d)%n", what, t[t.length / 2] / 1e6, t[0] / 1e6,
                rows);
    }
}
