package org.herald.coding.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.nlp.Conll;
import org.herald.nlp.Sentence;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private final ActorDictionary dict = ActorDictionary.builder().addUserText("t",
            "United States\tUSA\t-\nUS\tUSA\t-\nSouth Korean\tKOR\t-\nforeign minister\t-\tGOV\tminister\n"
                    + "vice foreign minister\t-\tGOV\tminister\nMark Rutte\tORG:NATO\tIGO\tigo_official\t2024-10-01\t-\n").build();

    private static Sentence s(String conll) {
        return Conll.parse(conll).sentences().get(0);
    }

    @Test
    void longestPhraseWinsAndPluralsMatchRoleNouns() {
        Sentence s = s("1 South south JJ O 2 amod\n2 Korean Korean JJ O 5 amod\n3 Vice Vice NNP O 5 compound\n"
                + "4 Foreign Foreign NNP O 5 compound\n5 Ministers minister NNPS O 0 root\n");
        List<PhraseMatch> m = dict.match(s);
        assertEquals(2, m.size());
        assertEquals("KOR", m.get(0).entries().get(0).country());
        assertEquals(2, m.get(1).start());
        assertEquals("minister", m.get(1).entries().get(0).role());
    }

    @Test
    void abbreviationsNeedCapitals() {
        assertTrue(dict.match(s("1 tell tell VB O 0 root\n2 us we PRP O 1 obj\n")).isEmpty());
        assertEquals("USA", dict.match(s("1 US US NNP O 2 nsubj\n2 said say VBD O 0 root\n")).get(0).entries().get(0).country());
    }

    @Test
    void officeHoldersHaveDates() {
        DictEntry rutte = dict.match(s("1 Mark Mark NNP PERSON 2 compound\n2 Rutte Rutte NNP PERSON 0 root\n")).get(0).entries().get(0);
        assertTrue(rutte.validOn(java.time.LocalDate.of(2024, 10, 22)));
        assertTrue(!rutte.validOn(java.time.LocalDate.of(2020, 1, 1)));
    }

    @Test
    void badUserLinesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.builder().addUserText("mine.tsv", "Ruritania\tRUR1\t-\n"));
        assertTrue(e.getMessage().startsWith("mine.tsv line 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ActorDictionary.builder().addUserText("mine.tsv", "x\tFRA\tWIZARD\n"));
        assertTrue(e.getMessage().contains("unknown sector code WIZARD"));
    }
}
