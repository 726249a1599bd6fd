package org.herald.store.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;
import org.herald.model.Incident.Contradiction;
import org.junit.jupiter.api.Test;

/**
 * The bundled example corpus (herald-cli {@code examples/}, answer key {@code STORIES.md}). With the key's own
 * events ({@link ExampleKey}) every primary incident must come out as the key says; with a snapshot of what
 * herald's coder made of the texts ({@code example-events-coded.jsonl}) only what does not depend on the coder is
 * checked: no incident mixes stories, the copies are found, the retaliation pair stays apart.
 */
class ExampleCorpusTest {
    private final IncidentClusterer clusterer = new IncidentClusterer();

    private static String key(String country, String org) {
        return country != null ? country : org;
    }

    private static Predicate<Incident> is(String root, String source, String target) {
        return i -> i.root().equals(root) && key(i.sourceCountry(), i.sourceOrg()).equals(source)
                && (target == null || target.equals(key(i.targetCountry(), i.targetOrg())));
    }

    private static Incident find(List<Incident> l, String root, String source, String target) {
        List<Incident> found = l.stream().filter(is(root, source, target)).toList();
        assertEquals(1, found.size(), () -> root + " " + source + ">" + target + ": " + found);
        return found.get(0);
    }

    /** The incident of a symmetric dyad, named in either direction. */
    private static Incident either(List<Incident> l, String root, String a, String b) {
        List<Incident> found = l.stream().filter(is(root, a, b).or(is(root, b, a))).toList();
        assertEquals(1, found.size(), () -> root + " " + a + "<>" + b + ": " + found);
        return found.get(0);
    }

    private static Incident withArticle(List<Incident> l, String root, String docId) {
        List<Incident> found = l.stream().filter(i -> i.root().equals(root) && i.articles().contains(docId)).toList();
        assertEquals(1, found.size(), () -> root + " with " + docId + ": " + found);
        return found.get(0);
    }

