package org.herald.coding.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herald.nlp.Conll;
import org.junit.jupiter.api.Test;

/** A family name shared by office holders of one state names that state, the date choosing the term. */
class FamilyNamesTest {
    private static final ActorDictionary DICT = ActorDictionary.standard();

    private static List<DictEntry> entries(String word) {
        List<PhraseMatch> m = DICT.match(Conll.parse("1 " + word + " " + word + " NNP PERSON 2 nsubj\n"
                + "2 said say VBD O 0 root\n").sentences().get(0));
        return m.isEmpty() ? List.of() : m.get(0).entries();
    }

    @Test
    void aDynastyNamesItsState() {
        List<DictEntry> bush = entries("Bush");
        assertTrue(bush.size() >= 2 && bush.stream().allMatch(x -> x.country().equals("USA")), bush.toString());
        assertTrue(bush.stream().anyMatch(x -> x.validOn(LocalDate.of(2003, 5, 1)) && x.name().equals("George W. Bush")));
        assertTrue(bush.stream().anyMatch(x -> x.validOn(LocalDate.of(1991, 5, 1)) && x.name().equals("George H. W. Bush")));
        assertTrue(entries("Castro").stream().allMatch(x -> x.country().equals("CUB")) && !entries("Castro").isEmpty());
    }

    @Test
    void givenNamesAndNamesOfSeveralStatesNameNone() {
        assertTrue(entries("Salman").isEmpty(), "also a given name");
        assertTrue(entries("Kim").isEmpty(), "Kims of both Koreas");
    }
}
