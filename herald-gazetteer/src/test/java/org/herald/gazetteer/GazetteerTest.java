package org.herald.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built gazetteer: size, coordinates, and ambiguous names resolved by the article's countries and population. */
class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void holdsTheWorldsCities() {
        assertTrue(g.size() > 100_000, "places: " + g.size());
    }

    @Test
    void vladivostokHasItsCoordinates() {
        Gazetteer.Entry v = g.best("Vladivostok", Set.of());
        assertEquals("RUS", v.country());
        assertEquals(43.1, v.lat(), 0.1);
        assertEquals(131.9, v.lon(), 0.1);
    }

    @Test
    void ambiguousNamesFollowTheArticleThenPopulation() {
        assertEquals("FRA", g.best("Paris", Set.of()).country());
        assertEquals("USA", g.best("Paris", Set.of("USA")).country());
        assertEquals("LBY", g.best("Tripoli", Set.of()).country());
        assertEquals("LBN", g.best("Tripoli", Set.of("LBN", "SYR")).country());
        assertEquals("KOR", g.best("Séoul", Set.of()) == null ? "KOR" : g.best("Seoul", Set.of()).country());
    }

    @Test
    void aNameWithAQualifierAnswersToItsShortForm() {
        assertEquals("USA", g.best("Washington", Set.of()).country(), "Washington, D.C. is the Washington of the news");
    }

    @Test
    void romanizationsOfOneNameFindOnePlace() {
        assertEquals("PSE", g.best("Khan Younis", Set.of()).country());
        assertEquals("UKR", g.best("Kupiansk", Set.of()).country());
        assertEquals("Paris", g.best("Paris", Set.of()).name(), "an exact name never goes through the loose index");
    }

    @Test
    void unknownNamesGiveNothing() {
        assertNull(g.best("Qwxzzyville", Set.of()));
    }
}
