package org.herald.store.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that keeps its incidents current ({@link EventStore#keepIncidentsCurrent()}) ends up with exactly the
 * incidents of one grouping of everything it holds, whatever the batches, their order, reopenings of the store and
 * replaced articles.
 */
class StoreKeepsIncidentsTest {
    @TempDir
    Path dir;

    private final IncidentClusterer clusterer = new IncidentClusterer();

    /** What a test can compare of an incident once it has been stored and read back. */
    private static Map<String, String> shape(List<Incident> incidents) {
        Map<String, String> out = new TreeMap<>();
        for (Incident i : incidents) {
            out.put(i.incidentId(), i.cameo() + " " + i.sourceCountry() + i.sourceOrg() + ">" + i.targetCountry()
                    + i.targetOrg() + " " + i.firstDate() + ".." + i.lastDate() + " " + new TreeSet<>(i.articles()) + " "
                    + new TreeSet<>(i.events()) + " p" + i.publishers() + " s" + i.independentSources() + " q"
                    + i.quantities().size() + " c" + i.contradictions().size());
        }
        return out;
    }

    private void storeInBatches(List<CodedArticle> corpus, long seed) {
        List<CodedArticle> order = new ArrayList<>(corpus);
        Random random = new Random(seed);
        Collections.shuffle(order, random);
        Path db = dir.resolve("s" + seed + ".duckdb");
        Map<String, CodedArticle> held = new LinkedHashMap<>();
        int i = 0;
        int batch = 0;
        while (i < order.size()) {
            // reopen now and then: the store rebuilds what it holds in memory from the database
            try (EventStore s = EventStore.open(db)) {
                s.keepIncidentsCurrent();
                for (int round = 0; round < 3 && i < order.size(); round++, batch++) {
                    int n = Math.min(order.size() - i, 1 + random.nextInt(7));
                    List<CodedArticle> part = order.subList(i, i + n);
                    if (batch % 2 == 0) {
                        s.storeAll(part, part.stream().map(a -> "h-" + a.article().id()).toList());
                    } else {
                        part.forEach(a -> s.store(a, "h-" + a.article().id()));
                    }
                    part.forEach(a -> held.put(a.article().id(), a));
                    i += n;
                    assertEquals(shape(clusterer.cluster(held.values())), shape(s.incidents(EventQuery.all())),
                            "after batch " + batch + " of seed " + seed);
                }
            }
        }
        try (EventStore s = EventStore.open(db)) {
            s.keepIncidentsCurrent();
            // a changed article replaces the old one (here: it loses its events), then the original comes back
            CodedArticle first = order.get(0);
            CodedArticle bare = new CodedArticle(first.article(), List.of());
            s.store(bare, "h-changed");
            held.put(first.article().id(), bare);
            assertEquals(shape(clusterer.cluster(held.values())), shape(s.incidents(EventQuery.all())), "replaced");
            s.store(first, "h-" + first.article().id());
            held.put(first.article().id(), first);
            List<Incident> current = s.incidents(EventQuery.all());
            assertEquals(shape(clusterer.cluster(held.values())), shape(current), "restored");
            s.rebuildIncidents();
            assertEquals(shape(current), shape(s.incidents(EventQuery.all())), "a full rebuild changes nothing");
        }
    }

    @Test
    void theExampleKeyStoredInBatchesHasTheIncidentsOfOneGrouping() {
        for (long seed : new long[] {1, 2, 3}) {
            storeInBatches(ExampleKey.articles(), seed);
        }
    }

    @Test
    void theCodersSnapshotStoredInBatchesHasTheIncidentsOfOneGrouping() {
        storeInBatches(ContractJson.coded("example-articles.jsonl", "example-events-coded.jsonl"), 7);
    }
}
