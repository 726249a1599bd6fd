package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.ingest.ContentHash;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Incident;
import org.herald.model.Mode;
import org.herald.model.Place;
import org.herald.model.Quantity;
import org.herald.model.Span;
import org.herald.store.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands over a store filled by hand (no NLP): formats, filters, widths, exit codes. */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path db;

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        PrintStream out0 = System.out;
        PrintStream err0 = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out0);
            System.setErr(err0);
        }
    }

    static CodedArticle article(String id, String publisher, LocalDate date) {
        String text = "WARSAW - Poland's Foreign Intelligence Agency accused Belarus of sending about 2,000 soldiers to "
                + "Russia, in a long sentence that goes on well past the width of any terminal a reader might use today.";
        Actor pol = new Actor("Poland's Foreign Intelligence Agency", "Foreign Intelligence Agency", "POL", null, "SPY", 9,
                45);
        Actor blr = new Actor("Belarus", null, "BLR", null, null, 55, 62);
        Actor rus = new Actor("Russia", null, "RUS", null, null, 100, 106);
        Quantity q = new Quantity(2000.0, null, null, "soldiers", true, "about 2,000 soldiers", 74, 94);
        Claim c = new Claim(Claimant.of(pol), "accused", "asserts", List.of("NOS"), publisher, "Meridian Wire");
        Span all = new Span(0, text.length(), text);
        Event accuse = new Event(id + "a", id, 0, all, pol, blr, "112", "11", 3, -2.0, null, Mode.ASSERTED, "2025-03-07",
                "day", new Place("Warsaw", "POL", 52.23, 21.01, "city"), List.of(), c, "t.v1", "herald/test");
        Event send = new Event(id + "b", id, 0, all, blr, rus, "072", "07", 2, 8.3, null, Mode.CLAIMED, "2025-03-07",
                "day", null, List.of(q), new Claim(Claimant.of(pol), "accused", "asserts", List.of(), publisher, null),
                "t.v1", "herald/test");
        return new CodedArticle(new Article(id, text, date, publisher, "Title " + id, "https://x.example/" + id, "en"),
                List.of(accuse, send));
    }

    @BeforeEach
    void fill() {
        db = dir.resolve("store/herald.duckdb");
        try (EventStore s = EventStore.open(db)) {
            for (CodedArticle a : List.of(article("ex-01", "Meridian Wire", LocalDate.of(2025, 3, 10)),
                    article("ex-02", "Harbor Ledger", LocalDate.of(2025, 3, 10)))) {
                s.store(a, ContentHash.of(a.article().text() + a.article().id()));
            }
            s.replaceIncidents(List.of(new Incident("inc-1", "072", "07", "BLR", null, "RUS", null, "2025-03-07",
                    "2025-03-07", List.of("ex-01b"), List.of("ex-01", "ex-02"), 2, 1,
                    List.of(new Incident.IncidentQuantity(2000, "soldiers", new Claimant("the agency", "POL", null, "SPY"),
                            "ex-01", Mode.CLAIMED)),
                    List.of(new Incident.Contradiction("quantity", null, null, null, List.of(2000.0, 4500.0), "soldiers",
                            List.of("POL", "UKR"))))));
            s.recordFailure("in/bad.txt", "not UTF-8 text (invalid byte sequence at byte 3)");
        }
    }

    @Test
    void eventsTableFitsAHundredColumns() {
        Run r = run("events", "--db", db.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.lines().get(0).startsWith("day"), r.out());
        for (String line : r.lines()) {
            assertTrue(line.length() <= 100, "too wide: " + line.length() + ": " + line);
        }
        assertTrue(r.out().contains("POLSPY"));
        assertTrue(r.out().endsWith("4 events\n"), r.out());
    }

    @Test
    void eventsJsonlSpeakTheContractNames() throws Exception {
        Run r = run("events", "--db", db.toString(), "--format", "jsonl", "--country", "RUS");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.lines().size());
        JsonNode e = JSON.readTree(r.lines().get(0));
        for (String f : List.of("event_id", "doc_id", "sentence", "evidence", "source_actor", "target_actor", "cameo", "root",
                "quad_class", "goldstein", "plover", "mode", "date", "date_precision", "location", "quantities", "claim",
                "rule", "coder")) {
            assertTrue(e.has(f), "missing " + f);
        }
        assertEquals("claimed", e.get("mode").asText());
        assertEquals(2000, e.get("quantities").get(0).get("value").asInt());
        assertEquals("POL", e.get("claim").get("claimant").get("country").asText());
    }

    @Test
    void filtersCombineAndBadValuesAreUsageErrors() {
        Run r = run("events", "--db", db.toString(), "--format", "csv", "--publisher", "harbor", "--root", "11");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).startsWith("doc_id,event_id,"));
        Run bad = run("events", "--db", db.toString(), "--mode", "rumoured");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("herald events: --mode must be asserted, claimed"), bad.err());
        Run notForIncidents = run("incidents", "--db", db.toString(), "--quad", "3");
        assertEquals(2, notForIncidents.status());
        assertTrue(notForIncidents.err().contains("--quad is not a filter of incidents"), notForIncidents.err());
    }

    @Test
    void claimsActorsFailuresAndIncidents() throws Exception {
        Run claims = run("claims", "--db", db.toString(), "--format", "jsonl", "--doc", "ex-01");
        assertEquals(2, claims.lines().size(), claims.out());
        JsonNode c = JSON.readTree(claims.lines().get(0));
        for (String f : List.of("claim_id", "doc_id", "event_id", "claimant", "verb", "stance", "via", "publisher",
                "upstream", "evidence")) {
            assertTrue(c.has(f), "missing " + f);
        }
        Run claimsTable = run("claims", "--db", db.toString());
        claimsTable.lines().forEach(l -> assertTrue(l.length() <= 100, l));
        Run actors = run("actors", "--db", db.toString(), "--country", "BLR");
        assertEquals(0, actors.status(), actors.err());
        assertTrue(actors.lines().get(1).startsWith("BLR"), actors.out());
        Run failures = run("failures", "--db", db.toString());
        assertTrue(failures.out().contains("in/bad.txt") && failures.out().contains("not UTF-8"), failures.out());
        Run inc = run("incidents", "--db", db.toString(), "--format", "jsonl");
        JsonNode i = JSON.readTree(inc.lines().get(0));
        assertEquals("BLR", i.get("source").get("country").asText());
        assertEquals(2, i.get("publishers").asInt());
        assertEquals(1, i.get("independent_sources").asInt());
        assertEquals("quantity", i.get("contradictions").get(0).get("kind").asText());
        assertEquals(2000, i.get("contradictions").get(0).get("values").get(0).asInt());
        Run report = run("incidents", "--db", db.toString(), "--sources");
        assertTrue(report.out().contains("CONFLICTING NUMBERS: 2,000 vs 4,500 soldiers (POL, UKR)"), report.out());
        assertTrue(report.out().contains("Harbor Ledger"), report.out());
        report.lines().forEach(l -> assertTrue(l.length() <= 100, l));
    }

    @Test
    void exportsWriteFiles() throws Exception {
        Path gdelt = dir.resolve("out/e.tsv");
        Run r = run("export", "--db", db.toString(), "--format", "gdelt", "--out", gdelt.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("herald export: 4 events written to "), r.err());
        for (String line : Files.readAllLines(gdelt)) {
            assertEquals(61, line.split("\t", -1).length);
        }
        Path parquet = dir.resolve("out/e.parquet");
        assertEquals(0, run("export", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString(),
                "--country", "RUS").status());
        assertTrue(Files.size(parquet) > 0);
        Run std = run("export", "--db", db.toString(), "--format", "plover", "--out", "-");
        assertEquals(0, std.status());
        assertEquals(0, std.lines().size(), "no PLOVER type on these hand-built events: all skipped");
        assertTrue(std.err().contains("4 skipped"), std.err());
        assertEquals(2, run("export", "--db", db.toString(), "--format", "xml", "--out", "-").status());
    }

    @Test
    void ingestWithNothingToCodeNeverBuildsTheCoder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xe9});
        Files.writeString(in.resolve("broken.jsonl"), "{\"id\":\n");
        Run r = run("ingest", in.toString(), "--db", db.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("failures   2"), r.out());
        assertTrue(r.err().contains("broken.jsonl:1: line 1: not valid JSON"), r.err());
        Run f = run("failures", "--db", db.toString(), "--format", "jsonl");
        assertEquals(3, f.lines().size(), f.out());
        assertFalse(r.out().contains("coding 0.0 s, storing") && r.out().contains("% of coding"));
    }

    @Test
    void aStoreInUseOrUnwritableIsAOneLineError() throws Exception {
        Path blocked = Files.writeString(dir.resolve("file"), "x");
        Run r = run("events", "--db", blocked.resolve("herald.duckdb").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("herald events: cannot create the folder of the store"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