    private static List<String> docs(int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> String.format("ex-%02d", n)).toList();
    }

    private static void assertArticles(List<String> expected, Incident i) {
        assertEquals(new TreeSet<>(expected), new TreeSet<>(i.articles()), i::toString);
    }

    private static List<Contradiction> kind(Incident i, String kind) {
        return i.contradictions().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    private static Set<String> deniers(Incident i) {
        return kind(i, "denial").stream().map(c -> c.by().country() + "/" + c.by().sector() + "@" + c.docId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void withTheKeysEventsEveryPrimaryIncidentComesOutAsTheKeySays() {
        List<Incident> l = clusterer.cluster(ExampleKey.articles());
        for (Incident i : l) {
            assertEquals(1, IncidentClustererTest.stories(i).size(), () -> "mixes stories: " + i);
        }
        assertEquals(21, l.size(), l::toString);

        // A: A1 and A3 share POL>BLR root 11 (merge accepted); A2 is the troop transfer, denied, with two tolls
        assertArticles(docs(1, 2, 4, 6, 7), find(l, "11", "POL", "BLR"));
        Incident a2 = find(l, "07", "BLR", "RUS");
        assertArticles(docs(1, 2, 3, 4, 5, 6, 7), a2);
        assertEquals(7, a2.publishers());
        assertEquals(5, a2.independentSources());
        assertEquals(Set.of("BLR/GOV@ex-04", "BLR/GOV@ex-05"), deniers(a2));
        Contradiction a2n = kind(a2, "quantity").get(0);
        assertEquals(List.of(2000.0, 4500.0), a2n.values());
        assertEquals(List.of("POL", "UKR"), a2n.claimants());
        assertEquals("soldiers", a2n.unit());

        // B: the two directions of the clash are one root-19 incident; the ceasefire is another
        Incident b = withArticle(l, "19", "ex-08");
        assertArticles(docs(8, 9, 10, 12, 13, 14), b);
        assertEquals(Set.of("TJK/GOV@ex-10", "TJK/GOV@ex-12", "TJK/GOV@ex-13"), deniers(b));
        Contradiction toll = kind(b, "quantity").get(0);
        assertEquals(List.of(7.0, 12.0), toll.values());
        assertEquals(List.of("TJK", "KGZ"), toll.claimants());
        assertEquals("people killed", toll.unit());
        assertArticles(docs(12, 13, 14), withArticle(l, "08", "ex-12"));

        // C
        Incident c1 = find(l, "16", "EU", "VEN");
        assertArticles(docs(15, 16, 17, 18, 19, 20), c1);
        assertEquals(6, c1.publishers());
        assertEquals(4, c1.independentSources());
        assertArticles(docs(17, 18, 19, 20), find(l, "11", "VEN", "EU"));
        assertArticles(docs(18, 19), find(l, "13", "VEN", "EU"));
        Incident c5 = find(l, "17", "VEN", "VEN");
        assertArticles(docs(15, 16, 17, 20), c5);
        assertEquals(Set.of("VEN/GOV@ex-17"), deniers(c5));

        // D: symmetric talks, Turkey's hosting of both delegations, the signing; no contradiction
        assertArticles(docs(22, 23, 24, 25), either(l, "04", "ETH", "SOM"));
        assertArticles(docs(21, 22, 23, 24, 25), find(l, "04", "TUR", null));
        assertArticles(docs(24, 25, 26), withArticle(l, "05", "ex-26"));

        // E: E1 and E2 are one root-17 incident, denied, with the 146 / 400 detainee counts
        Incident e = find(l, "17", "GEO", "GEO");
        assertArticles(docs(27, 28, 29, 30, 31, 32, 33), e);
        assertEquals(7, e.publishers());
        assertEquals(5, e.independentSources());
        assertEquals(Set.of("GEO/GOV@ex-29"), deniers(e));
        Contradiction detained = kind(e, "quantity").get(0);
        assertEquals(List.of(146.0, 400.0), detained.values());
        assertEquals(List.of("GEO", "GEO"), detained.claimants());
        assertArticles(docs(27, 28), find(l, "14", "GEO", "GEO"));
        assertArticles(docs(31, 32), find(l, "11", "EU", "GEO"));
        assertArticles(docs(31, 32), find(l, "11", "GEO", "EU"));

        // F: the delivery, the two pledges (merge accepted), the visit
        assertArticles(docs(35, 36, 37, 38, 39), find(l, "07", "ITA", "LBN"));
        assertArticles(docs(34, 38, 39), find(l, "03", "ITA", "LBN"));
        assertArticles(docs(38, 39), withArticle(l, "04", "ex-38"));

        // G: the retaliation pair stays two incidents; the accusation carries the embassy's denial
        Incident g1 = find(l, "16", "MDA", "RUS");
        assertArticles(docs(40, 41, 42, 43, 44, 45), g1);
        assertEquals(6, g1.publishers());
        assertEquals(4, g1.independentSources());
        assertArticles(docs(43, 44, 45), find(l, "16", "RUS", "MDA"));
        Incident g3 = find(l, "11", "MDA", "RUS");
        assertEquals(Set.of("RUS/GOV@ex-40", "RUS/GOV@ex-41", "RUS/GOV@ex-42"), deniers(g3));

        // no other denial or conflicting number anywhere
        long denials = l.stream().mapToLong(i -> kind(i, "denial").size()).sum();
        long numbers = l.stream().mapToLong(i -> kind(i, "quantity").size()).sum();
        assertEquals(2 + 3 + 1 + 1 + 3, denials);
        assertEquals(3, numbers);
    }

    @Test
    void theFourteenCopiesAreFoundAndTheCorpusHas34Origins() {
        IncidentIndex index = clusterer.newIndex();
        List<CodedArticle> corpus = ExampleKey.articles();
        index.addAll(corpus);
        Set<String> origins = new HashSet<>();
        for (CodedArticle a : corpus) {
            origins.add(index.originOf(a.article().id()).orElseThrow());
        }
        assertEquals(34, origins.size());
        List<int[]> copies = List.of(new int[] {2, 1}, new int[] {6, 1}, new int[] {9, 8}, new int[] {13, 12},
                new int[] {16, 15}, new int[] {19, 18}, new int[] {23, 22}, new int[] {25, 24}, new int[] {28, 27},
                new int[] {32, 31}, new int[] {36, 35}, new int[] {39, 38}, new int[] {42, 41}, new int[] {44, 43});
        for (int[] c : copies) {
            String copy = String.format("ex-%02d", c[0]);
            assertEquals(java.util.Optional.of(String.format("ex-%02d", c[1])), index.originOf(copy), copy);
        }
    }

    @Test
    void withTheCodersSnapshotNoIncidentMixesStoriesAndTheCoderIndependentPartsHold() {
        List<Incident> l = clusterer.cluster(ContractJson.coded("example-articles.jsonl",
                "example-events-coded.jsonl"));
        for (Incident i : l) {
            assertEquals(1, IncidentClustererTest.stories(i).size(), () -> "mixes stories: " + i);
            assertTrue(i.independentSources() <= i.publishers());
        }
        assertTrue(l.stream().noneMatch(i -> IncidentClustererTest.stories(i).contains("-")
                && !i.articles().equals(List.of("ex-47"))), "only the weather article's stray statement");
        // A2: every article that codes the transfer, and the Belarusian denials
        Incident a2 = find(l, "07", "BLR", "RUS");
        assertTrue(a2.articles().containsAll(docs(1, 2, 3, 4, 5, 6)), a2::toString);
        assertTrue(deniers(a2).contains("BLR/GOV@ex-04"));
        // E: the crackdown gathers all seven reports and the ministry's denials
        Incident e = withArticle(l, "17", "ex-27");
        assertArticles(docs(27, 28, 29, 30, 31, 32, 33), e);
        assertEquals(5, e.independentSources());
        assertTrue(deniers(e).contains("GEO/GOV@ex-29"));
        // G: retaliation pair apart; the accusation carries "dismissed the accusations"
        assertArticles(docs(40, 41, 42, 45), find(l, "16", "MDA", "RUS"));
        assertArticles(docs(43, 44, 45), find(l, "16", "RUS", "MDA"));
        assertTrue(deniers(find(l, "11", "MDA", "RUS")).contains("RUS/GOV@ex-41"));
        // B: the Tajik denial lands on the Tajik side of the clash
        Incident tajik = find(l, "19", "TJK", null);
        assertTrue(deniers(tajik).contains("TJK/GOV@ex-10"));
    }
}
