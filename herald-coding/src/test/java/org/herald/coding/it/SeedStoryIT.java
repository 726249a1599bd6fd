package org.herald.coding.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.herald.coding.io.ArticleJson;
import org.herald.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The motivating article (../shared/seed), coded by the real pipeline: the acceptance list of the core coder. */
@Tag("corenlp")
class SeedStoryIT {
    private static List<Event> events;

    @BeforeAll
    static void code() throws Exception {
        Path seed = Shared.find("seed/seed.jsonl");
        assumeTrue(seed != null, "../shared/seed is absent");
        String line = Files.readAllLines(seed).get(0);
        events = Pipelines.coder().code(ArticleJson.parse(line)).events();
    }

    private static boolean any(Predicate<Event> p) {
        return events.stream().anyMatch(p);
    }

    private static boolean is(Event e, String src, String root, String tgt) {
        return src.equals(e.sourceActor().country() != null ? e.sourceActor().country() : e.sourceActor().org())
                && e.root().equals(root)
                && (tgt == null || e.targetActor() != null && tgt.equals(
                        e.targetActor().country() != null ? e.targetActor().country() : e.targetActor().org()));
    }

    @Test
    void summonsIsKoreanDisapprovalOfRussia() {
        assertTrue(any(e -> is(e, "KOR", "11", "RUS") && e.mode().happened()), events.toString());
    }

    @Test
    void nisAccusesTheNorthKoreanMilitary() {
        assertTrue(any(e -> e.cameo().startsWith("11") && "KOR".equals(e.sourceActor().country())
                && "SPY".equals(e.sourceActor().sector()) && e.targetActor() != null
                && "PRK".equals(e.targetActor().country())), events.toString());
    }

    @Test
    void natoWarnsNorthKorea() {
        assertTrue(any(e -> (is(e, "NATO", "13", "PRK") || is(e, "NATO", "01", "PRK")) && e.mode().happened()),
                events.toString());
    }

    @Test
    void russiaDefendsItself() {
        assertTrue(any(e -> "RUS".equals(e.sourceActor().country())
                && List.of("05", "01", "12").contains(e.root()) && e.mode().happened()), events.toString());
    }

    @Test
    void noFightingIsAsserted() {
        assertFalse(any(e -> Integer.parseInt(e.root()) >= 18 && e.mode().happened()
                && e.mode() != org.herald.model.Mode.CLAIMED), events.toString());
        assertFalse(any(e -> Integer.parseInt(e.root()) >= 18 && e.mode() == org.herald.model.Mode.ASSERTED),
                events.toString());
    }

    @Test
    void northKoreanMilitaryAidToRussiaExists() {
        assertTrue(any(e -> is(e, "PRK", "07", "RUS")), events.toString());
    }
}
