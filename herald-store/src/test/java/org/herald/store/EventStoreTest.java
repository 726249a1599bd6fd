package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing, replacing and deduplicating articles in a real DuckDB file. */
class EventStoreTest {
    private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private EventStore open() {
        return EventStore.open(dir.resolve("sub/herald.duckdb"), CLOCK);
    }

    @Test
    void migrationsApplyOnceAndRecordTheirVersion() throws Exception {
        try (EventStore s = open()) {
            assertEquals(Migrations.bundled().size(), s.schemaVersion());
        }
        try (EventStore s = open()) {
            assertEquals(Migrations.bundled().size(), s.schemaVersion());
            assertEquals(0L, s.counts().get("articles"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sub/herald.duckdb"));
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*), max(version), min(name) FROM schema_version")) {
            r.next();
            assertEquals(Migrations.bundled().size(), r.getInt(1), "one row per migration, applied once");
            assertEquals("V1__schema.sql", r.getString(3));
        }
    }

    @Test
    void aStoreWrittenByANewerHeraldIsRefused() throws Exception {
        try (EventStore s = open()) {
            assertEquals(1, s.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sub/herald.duckdb"));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', now())");
        }
        StoreException e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        List<String> s = Migrations.statements("-- head\nCREATE TABLE a (x INT, -- note\n y INT);\n\nCREATE TABLE b (z INT);\n");
        assertEquals(List.of("CREATE TABLE a (x INT,\n y INT)", "CREATE TABLE b (z INT)"), s);
    }

    @Test
    void eventsComeBackExactlyAsStored() {
        CodedArticle a = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        try (EventStore s = open()) {
            StoreResult r = s.store(a, Fixtures.hash(a.article().text()));
            assertEquals(new StoreResult(StoreResult.Outcome.ADDED, 3), r);
            List<StoredEvent> back = s.events(EventQuery.all());
            assertEquals(a.events().size(), back.size());
            for (int i = 0; i < back.size(); i++) {
                Event e = back.get(i).event();
                assertEquals(a.events().stream().filter(x -> x.eventId().equals(e.eventId())).findFirst().orElseThrow(), e,
                        "event " + e.eventId() + " round trip");
                assertEquals("Meridian Wire", back.get(i).publisher());
                assertEquals(MARCH_10, back.get(i).published());
            }
            Map<String, Long> n = s.counts();
            assertEquals(1L, n.get("articles"));
            assertEquals(3L, n.get("events"));
            assertEquals(2L, n.get("claims"));
            assertEquals(2L, n.get("quantities"));
        }
    }

    @Test
    void theSameContentHashAddsNothing() {
        CodedArticle a = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        try (EventStore s = open()) {
            s.store(a, Fixtures.hash(a.article().text()));
            Map<String, Long> before = s.counts();
            StoreResult again = s.store(a, Fixtures.hash(a.article().text()));
            assertEquals(StoreResult.Outcome.UNCHANGED, again.outcome());
            assertEquals(before, s.counts());
            assertEquals(Fixtures.hash(a.article().text()), s.contentHash("ex-01").orElseThrow());
        }
    }

    @Test
    void changedContentReplacesTheOldEventsClaimsAndQuantities() {
        CodedArticle v1 = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        CodedArticle v2raw = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "Updated at noon.");
        // the new version drops the claimed event
        CodedArticle v2 = new CodedArticle(v2raw.article(), List.of(v2raw.events().get(0), v2raw.events().get(2)));
        try (EventStore s = open()) {
            s.store(v1, Fixtures.hash(v1.article().text()));
            s.store(Fixtures.story("ex-02", "Harbor Ledger", MARCH_10, ""), "other");
            StoreResult r = s.store(v2, Fixtures.hash(v2.article().text()));
            assertEquals(new StoreResult(StoreResult.Outcome.REPLACED, 2), r);
            List<Event> back = s.events(EventQuery.builder().doc("ex-01").build()).stream().map(StoredEvent::event).toList();
            assertEquals(v2.events(), back);
            Map<String, Long> n = s.counts();
            assertEquals(2L, n.get("articles"));
            assertEquals(5L, n.get("events"), "2 new of ex-01 + 3 of ex-02");
            assertEquals(3L, n.get("claims"));
            assertEquals(3L, n.get("quantities"));
        }
    }

