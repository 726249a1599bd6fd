package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.herald.model.Incident;
import org.herald.model.Incident.Contradiction;
import org.herald.store.EventQuery;
import org.herald.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's acceptance on the bundled example corpus, end to end: CoreNLP, the coder, the store and the incident
 * grouper on the 48 articles, checked against the answer key ({@code examples/STORIES.md}). Every primary
 * incident of the key must come out as one incident holding at least the articles the key lists; no incident may
 * mix stories; publishers and independent sources must count outlets and text families; the key's denials and
 * conflicting numbers must be flagged.
 */
@Tag("corenlp")
class ExampleCorpusIT {
    @TempDir
    static Path dir;

    private static List<Incident> incidents;

    /** A primary incident of the key: root (a regex over roots the key accepts), its dyad, its articles. */
    private record Key(String name, String roots, String source, String target, boolean symmetric, int... articles) {
    }

    private static final List<Key> KEY = List.of(
            new Key("A1/A3 summons and accusation", "11", "POL", "BLR", false, 1, 2, 4, 6, 7),
            new Key("A2 troops sent", "07", "BLR", "RUS", false, 1, 2, 3, 4, 5, 6, 7),
            new Key("B1/B2 the clash", "19", "TJK", "KGZ", true, 8, 9, 10, 12, 13, 14),
            new Key("B3 the ceasefire", "08", "KGZ", "TJK", true, 12, 13, 14),
            new Key("C1 EU sanctions", "16", "EU", "VEN", false, 15, 16, 17, 18, 19, 20),
            new Key("C2/C3 condemnation and summons", "11", "VEN", "EU", false, 17, 18, 19, 20),
            new Key("C4 the threat", "13", "VEN", "EU", false, 18, 19),
            new Key("C5 arrests of the opposition", "17", "VEN", "VEN", false, 15, 16, 20),
            new Key("D1 talks", "04", "ETH", "SOM", true, 22, 23, 24, 25),
            new Key("D2 Turkey hosts", "04", "TUR", null, false, 22, 23, 24, 25),
            new Key("D3 the declaration", "05", "ETH", "SOM", true, 24, 25, 26),
            new Key("E1/E2 the crackdown", "17", "GEO", "GEO", false, 27, 28, 29, 30, 31, 32, 33),
            new Key("E3 the protest", "14", "GEO", "GEO", false, 27, 28),
            new Key("E4 EU criticism", "11", "EU", "GEO", false, 31, 32),
            new Key("E5 Georgia rejects it", "1[12]", "GEO", "EU", false, 31, 32),
            new Key("F1 the delivery", "07", "ITA", "LBN", false, 35, 36, 37, 38, 39),
            new Key("F2 the pledges", "03", "ITA", "LBN", false, 34, 38, 39),
            new Key("F3 the visit and talks", "04", "ITA", "LBN", true, 38, 39),
            new Key("G1 Moldova expels", "16", "MDA", "RUS", false, 40, 41, 42, 43, 44, 45),
            new Key("G2 Russia retaliates", "16", "RUS", "MDA", false, 43, 44, 45));

    /** Copies and the original they count with (STORIES.md). */
    private static final Map<Integer, Integer> COPIES = Map.ofEntries(Map.entry(2, 1), Map.entry(6, 1),
            Map.entry(9, 8), Map.entry(13, 12), Map.entry(16, 15), Map.entry(19, 18), Map.entry(23, 22),
            Map.entry(25, 24), Map.entry(28, 27), Map.entry(32, 31), Map.entry(36, 35), Map.entry(39, 38),
            Map.entry(42, 41), Map.entry(44, 43));

    @BeforeAll
    static void ingest() throws Exception {
        Path db = dir.resolve("examples.duckdb");
        StoreCommandsTest.Run r = StoreCommandsTest.run("demo", "--db", db.toString());
        assertEquals(0, r.status(), r.err());
        try (EventStore s = EventStore.open(db)) {
            incidents = List.copyOf(s.incidents(EventQuery.all()));
        }
    }

    private static int number(String docId) {
        return Integer.parseInt(docId.substring(3));
    }

