package org.herald.coding.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.nlp.Conll;
import org.junit.jupiter.api.Test;

/** Country names misspelt by one letter inside the word are still read; other words are not. */
class MisspellingTest {
    private static final ActorDictionary DICT = ActorDictionary.builder().addStandard().placeNames(w -> w.equals("Columbia")).build();

    private static String country(String word, String tag, String ner) {
        List<PhraseMatch> m = DICT.match(Conll.parse("1 " + word + " " + word + " " + tag + " " + ner + " 2 nsubj\n"
                + "2 agreed agree VBD O 0 root\n").sentences().get(0));
        return m.isEmpty() ? null : m.get(0).entries().get(0).country();
    }

    @Test
    void oneEditInsideTheWord() {
        assertTrue(ActorDictionary.oneEdit("ethopia", "ethiopia"));      // dropped
        assertTrue(ActorDictionary.oneEdit("phillippines", "philippines")); // doubled
        assertTrue(ActorDictionary.oneEdit("quatar", "qatar"));          // added
        assertTrue(ActorDictionary.oneEdit("etihopia", "ethiopia"));     // swapped
        assertFalse(ActorDictionary.oneEdit("indiana", "indian"));       // at the end: another word
        assertFalse(ActorDictionary.oneEdit("prussia", "russia"));       // at the start
        assertFalse(ActorDictionary.oneEdit("syriac", "syrian"));        // last letter changed
        assertFalse(ActorDictionary.oneEdit("ethiopia", "ethiopia"));
    }

    @Test
    void misspeltNamesResolveOnlyWhenNothingElseFits() {
        assertEquals("ETH", country("Ethopia", "NNP", "LOCATION"));
        assertEquals("AFG", country("Afganistan", "NNP", "LOCATION"));
        assertEquals("PHL", country("Phillippines", "NNPS", "LOCATION"));
        assertEquals(null, country("Indiana", "NNP", "LOCATION"));
        assertEquals(null, country("Columbia", "NNP", "LOCATION"));    // a real place, not Colombia misspelt
        assertEquals(null, country("Kenyon", "NNP", "PERSON"));        // a person
        assertEquals(null, country("ETHOPIA", "NNP", "O"));            // all capitals: an acronym, not a typo
    }
}
