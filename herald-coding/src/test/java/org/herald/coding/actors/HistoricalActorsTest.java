package org.herald.coding.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.nlp.Conll;
import org.herald.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The bundled dictionaries know the bodies of 1975-2010 by the names news then used. */
class HistoricalActorsTest {
    private static final ActorDictionary DICT = ActorDictionary.standard();

    /** A sentence of proper-noun tokens, one per space-separated word, all hanging off the last one. */
    private static Sentence names(String phrase) {
        String[] w = phrase.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            int head = i == w.length - 1 ? 0 : w.length;
            b.append(i + 1).append(' ').append(w[i]).append(' ').append(w[i]).append(" NNP O ").append(head)
                    .append(i == w.length - 1 ? " root" : " compound").append('\n');
        }
        return Conll.parse(b.toString()).sentences().get(0);
    }

    /** The entries of the one phrase that spans the whole text. */
    private static List<DictEntry> whole(String phrase) {
        List<PhraseMatch> m = DICT.match(names(phrase));
        assertEquals(1, m.size(), phrase + ": " + m);
        assertEquals(0, m.get(0).start(), phrase);
        assertEquals(phrase.split(" ").length, m.get(0).end(), phrase);
        return m.get(0).entries();
    }

    private static void org(String phrase, String code) {
        List<DictEntry> e = whole(phrase);
        assertEquals(code, e.get(0).org(), phrase);
    }

    @Test
    void historicalNamesOfInternationalBodies() {
        org("European Community", "EU");
        org("European Economic Community", "EU");
        org("EEC", "EU");
        org("EC", "EU");
        org("Common Market", "EU");
        org("EC Commission", "EUCOMM");
        org("Organization of African Unity", "AU");
        org("OAU", "AU");
        org("CSCE", "OSCE");
        org("Warsaw Pact", "WARSAWPACT");
        org("Comecon", "COMECON");
        org("UNAMIR", "UNAMIR");
        org("UNOSOM II", "UNOSOM");
        org("United Nations Mission in Sierra Leone", "UNAMSIL");
        org("IFOR", "SFOR");
        org("MONUC", "MONUSCO");
    }

    @Test
    void longerNamesWinOverTheirParts() {
        org("Southern Common Market", "MERCOSUR");
        org("European Commission of Human Rights", "ECHR");
    }

    @Test
    void abbreviationsStayCaseSensitive() {
        // "Ec" and "Nam" are not the European Community or the Non-Aligned Movement
        for (String w : List.of("Ec", "Nam", "Amis")) {
            List<PhraseMatch> m = DICT.match(names(w));
            assertTrue(m.stream().noneMatch(x -> x.entries().stream().anyMatch(e -> e.org() != null)), w + ": " + m);
        }
        assertNotNull(DICT.orgName("WARSAWPACT"));
    }
}
