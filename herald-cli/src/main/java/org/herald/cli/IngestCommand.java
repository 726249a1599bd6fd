package org.herald.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.herald.coding.Coder;
import org.herald.ingest.ArticleReader;
import org.herald.ingest.Defaults;
import org.herald.ingest.IngestSummary;
import org.herald.ingest.Ingester;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald ingest PATH...}: reads files and folders (.jsonl, .txt, .md, .html), codes each article and stores
 * it in its own transaction; articles already stored with the same text are skipped; each bad input is stored as
 * a failure and the batch goes on. Exit status 1 when any input failed.
 */
@Command(name = "ingest", description = "Read, code and store articles from files and folders (.jsonl .txt .md .html).")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Option(names = "--source", paramLabel = "NAME", description = "Publisher of articles that do not name one.")
    String source;

    @Option(names = "--date", paramLabel = "DATE", description = "Publication date (ISO) of articles that give none.")
    LocalDate date;

    @Mixin
    CoderOptions coder;

    @Override
    public Integer call() {
        PrintStream out = Output.out();
        PrintStream err = Output.err();
        try (EventStore s = store.open()) {
            Ingester ingester = new Ingester(new ArticleReader(new Defaults(source, date)), lazyCoder(coder), s,
                    new ProgressReporter(err, ProgressReporter.onTerminal(), "herald ingest"));
            IngestSummary r = ingester.ingest(paths);
            printSummary(out, r, s.path());
            out.flush();
            return r.failures() > 0 ? 1 : 0;
        }
    }

    /** Builds the coder once, when the first article needs coding. */
    static Supplier<Function<Article, CodedArticle>> lazyCoder(CoderOptions options) {
        return () -> {
            try {
                Coder c = options.build();
                return c::code;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the coder: " + e.getMessage(), e);
            }
        };
    }

    static void printSummary(PrintStream out, IngestSummary r, Path db) {
        double secs = r.elapsed().toNanos() / 1e9;
        double coding = r.coding().toNanos() / 1e9;
        double storing = r.storing().toNanos() / 1e9;
        double rebuilding = r.rebuilding().toNanos() / 1e9;
        out.printf(Locale.ROOT, "articles   %d read: %d stored (%d new, %d replaced), %d skipped duplicates%n", r.read(),
                r.added() + r.replaced(), r.added(), r.replaced(), r.unchanged());
        out.printf(Locale.ROOT, "events     %d stored%n", r.events());
        out.printf(Locale.ROOT, "failures   %d%s%n", r.failures(), r.failures() > 0 ? " (list them: herald failures)" : "");
        out.printf(Locale.ROOT, "incidents  %d in the store%n", r.incidents());
        out.printf(Locale.ROOT, "time       %.1f s, %.2f articles/s; coding %.1f s, storing %.2f s%s, incidents %.2f s%n",
                secs, secs > 0 ? r.read() / secs : 0, coding, storing,
                coding > 0 ? String.format(Locale.ROOT, " (%.1f%% of coding)", 100 * storing / coding) : "", rebuilding);
        out.printf(Locale.ROOT, "store      %s%n", db);
    }
}
