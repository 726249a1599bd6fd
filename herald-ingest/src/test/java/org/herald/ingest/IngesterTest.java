package org.herald.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Quantity;
import org.herald.model.Span;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.herald.store.FailureRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read, code (by hand, no NLP), store: dedupe by content hash, replacement, failures, and the batch goes on. */
class IngesterTest {
    @TempDir
    Path dir;
    Path news;
    final AtomicInteger coded = new AtomicInteger();

    /** Codes each sentence naming Poland as POL accusing BLR: enough events to count, no NLP. */
    final Function<Article, CodedArticle> coder = a -> {
        coded.incrementAndGet();
        if (a.text().contains("UNCODABLE")) {
            throw new IllegalStateException("the parser gave up");
        }
        List<Event> evs = new ArrayList<>();
        String hash = ContentHash.of(a.text()).substring(0, 12);
        int from = 0;
        int n = 0;
        for (String s : a.text().split("(?<=\\.)\\s+")) {
            int begin = a.text().indexOf(s, from);
            from = begin + s.length();
            if (!s.contains("Poland")) {
                continue;
            }
            Actor pol = new Actor("Poland", null, "POL", null, "GOV", begin, begin + 6);
            Claim c = new Claim(Claimant.of(pol), "said", "asserts", List.of(), a.source(), null);
            String date = a.text().contains("BADDATE") ? "March 7" : null;
            evs.add(new Event(hash + "-" + n, a.id(), n, new Span(begin, from, s), pol, null, "112", "11", 3, -2.0,
                    null, Mode.ASSERTED, date, null, null,
                    List.of(new Quantity(2.0, null, null, "envoys", false, "two", begin, begin + 3)), c, "fake.v1", "fake/1"));
            n++;
        }
        return new CodedArticle(a, evs);
    };

