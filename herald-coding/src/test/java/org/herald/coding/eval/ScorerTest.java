package org.herald.coding.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.herald.coding.io.InputError;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

/** The CONTRACT.md scoring rules, case by case. */
class ScorerTest {
    private static Event ev(String src, String tgt, String cameo, Mode mode) {
        Actor s = src.equals("ORG") ? new Actor("x", null, null, "UN", "IGO", 0, 1) : new Actor("x", null, src, null, null, 0, 1);
        Actor t = tgt == null ? null : new Actor("y", null, tgt, null, null, 2, 3);
        return new Event("id" + src + tgt + cameo + mode, "d", 0, new Span(0, 1, "x"), s, t, cameo, cameo.substring(0, 2), 1, 0,
                null, mode, null, null, null, List.of(), null, "r", "c");
    }

    private static GoldCase gold(String line) throws InputError {
        return GoldCase.parse(line);
    }

    @Test
    void matchingRulesAndNeutralPredictions() throws InputError {
        GoldCase g = gold("{\"id\":\"g\",\"text\":\"t\",\"events\":[{\"source\":[\"KOR\"],\"target\":[\"RUS\"],\"roots\":[\"11\"]},"
                + "{\"source\":[\"ORG\"],\"target\":[],\"roots\":[\"13\",\"01\"]}],"
                + "\"optional\":[{\"source\":[\"RUS\"],\"target\":[\"KOR\"],\"roots\":[\"04\"]}]}");
        Scorer s = new Scorer();
        s.add(g, List.of(
                ev("KOR", "RUS", "110", Mode.ASSERTED),   // tp
                ev("KOR", "RUS", "112", Mode.ASSERTED),   // tp again (same gold)
                ev("ORG", "PRK", "130", Mode.ASSERTED),   // tp: empty gold target accepts any
                ev("RUS", "KOR", "040", Mode.ASSERTED),   // neutral: optional
                ev("PRK", "RUS", "072", Mode.CLAIMED),    // neutral: claimed, matches nothing
                ev("PRK", "UKR", "190", Mode.HYPOTHETICAL), // not counted
                ev("KOR", "PRK", "190", Mode.NEGATED),    // not counted
                ev("USA", "RUS", "111", Mode.ASSERTED))); // fp
        assertEquals(3, s.total().tp);
        assertEquals(1, s.total().fp);
        assertEquals(2, s.total().gold);
        assertEquals(2, s.total().goldFound);
        assertEquals(0.75, s.total().precision(), 1e-9);
        assertEquals(1.0, s.total().recall(), 1e-9);
        assertEquals(1, s.errors().size());
        assertEquals("FP", s.errors().get(0).kind());
    }

    @Test
    void missedGoldIsAFalseNegative() throws InputError {
        GoldCase g = gold("{\"id\":\"g\",\"text\":\"t\",\"events\":[{\"source\":[\"FRA\",\"DEU\"],\"target\":[],\"roots\":[\"11\"]}]}");
        Scorer s = new Scorer();
        s.add(g, List.of(ev("FRA", null, "040", Mode.ASSERTED)));
        assertEquals(0, s.total().recall(), 1e-9);
        assertEquals(1, s.byRoot().get("11").gold);
        assertEquals(1, s.byRoot().get("04").fp);
    }

    @Test
    void aNegatedPredictionFindsOnlyAGoldEventMarkedDenied() throws InputError {
        GoldCase g = gold("{\"id\":\"g\",\"text\":\"t\",\"events\":["
                + "{\"source\":[\"CHN\"],\"target\":[\"RUS\"],\"roots\":[\"07\"],\"claimant\":\"CHN\",\"stance\":\"denies\"},"
                + "{\"source\":[\"IND\"],\"target\":[\"PAK\"],\"roots\":[\"19\"]}]}");
        Scorer s = new Scorer();
        s.add(g, List.of(ev("CHN", "RUS", "072", Mode.NEGATED), ev("IND", "PAK", "190", Mode.NEGATED)));
        assertEquals(1, s.total().goldFound, "the denied 072 is found; a negation of an undenied event is not");
        assertEquals(1, s.total().tp);
        assertEquals(0, s.total().fp);
    }
}