    private static char story(int n) {
        return n <= 7 ? 'A' : n <= 14 ? 'B' : n <= 20 ? 'C' : n <= 26 ? 'D' : n <= 33 ? 'E' : n <= 39 ? 'F'
                : n <= 45 ? 'G' : '-';
    }

    private static String key(String country, String org) {
        return country != null ? country : org;
    }

    private static boolean matches(Incident i, Key k) {
        if (!i.root().matches(k.roots())) {
            return false;
        }
        String s = key(i.sourceCountry(), i.sourceOrg());
        String t = key(i.targetCountry(), i.targetOrg());
        boolean forward = k.source().equals(s) && (k.target() == null || k.target().equals(t));
        return forward || k.symmetric() && k.source().equals(t) && k.target().equals(s);
    }

    @Test
    void everyPrimaryIncidentOfTheKeyIsOneIncident() {
        List<String> misses = new ArrayList<>();
        for (Key k : KEY) {
            Set<String> want = IntStream.of(k.articles()).mapToObj(n -> String.format("ex-%02d", n))
                    .collect(Collectors.toCollection(TreeSet::new));
            List<Incident> found = incidents.stream().filter(i -> matches(i, k)).toList();
            if (found.stream().noneMatch(i -> i.articles().containsAll(want))) {
                misses.add(k.name() + ": wanted " + want + " in one incident, got "
                        + found.stream().map(i -> new TreeSet<>(i.articles()).toString()).toList());
            }
        }
        assertTrue(misses.isEmpty(), () -> misses.size() + " of " + KEY.size() + " missed:\n" + String.join("\n", misses));
    }

    @Test
    void noIncidentMixesStoriesAndSourcesAreCountedByOutletAndTextFamily() {
        for (Incident i : incidents) {
            List<Integer> ns = i.articles().stream().map(ExampleCorpusIT::number).toList();
            Set<Character> stories = ns.stream().map(ExampleCorpusIT::story).collect(Collectors.toSet());
            assertEquals(1, stories.size(), () -> "mixes stories: " + i);
            Set<Integer> families = new HashSet<>();
            ns.forEach(n -> families.add(COPIES.getOrDefault(n, n)));
            assertEquals(ns.size(), i.publishers(), () -> "one outlet per article in a story: " + i);
            assertEquals(families.size(), i.independentSources(), () -> "copies count with their original: " + i);
        }
    }

    private static Incident only(Key k) {
        List<Incident> l = incidents.stream().filter(i -> matches(i, k) && i.articles().size() >= k.articles().length)
                .toList();
        assertTrue(!l.isEmpty(), k.name());
        return l.get(0);
    }

    private static Set<String> deniers(Incident i) {
        return i.contradictions().stream().filter(c -> c.kind().equals("denial")).map(c -> c.by().country())
                .collect(Collectors.toSet());
    }

    private static List<Double> numbers(Incident i) {
        return i.contradictions().stream().filter(c -> c.kind().equals("quantity")).findFirst()
                .map(Contradiction::values).orElse(List.of());
    }

    @Test
    void theDenialsAndTheConflictingNumbersAreFlagged() {
        Incident a2 = only(KEY.get(1));
        assertTrue(deniers(a2).contains("BLR"), a2::toString);
        assertEquals(List.of(2000.0, 4500.0), numbers(a2), a2::toString);
        Incident clash = only(KEY.get(2));
        assertTrue(deniers(clash).contains("TJK"), clash::toString);
        assertEquals(List.of(7.0, 12.0), numbers(clash), clash::toString);
        Incident c5 = only(KEY.get(7));
        assertTrue(deniers(c5).contains("VEN"), c5::toString);
        Incident e = only(KEY.get(11));
        assertTrue(deniers(e).contains("GEO"), e::toString);
        assertEquals(List.of(146.0, 400.0), numbers(e), e::toString);
        long numbers = incidents.stream().filter(i -> !numbers(i).isEmpty()).count();
        assertEquals(3, numbers, "the corpus has three conflicting tolls and no other");
    }
}