    @BeforeEach
    void corpus() throws IOException {
        news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("batch.jsonl"),
                "{\"id\":\"j1\",\"text\":\"Poland summoned the envoy. Minsk was silent.\",\"source\":\"Meridian Wire\"}\n"
                        + "{\"id\":\"j2\",\"text\":\n"
                        + "{\"id\":\"j3\",\"text\":\"Poland and Lithuania protested. Poland said more.\"}\n");
        Files.writeString(news.resolve("a.md"), "---\nid: m1\nsource: Harbor Ledger\ndate: 2025-03-10\n---\n"
                + "Poland accused Belarus of sending troops.\n");
        Files.writeString(news.resolve("calm.txt"), "Weather\n\nIt rained in Lisbon all day.\n");
        Files.write(news.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xe9});
        Files.writeString(news.resolve("bad.txt"), "Title\n\nUNCODABLE text about Poland.\n");
        Files.createSymbolicLink(news.resolve("gone.md"), news.resolve("nowhere.md"));
        try (InputStream in = getClass().getResourceAsStream("no-text.html")) {
            Files.copy(in, news.resolve("empty.html"));
        }
        try (InputStream in = getClass().getResourceAsStream("article-page.html")) {
            Files.copy(in, news.resolve("page.html"));
        }
    }

    private IngestSummary ingest(EventStore store, List<Item.Failed> failed) {
        IngestListener l = new IngestListener() {
            @Override
            public void failed(Item.Failed f) {
                failed.add(f);
            }
        };
        return new Ingester(new ArticleReader(new Defaults("Flag Wire", LocalDate.of(2025, 3, 1))), coder, store, l)
                .ingest(List.of(news));
    }

    @Test
    void badInputsBecomeStoredFailuresAndTheBatchGoesOn() {
        try (EventStore store = EventStore.open(dir.resolve("h.duckdb"))) {
            List<Item.Failed> failed = new ArrayList<>();
            IngestSummary s = ingest(store, failed);
            assertEquals(6, s.read(), "j1, j3, m1, calm, bad, page");
            assertEquals(5, s.added(), "all but the uncodable one");
            assertEquals(5, s.failures(), failed.toString());
            assertEquals(0, s.unchanged());
            List<FailureRow> rows = store.failures(EventQuery.all());
            assertEquals(5, rows.size());
            List<String> reasons = rows.stream().map(r -> r.input().replace(news.toString(), "") + " " + r.reason())
                    .sorted().toList();
            assertTrue(reasons.get(0).startsWith("/bad.txt article bad.txt: could not code: java.lang.IllegalStateException"),
                    reasons.toString());
            assertTrue(reasons.get(1).startsWith("/batch.jsonl:2 line 2: not valid JSON"), reasons.toString());
            assertEquals("/empty.html no article text found in the HTML page", reasons.get(2));
            assertEquals("/gone.md cannot read: no such file (or a broken link)", reasons.get(3));
            assertEquals("/latin1.txt not UTF-8 text (invalid byte sequence at byte 3)", reasons.get(4));
            assertEquals(s.events(), store.countEvents(EventQuery.all()));
            assertEquals(1, store.countEvents(EventQuery.builder().publisher("harbor").build()));
        }
    }

    @Test
    void ingestingTheSameFolderTwiceChangesNoTable() {
        try (EventStore store = EventStore.open(dir.resolve("h.duckdb"))) {
            IngestSummary first = ingest(store, new ArrayList<>());
            Map<String, Long> before = store.counts();
            int codedBefore = coded.get();
            IngestSummary second = ingest(store, new ArrayList<>());
            assertEquals(before, store.counts(), "every table's row count");
            assertEquals(first.added(), second.unchanged(), "every stored article is skipped as a duplicate");
            assertEquals(0, second.added() + second.replaced());
            assertEquals(first.failures(), second.failures(), "the same inputs fail again, recorded once each");
            assertEquals(codedBefore + 1, coded.get(), "only the uncodable article is tried again");
        }
    }

    @Test
    void aChangedFileReplacesItsEventsAndAFixedInputClearsItsFailure() throws IOException {
        try (EventStore store = EventStore.open(dir.resolve("h.duckdb"))) {
            ingest(store, new ArrayList<>());
            assertEquals(1, store.countEvents(EventQuery.builder().doc("m1").build()));
            Files.writeString(news.resolve("a.md"), "---\nid: m1\nsource: Harbor Ledger\ndate: 2025-03-10\n---\n"
                    + "Poland accused Belarus. Poland summoned the envoy. Poland warned Minsk.\n");
            Files.writeString(news.resolve("latin1.txt"), "Caf\u00e9\n\nPoland met Belarus in a caf\u00e9.\n");
            IngestSummary s = ingest(store, new ArrayList<>());
            assertEquals(1, s.replaced());
            assertEquals(1, s.added(), "the fixed latin1.txt");
            assertEquals(3, store.countEvents(EventQuery.builder().doc("m1").build()));
            assertEquals(4, store.failures(EventQuery.all()).size(), "latin1.txt's failure is cleared");
        }
    }

    @Test
    void anIdReadTwiceWithOtherTextInOneRunIsAFailure() throws IOException {
        Files.writeString(news.resolve("z.md"), "---\nid: m1\n---\nPoland said something else entirely.\n");
        try (EventStore store = EventStore.open(dir.resolve("h.duckdb"))) {
            List<Item.Failed> failed = new ArrayList<>();
            ingest(store, failed);
            assertTrue(failed.stream().anyMatch(f -> f.input().endsWith("z.md")
                    && f.reason().startsWith("article m1 was already read from ")), failed.toString());
        }
    }

    @Test
    void progressCountsEveryInput() {
        try (EventStore store = EventStore.open(dir.resolve("h.duckdb"))) {
            List<IngestListener.Progress> seen = new ArrayList<>();
            long[] planned = new long[1];
            IngestListener l = new IngestListener() {
                @Override
                public void planned(long articles, int files) {
                    planned[0] = articles;
                }

                @Override
                public void progress(Progress p) {
                    seen.add(p);
                }
            };
            new Ingester(new ArticleReader(Defaults.NONE), coder, store, l).ingest(List.of(news));
            assertEquals(10, planned[0], "3 JSONL lines + 7 other files");
            assertEquals(10, seen.size());
            IngestListener.Progress last = seen.get(seen.size() - 1);
            assertEquals(10, last.done());
            assertTrue(last.rate() > 0);
        }
    }

    @Test
    void anArticleTheStoreRefusesFailsAloneAndItsGroupIsStillStored() throws IOException {
        Files.writeString(news.resolve("c.md"), "---\nid: m2\n---\nPoland said BADDATE things.\n");
        try (EventStore store = EventStore.open(dir.resolve("h.duckdb"))) {
            List<Item.Failed> failed = new ArrayList<>();
            IngestSummary s = ingest(store, failed);
            assertEquals(5, s.added(), "the same five as without c.md");
            assertTrue(failed.stream().anyMatch(f -> f.input().endsWith("c.md")
                    && f.reason().startsWith("article m2: could not store: ")), failed.toString());
            assertEquals(0, store.countEvents(EventQuery.builder().doc("m2").build()));
        }
    }
}
