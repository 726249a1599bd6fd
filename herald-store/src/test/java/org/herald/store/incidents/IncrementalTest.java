package org.herald.store.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.junit.jupiter.api.Test;

/** Incremental adds, replacements and removals give what one batch gives, in any order. */
class IncrementalTest {
    private final IncidentClusterer clusterer = new IncidentClusterer();

    /** Applies updates to a copy, as a store would. */
    private static void apply(Map<String, Incident> copy, IncidentIndex.Update u) {
        for (String id : u.removed()) {
            assertTrue(copy.containsKey(id), "removed an unknown incident " + id);
            copy.remove(id);
        }
        for (Incident i : u.changed()) {
            copy.put(i.incidentId(), i);
        }
    }

    private static List<Incident> sorted(Map<String, Incident> copy) {
        List<Incident> l = new ArrayList<>(copy.values());
        l.sort(java.util.Comparator.comparing(Incident::firstDate, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())).thenComparing(Incident::incidentId));
        return l;
    }

    @Test
    void addingOneByOneInAnyOrderGivesTheBatchResult() {
        List<CodedArticle> corpus = ExampleKey.articles();
        List<Incident> batch = clusterer.cluster(corpus);
        Random random = new Random(20250310);
        for (int round = 0; round < 12; round++) {
            List<CodedArticle> order = new ArrayList<>(corpus);
            Collections.shuffle(order, random);
            IncidentIndex index = clusterer.newIndex();
            Map<String, Incident> copy = new HashMap<>();
            for (CodedArticle a : order) {
                apply(copy, index.add(a));
            }
            assertEquals(batch, index.incidents(), "round " + round);
            assertEquals(batch, sorted(copy), "updates applied in order, round " + round);
        }
    }

    @Test
    void theCodedSnapshotToo() {
        List<CodedArticle> corpus = ContractJson.coded("example-articles.jsonl", "example-events-coded.jsonl");
        List<Incident> batch = clusterer.cluster(corpus);
        Random random = new Random(7);
        for (int round = 0; round < 8; round++) {
            List<CodedArticle> order = new ArrayList<>(corpus);
            Collections.shuffle(order, random);
            IncidentIndex index = clusterer.newIndex();
            Map<String, Incident> copy = new HashMap<>();
            for (CodedArticle a : order) {
                apply(copy, index.add(a));
            }
            assertEquals(batch, index.incidents(), "round " + round);
            assertEquals(batch, sorted(copy));
        }
    }

    @Test
    void removingArticlesGivesTheBatchOfTheRest() {
        List<CodedArticle> corpus = ExampleKey.articles();
        Random random = new Random(42);
        for (int round = 0; round < 6; round++) {
            IncidentIndex index = clusterer.newIndex();
            Map<String, Incident> copy = new HashMap<>();
            apply(copy, index.addAll(corpus));
            List<CodedArticle> kept = new ArrayList<>(corpus);
            Collections.shuffle(kept, random);
            List<CodedArticle> gone = new ArrayList<>(kept.subList(0, 15));
            kept.removeAll(gone);
            for (CodedArticle g : gone) {
                apply(copy, index.remove(g.article().id()));
            }
            List<Incident> expected = clusterer.cluster(kept);
            assertEquals(expected, index.incidents(), "round " + round);
            assertEquals(expected, sorted(copy));
            assertEquals(kept.size(), index.articleCount());
            // and back again
            for (CodedArticle g : gone) {
                apply(copy, index.add(g));
            }
            assertEquals(clusterer.cluster(corpus), index.incidents());
            assertEquals(index.incidents(), sorted(copy));
        }
    }

    @Test
    void reAddingAnIdenticalArticleChangesNothingAndAChangedOneReplacesIt() {
        IncidentIndex index = clusterer.newIndex();
        CodedArticle a = Coded.article("a", "2025-03-10", "P1").event("110", "POL", "BLR").build();
        CodedArticle b = Coded.article("b", "2025-03-10", "P2").event("110", "POL", "BLR").build();
        index.add(a);
        IncidentIndex.Update joined = index.add(b);
        assertEquals(1, joined.changed().size());
        assertEquals(List.of(), joined.removed());
        assertTrue(index.add(b).isEmpty());
        assertTrue(index.addAll(List.of(a, b)).isEmpty());

        // b now reports something else: the summons loses it, a new incident appears
        CodedArticle b2 = Coded.article("b", "2025-03-10", "P2").event("163", "POL", "BLR").build();
        IncidentIndex.Update u = index.add(b2);
        assertEquals(2, u.changed().size());
        assertEquals(List.of(), u.removed());
        assertEquals(clusterer.cluster(List.of(a, b2)), index.incidents());

        // taking out the anchor changes the summons's id: the old one is reported removed
        String old = index.incidentOf("a", "a-e0").orElseThrow();
        IncidentIndex.Update gone = index.remove("a");
        assertEquals(List.of(old), gone.removed());
        assertEquals(List.of(), gone.changed());
        assertEquals(clusterer.cluster(List.of(b2)), index.incidents());
        assertTrue(index.remove("a").isEmpty(), "removing twice does nothing");
    }

    @Test
    void anEarlierReportBecomesTheSeedAndTheOldIdIsRemoved() {
        IncidentIndex index = clusterer.newIndex();
        String first = index.add(Coded.article("a", "2025-03-10", "P1").event("110", "POL", "BLR").build())
                .changed().get(0).incidentId();
        IncidentIndex.Update u = index.add(Coded.article("c", "2025-03-08", "P3").event("110", "POL", "BLR").build());
        assertEquals(List.of(first), u.removed());
        assertEquals(1, u.changed().size());
        assertEquals(List.of("c", "a"), u.changed().get(0).articles());
        assertEquals(List.of(u.changed().get(0)), index.incidents());
    }

    @Test
    void anIncidentSpansOneWindowFromItsFirstReport() {
        CodedArticle a = Coded.article("a", "2025-03-01", "P1").event("110", "POL", "BLR").build();
        CodedArticle b = Coded.article("b", "2025-03-07", "P2").event("110", "POL", "BLR").build();
        CodedArticle c = Coded.article("c", "2025-03-13", "P3").event("110", "POL", "BLR").build();
        List<Incident> l = clusterer.cluster(List.of(c, b, a));
        assertEquals(List.of(List.of("a", "b"), List.of("c")), l.stream().map(Incident::articles).toList(),
                "c is within a week of b but not of the incident's first report");
        IncidentIndex index = clusterer.newIndex();
        Map<String, Incident> copy = new HashMap<>();
        apply(copy, index.add(c));
        apply(copy, index.add(b));
        assertEquals(1, index.incidents().size(), "b and c: one incident");
        apply(copy, index.add(a));
        assertEquals(l, index.incidents(), "a takes b; c is on its own again");
        assertEquals(l, sorted(copy));
    }

    @Test
    void aDenialMovesWhenABetterTargetArrives() {
        IncidentIndex index = clusterer.newIndex();
        Map<String, Incident> copy = new HashMap<>();
        // first only an accusation against Belarus: the denial attaches to it
        apply(copy, index.add(Coded.article("a", "2025-03-10", "P1").event("112", "POL/SPY", "BLR").speech()
                .build()));
        apply(copy, index.add(Coded.article("d", "2025-03-11", "P2").event("016", "BLR/GOV", null).denialAct()
                .build()));
        assertEquals(1, index.incidents().size());
        assertEquals(1, index.incidents().get(0).contradictions().size());
        // then the claimed deed itself: the denial moves to it
        apply(copy, index.add(Coded.article("b", "2025-03-10", "P3").event("072", "BLR/MIL", "RUS")
                .claimedBy("POL/SPY").build()));
        List<Incident> now = index.incidents();
        assertEquals(2, now.size());
        Incident deed = now.stream().filter(i -> i.root().equals("07")).findFirst().orElseThrow();
        Incident accusation = now.stream().filter(i -> i.root().equals("11")).findFirst().orElseThrow();
        assertEquals(List.of("b", "d"), deed.articles());
        assertEquals(List.of(), accusation.contradictions());
        assertEquals(now, sorted(copy));
        // and back when the deed's report goes
        apply(copy, index.remove("b"));
        assertEquals(1, index.incidents().get(0).contradictions().size());
        assertEquals(index.incidents(), sorted(copy));
    }

    @Test
    void theIndexCanBeSharedBetweenThreads() throws Exception {
        List<CodedArticle> corpus = ExampleKey.articles();
        IncidentIndex index = clusterer.newIndex();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int from = t;
            threads.add(new Thread(() -> {
                for (int i = from; i < corpus.size(); i += 4) {
                    index.add(corpus.get(i));
                    index.incidents();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(clusterer.cluster(corpus), index.incidents());
    }
}
