package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.herald.model.Mode;
import org.herald.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every filter of the query methods, over a small hand-built store. */
class QueryTest {
    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() {
        store = EventStore.open(dir.resolve("q.duckdb"));
        for (CodedArticle a : List.of(
                Fixtures.story("ex-01", "Meridian Wire", LocalDate.of(2025, 3, 10), ""),
                Fixtures.story("ex-02", "Harbor Ledger", LocalDate.of(2025, 3, 10), ""),
                Fixtures.story("ex-03", "Northgate Post", LocalDate.of(2025, 4, 2), "Later."))) {
            store.store(a, Fixtures.hash(a.article().text() + a.article().id()));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static EventQuery.Builder q() {
        return EventQuery.builder();
    }

    @Test
    void countryMatchesSourceOrTarget() {
        assertEquals(3, store.events(q().country("rus").build()).size(), "3 articles x the 072 event");
        assertEquals(3, store.countEvents(q().country("RUS").build()));
        assertEquals(9, store.countEvents(q().country("BLR").build()));
        assertEquals(0, store.countEvents(q().country("FRA").build()));
    }

    @Test
    void actorMatchesCodePrefixOrWords() {
        assertEquals(3, store.countEvents(q().actor("POLSPY").build()));
        assertEquals(3, store.countEvents(q().actor("intelligence agency").build()));
        assertEquals(3, store.countEvents(q().actor("Foreign Intelligence").build()), "the canonical name");
        assertEquals(3, store.countEvents(q().actor("BLRGOV").build()));
    }

    @Test
    void codesAndModesFilterExactlyOrByPrefix() {
        assertEquals(3, store.countEvents(q().sector("spy").build()));
        assertEquals(3, store.countEvents(q().cameo("11").build()));
        assertEquals(3, store.countEvents(q().cameo("112").build()));
        assertEquals(0, store.countEvents(q().cameo("1121").build()));
        assertEquals(3, store.countEvents(q().root("7").build()), "root 7 is 07");
        assertEquals(3, store.countEvents(q().quadClass(3).build()));
        assertEquals(3, store.countEvents(q().mode("Claimed").build()));
        assertThrows(IllegalArgumentException.class, () -> q().mode("rumoured").build());
        assertThrows(IllegalArgumentException.class, () -> q().cameo("1a").build());
        assertThrows(IllegalArgumentException.class, () -> q().quadClass(5).build());
    }

    @Test
    void datesFilterTheEventDayElseThePublicationDay() {
        // events dated 2025-03-07 and 03-08 in each article; the undated claimed event takes the publication day
        assertEquals(6, store.countEvents(q().from(LocalDate.of(2025, 3, 7)).to(LocalDate.of(2025, 3, 8)).build()));
        assertEquals(1, store.countEvents(q().from(LocalDate.of(2025, 4, 1)).build()), "ex-03's undated event");
        assertEquals(2, store.countEvents(q().from(LocalDate.of(2025, 3, 9)).to(LocalDate.of(2025, 3, 31)).build()));
        assertThrows(IllegalArgumentException.class,
                () -> q().from(LocalDate.of(2025, 4, 1)).to(LocalDate.of(2025, 3, 1)).build());
    }

    @Test
    void placePublisherTextAndDoc() {
        assertEquals(3, store.countEvents(q().place("warsaw").build()));
        assertEquals(3, store.countEvents(q().place("POL").build()));
        assertEquals(3, store.countEvents(q().publisher("harbor").build()));
        assertEquals(9, store.countEvents(q().text("2,000 SOLDIERS").build()));
        assertEquals(3, store.countEvents(q().text("Later").build()));
        assertEquals(3, store.countEvents(q().doc("ex-02").build()));
        assertEquals(1, store.countEvents(q().doc("ex-02").country("RUS").mode("claimed").build()), "filters combine");
    }

    @Test
    void aValueIsNeverSql() {
        assertEquals(0, store.countEvents(q().publisher("x' OR '1'='1").build()));
        assertEquals(0, store.countEvents(q().text("%").build()));
        assertEquals(0, store.countEvents(q().actor("_").build()));
    }

    @Test
    void limitCapsRowsButNotTheCount() {
        assertEquals(2, store.events(q().limit(2).build()).size());
        assertEquals(store.events(EventQuery.all()).subList(0, 5), store.events(q().limit(5).build()),
                "a page (read in two steps) is the head of the whole list");
        assertEquals(store.events(q().country("BLR").build()).subList(0, 4),
                store.events(q().country("BLR").limit(4).build()));
        assertEquals(List.of(), store.events(q().country("FRA").limit(10).build()));
        assertEquals(9, store.countEvents(q().limit(2).build()));
    }

    @Test
    void claimsCarryTheirClaimantAndTheReportedEvidence() {
        List<ClaimRow> claims = store.claims(q().doc("ex-01").build());
        assertEquals(2, claims.size());
        ClaimRow accuse = claims.stream().filter(c -> c.cameo().equals("112")).findFirst().orElseThrow();
        assertEquals(new Claimant("Poland's intelligence agency", "POL", null, "SPY"), accuse.claimant());
        assertEquals(List.of("NOS"), accuse.via());
        assertEquals("Meridian Wire", accuse.upstream());
        assertEquals("asserts", accuse.stance());
        assertTrue(accuse.evidence().text().startsWith("WARSAW"));
        assertEquals(6, store.claims(q().country("pol").build()).size(), "the claimant's country counts");
    }

    @Test
    void actorsAreCountedByRole() {
        List<ActorRow> rows = store.actors(EventQuery.all());
        ActorRow blr = rows.stream().filter(r -> r.code().equals("BLR")).findFirst().orElseThrow();
        assertEquals(6, blr.events());
        assertEquals(3, blr.asSource());
        assertEquals(3, blr.asTarget());
        assertEquals(3, blr.articles());
        ActorRow pol = rows.stream().filter(r -> r.code().equals("POLSPY")).findFirst().orElseThrow();
        assertEquals("Foreign Intelligence Agency", pol.name());
        assertEquals(List.of("BLR", "BLRGOV"),
                store.actors(q().country("BLR").build()).stream().map(ActorRow::code).sorted().toList());
    }

    @Test
    void incidentsRoundTripAndFilter() {
        Incident i = new Incident("inc-1", "112", "11", "POL", null, "BLR", null, "2025-03-07", "2025-03-07",
                List.of("ex-01-e10", "ex-02-e10"), List.of("ex-01", "ex-02"), 2, 1,
                List.of(new Incident.IncidentQuantity(2000, "soldiers", new Claimant("the agency", "POL", null, "SPY"),
                        "ex-01", Mode.CLAIMED)),
                List.of(new Incident.Contradiction("denial", new Claimant("Minsk", "BLR", null, "GOV"), "ex-02",
                                new Span(0, 6, "WARSAW"), null, null, null),
                        new Incident.Contradiction("quantity", null, null, null, List.of(2000.0, 4500.0), "soldiers",
                                List.of("POL", "UKR"))));
        Incident j = new Incident("inc-2", "072", "07", "BLR", null, "RUS", null, "2025-03-10", "2025-04-02",
                List.of("ex-03-e26"), List.of("ex-03"), 1, 1, List.of(), List.of());
        store.replaceIncidents(List.of(i, j));
        assertEquals(List.of(i, j), store.incidents(EventQuery.all()));
        assertEquals(List.of(j), store.incidents(q().country("RUS").build()));
        assertEquals(List.of(i), store.incidents(q().publisher("harbor").build()));
        assertEquals(List.of(j), store.incidents(q().from(LocalDate.of(2025, 3, 9)).build()));
        assertEquals(List.of(i), store.incidents(q().root("11").build()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.incidents(q().mode("claimed").build()));
        assertEquals("--mode is not a filter of incidents", e.getMessage());
        store.replaceIncidents(List.of(j));
        assertEquals(List.of(j), store.incidents(EventQuery.all()));
        assertEquals(1L, store.counts().get("incident_articles"));
        assertEquals(0L, store.counts().get("incident_contradictions"));
    }
}
