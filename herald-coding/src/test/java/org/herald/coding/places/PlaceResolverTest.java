package org.herald.coding.places;

import static org.herald.coding.Fixtures.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.herald.coding.Fixtures;
import org.herald.coding.actors.ActorResolver;
import org.herald.coding.actors.SentenceActors;
import org.herald.gazetteer.Gazetteer;
import org.herald.model.Place;
import org.herald.nlp.AnnotatedText;
import org.herald.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Where the clause's own phrases put an event, over stored parses (places/clauses.conll). */
class PlaceResolverTest {
    private static final AnnotatedText CLAUSES = Fixtures.parse("places/clauses.conll");
    private static final PlaceResolver PLACES = new PlaceResolver(Gazetteer.standard(), Fixtures.actors());

    private static Place at(int sentence, String verb, boolean violent) {
        ActorResolver resolver = new ActorResolver(Fixtures.actors(), CLAUSES.text(), LocalDate.of(2025, 1, 15));
        SentenceActors sa = null;
        for (Sentence s : CLAUSES.sentences()) {
            SentenceActors here = resolver.sentence(s);
            if (s.index() == sentence) {
                sa = here;
            }
        }
        return PLACES.inClause(sa, tok(sa.sentence(), verb), Set.of(), violent);
    }

    @Test
    void aPurposeClauseSaysWhereTheActWasCarriedOut() {
        assertEquals("Tbilisi", at(0, "used", false).name());
    }

    @Test
    void aRecipientIsNoPlace() {
        assertNull(at(1, "ordered", false), "a pause in aid to Tbilisi did not happen in Tbilisi");
    }

    @Test
    void aSendingHappensWhereItGoes() {
        assertEquals("Tabriz", at(2, "sent", false).name());
    }

    @Test
    void anAttackOnACityHappensThere() {
        assertEquals("Tbilisi", at(3, "launched", true).name());
        assertNull(at(3, "launched", false), "only violence lands on its target");
    }

    @Test
    void aParticipleOnTheObjectSaysWhereItWas() {
        assertEquals("Tabriz", at(4, "released", false).name());
    }
}
