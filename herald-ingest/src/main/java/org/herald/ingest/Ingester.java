package org.herald.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.herald.model.CodedArticle;
import org.herald.model.Article;
import org.herald.store.EventStore;
import org.herald.store.StoreResult;

/**
 * One ingest run: read the inputs, code each article, store it, record each failure with its reason and go on,
 * then rebuild the incidents. An article already stored with the same content hash is not coded again.
 * Coded articles are committed in small groups (up to {@value #GROUP}, or those coded within two seconds), one
 * transaction a group, so the commit's cost is shared: a crash loses at most the group being coded, and leaves
 * each article whole or absent. An article the store refuses becomes a failure; the others of its group are
 * stored one by one. The coder is asked for lazily, so a run that only finds known articles never builds it.
 * Not thread-safe: one run at a time.
 */
public final class Ingester {
    private final ArticleReader reader;
    private final Supplier<? extends Function<Article, CodedArticle>> coderFactory;
    private Function<Article, CodedArticle> coder;
    private final EventStore store;
    private final IngestListener listener;

    private long read;
    private long added;
    private long replaced;
    private long unchanged;
    private long events;
    private long failures;
    private long done;
    private long planned;
    private long codingNanos;
    private long storingNanos;
    private long start;
    private final Map<String, String[]> seen = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private long pendingSince;

    /** Coded articles are stored in groups of at most this many, one transaction each group. */
    static final int GROUP = 16;
    /** ... or of the articles coded within this time. */
    static final long GROUP_NANOS = 2_000_000_000L;

    /**
     * @param coder the coding function (herald's {@code Coder::code}); it may throw for an article it cannot code,
     *              which becomes that article's failure
     */
    public Ingester(ArticleReader reader, Function<Article, CodedArticle> coder, EventStore store,
                    IngestListener listener) {
        this(reader, () -> coder, store, listener);
        Objects.requireNonNull(coder);
    }

    /**
     * @param coderFactory makes the coding function the first time an article needs coding (building herald's
     *                     Coder loads the NLP models); an exception it throws ends the run
     */
    public Ingester(ArticleReader reader, Supplier<? extends Function<Article, CodedArticle>> coderFactory,
                    EventStore store, IngestListener listener) {
        this.reader = Objects.requireNonNull(reader);
        this.coderFactory = Objects.requireNonNull(coderFactory);
        this.store = Objects.requireNonNull(store);
        this.listener = listener == null ? new IngestListener() { } : listener;
        store.keepIncidentsCurrent(); // incidents follow the articles as they are stored, in the same transactions
    }

    /** Ingests files and folders. */
    public IngestSummary ingest(List<Path> paths) {
        begin();
        List<InputFile> files = reader.expand(paths, this::fail);
        long total = 0;
        for (InputFile f : files) {
            total += reader.estimate(f);
        }
        planned = total + failures;
        listener.planned(planned, files.size());
        for (InputFile f : files) {
            reader.read(f, this::accept);
        }
        return finish();
    }

    /** Ingests items already read (the bundled examples, a test's articles). */
    public IngestSummary ingestItems(List<? extends Item> items) {
        begin();
        planned = items.size();
        listener.planned(planned, 0);
        for (Item i : items) {
            accept(i);
        }
        return finish();
    }

    private void begin() {
        read = added = replaced = unchanged = events = failures = done = planned = codingNanos = storingNanos = 0;
        seen.clear();
        start = System.nanoTime();
    }

    private void accept(Item item) {
        if (item instanceof Item.Failed f) {
            fail(f);
        } else if (item instanceof Item.Read r) {
            store(r);
        }
        done++;
        listener.progress(new IngestListener.Progress(done, Math.max(planned, done), added + replaced, unchanged,
                failures, Duration.ofNanos(System.nanoTime() - start)));
    }

    private void store(Item.Read r) {
        read++;
        Article a = r.article();
        String[] before = seen.putIfAbsent(a.id(), new String[] {r.input(), r.contentHash()});
        if (before != null) {
            if (before[1].equals(r.contentHash())) {
                unchanged++;
            } else {
                fail(new Item.Failed(r.input(), "article " + a.id() + " was already read from " + before[0]
                        + " in this run, with other text; ids must be unique"));
            }
            return;
        }
        long t0 = System.nanoTime();
        Optional<String> known = store.contentHash(a.id());
        storingNanos += System.nanoTime() - t0;
        if (known.isPresent() && known.get().equals(r.contentHash())) {
            unchanged++;
            return;
        }
        if (coder == null) {
            coder = Objects.requireNonNull(coderFactory.get(), "the coder factory gave no coder");
        }
        CodedArticle coded;
        long t1 = System.nanoTime();
        try {
            coded = coder.apply(a);
        } catch (RuntimeException e) {
            fail(new Item.Failed(r.input(), "article " + a.id() + ": could not code: " + e));
            return;
        } finally {
            codingNanos += System.nanoTime() - t1;
        }
        if (pending.isEmpty()) {
            pendingSince = System.nanoTime();
        }
        pending.add(new Pending(coded, r.contentHash(), r.input()));
        if (pending.size() >= GROUP || System.nanoTime() - pendingSince >= GROUP_NANOS) {
            flush();
        }
    }

    /** A coded article waiting for its group's transaction. */
    private record Pending(CodedArticle coded, String hash, String input) {
    }

    /**
     * Stores the waiting articles in one transaction; when that fails, stores them one by one so that only the
     * article at fault becomes a failure.
     */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            List<StoreResult> results = store.storeAll(pending.stream().map(Pending::coded).toList(),
                    pending.stream().map(Pending::hash).toList(), pending.stream().map(Pending::input).toList());
            results.forEach(this::count);
        } catch (RuntimeException group) {
            for (Pending p : pending) {
                try {
                    count(store.store(p.coded(), p.hash(), p.input()));
                } catch (RuntimeException e) {
                    fail(new Item.Failed(p.input(), "article " + p.coded().article().id() + ": could not store: "
                            + e.getMessage()));
                }
            }
        } finally {
            pending.clear();
            storingNanos += System.nanoTime() - t0;
        }
    }

    private void count(StoreResult s) {
        switch (s.outcome()) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            case UNCHANGED -> unchanged++;
            default -> throw new IllegalStateException();
        }
        events += s.events();
    }

    private void fail(Item.Failed f) {
        failures++;
        store.recordFailure(f.input(), f.reason());
        listener.failed(f);
    }

    private IngestSummary finish() {
        flush();
        long t0 = System.nanoTime();
        // with the store keeping its incidents current they are already up to date; otherwise group them now
        int incidents = added + replaced > 0 && !store.keepsIncidentsCurrent() ? store.rebuildIncidents()
                : store.counts().getOrDefault("incidents", 0L).intValue();
        long rebuild = System.nanoTime() - t0;
        return new IngestSummary(read, added, replaced, unchanged, events, failures, incidents,
                Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(codingNanos), Duration.ofNanos(storingNanos),
                Duration.ofNanos(rebuild));
    }
}