    @Test
    void aFailingArticleLeavesTheStoreAsItWas() {
        CodedArticle v1 = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        CodedArticle good = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "v2");
        List<Event> evs = new ArrayList<>(good.events());
        Event e = evs.get(1);
        // an event whose date is not ISO: refused while writing, after the old rows were deleted
        evs.set(1, new Event(e.eventId(), e.docId(), e.sentence(), e.evidence(), e.sourceActor(), e.targetActor(),
                e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.plover(), e.mode(), "March 7", "day", e.location(),
                e.quantities(), e.claim(), e.rule(), e.coder()));
        try (EventStore s = open()) {
            s.store(v1, Fixtures.hash(v1.article().text()));
            Map<String, Long> before = s.counts();
            assertThrows(IllegalArgumentException.class,
                    () -> s.store(new CodedArticle(good.article(), evs), Fixtures.hash(good.article().text())));
            assertEquals(before, s.counts());
            assertEquals(List.of(v1), s.codedArticles());
            assertEquals(Fixtures.hash(v1.article().text()), s.contentHash("ex-01").orElseThrow());
        }
    }

    @Test
    void eventsOfAnotherArticleOrListedTwiceAreRefused() {
        CodedArticle a = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        try (EventStore s = open()) {
            CodedArticle foreign = new CodedArticle(Fixtures.story("ex-02", "W", MARCH_10, "").article(), a.events());
            assertThrows(IllegalArgumentException.class, () -> s.store(foreign, "h"));
            CodedArticle twice = new CodedArticle(a.article(), List.of(a.events().get(0), a.events().get(0)));
            assertThrows(IllegalArgumentException.class, () -> s.store(twice, "h"));
            assertEquals(0L, s.counts().get("articles"));
        }
    }

    @Test
    void failuresAreKeptPerInputAndClearedWhenTheInputLaterStores() {
        try (EventStore s = open()) {
            s.recordFailure("in/a.txt", "not UTF-8 text");
            s.recordFailure("in/b.jsonl:3", "not valid JSON");
            s.recordFailure("in/a.txt", "not UTF-8 text (byte 12)");
            List<FailureRow> f = s.failures(EventQuery.all());
            assertEquals(2, f.size());
            assertEquals(Instant.parse("2025-03-11T12:00:00Z"), f.get(0).at());
            assertTrue(f.stream().anyMatch(r -> r.input().equals("in/a.txt") && r.reason().endsWith("(byte 12)")));
            assertEquals(1, s.failures(EventQuery.builder().text("json").build()).size());
            CodedArticle a = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
            s.store(a, Fixtures.hash(a.article().text()), "in/a.txt");
            assertEquals(List.of("in/b.jsonl:3"), s.failures(EventQuery.all()).stream().map(FailureRow::input).toList());
        }
    }

    @Test
    void articlesAndCodedArticlesReadBack() {
        CodedArticle a = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        CodedArticle empty = new CodedArticle(Fixtures.article("ex-46", "Football.", MARCH_10, "Westbridge Herald"),
                List.of());
        try (EventStore s = open()) {
            s.store(a, Fixtures.hash(a.article().text()));
            s.store(empty, Fixtures.hash("Football."));
            List<CodedArticle> all = s.codedArticles();
            assertEquals(List.of(a, empty), all);
            ArticleInfo info = s.articles(EventQuery.builder().doc("ex-01").build()).get(0);
            assertEquals(3, info.eventCount());
            assertEquals("Meridian Wire", info.publisher());
            assertEquals(Instant.parse("2025-03-11T12:00:00Z"), info.storedAt());
        }
    }

    @Test
    void storeAllWritesABatchInOneTransactionWithTheSameRules() {
        CodedArticle a = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "");
        CodedArticle b = Fixtures.story("ex-02", "Harbor Ledger", MARCH_10, "");
        CodedArticle a2 = Fixtures.story("ex-01", "Meridian Wire", MARCH_10, "changed");
        try (EventStore s = open()) {
            s.store(a, Fixtures.hash(a.article().text()));
            List<StoreResult> r = s.storeAll(List.of(a, b), List.of(Fixtures.hash(a.article().text()), "hb"));
            assertEquals(List.of(StoreResult.Outcome.UNCHANGED, StoreResult.Outcome.ADDED),
                    r.stream().map(StoreResult::outcome).toList());
            r = s.storeAll(List.of(a2), List.of(Fixtures.hash(a2.article().text())));
            assertEquals(StoreResult.Outcome.REPLACED, r.get(0).outcome());
            assertEquals(List.of(a2, b), s.codedArticles());
            assertEquals(Instant.parse("2025-03-11T12:00:00Z"), s.articles(EventQuery.all()).get(1).storedAt());
            assertThrows(IllegalArgumentException.class, () -> s.storeAll(List.of(a, a), List.of("x", "y")));
        }
    }
}
