package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald ingest} and {@code herald demo} with the real pipeline. */
@Tag("corenlp")
class IngestCommandIT {
    @TempDir
    Path dir;

    @Test
    void ingestCodesStoresAndSkipsWhatItAlreadyHas() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a1\",\"date\":\"2024-10-22\",\"source\":\"Wire\",\"text\":\"France and Germany "
                + "condemned Iran on Tuesday.\"}\n{\"id\":\"a2\",\"text\":\"Russian police arrested dozens of protesters "
                + "in Moscow.\"}\n{\"id\":\"a3\",\"text\":\n");
        Path db = dir.resolve("h.duckdb");
        StoreCommandsTest.Run first = StoreCommandsTest.run("ingest", in.toString(), "--db", db.toString());
        assertEquals(1, first.status(), "a3 failed: " + first.err());
        assertTrue(first.out().contains("articles   2 read: 2 stored (2 new, 0 replaced), 0 skipped duplicates"),
                first.out());
        Map<String, Long> before;
        try (EventStore s = EventStore.open(db)) {
            before = s.counts();
        }
        assertTrue(before.get("events") >= 2, before.toString());
        StoreCommandsTest.Run second = StoreCommandsTest.run("ingest", in.toString(), "--db", db.toString());
        assertTrue(second.out().contains("2 skipped duplicates"), second.out());
        try (EventStore s = EventStore.open(db)) {
            assertEquals(before, s.counts(), "ingesting the same input twice changes no table");
        }
        StoreCommandsTest.Run events = StoreCommandsTest.run("events", "--db", db.toString(), "--country", "IRN");
        assertTrue(events.out().contains("IRN"), events.out());
    }

    @Test
    void demoPrintsIncidentsWithTheirSources() {
        Path db = dir.resolve("demo.duckdb");
        StoreCommandsTest.Run r = StoreCommandsTest.run("demo", "--db", db.toString(), "--limit", "7");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Incidents: "), r.out());
        assertTrue(r.out().contains("store: " + db), r.out());
        assertTrue(r.out().contains("\n== "), "at least one incident: " + r.out());
        assertTrue(r.out().contains("Meridian Wire"), r.out());
        assertTrue(r.out().contains("7 articles, "), r.out());
        r.out().lines().forEach(l -> assertTrue(l.length() <= 100, l));
    }
}
