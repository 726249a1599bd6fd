package org.herald.coding.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.nlp.Conll;
import org.herald.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The bundled dictionaries know the bodies of 1975-2010 by the names news then used. */
class HistoricalActorsTest {
    private static final ActorDictionary DICT = ActorDictionary.standard();

    /** The tokens of a phrase as the tokenizer splits them: at spaces, with hyphens as tokens of their own. */
    private static String[] tokens(String phrase) {
        return phrase.replace("-", " - ").strip().split(" +");
    }

    /** A sentence of proper-noun tokens, all hanging off the last one. */
    private static Sentence names(String phrase) {
        String[] w = tokens(phrase);
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
        assertEquals(tokens(phrase).length, m.get(0).end(), phrase);
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

    /** The country of the entry of this phrase in office on that day. */
    private static String countryOn(String phrase, String day) {
        LocalDate d = LocalDate.parse(day);
        for (DictEntry e : whole(phrase)) {
            if (e.kind() == EntryKind.PERSON && e.validOn(d)) {
                return e.country() != null ? e.country() : "ORG:" + e.org();
            }
        }
        return null;
    }

    @Test
    void officeHoldersOf1975To2010() {
        assertEquals("RUS", countryOn("Brezhnev", "1979-12-27"));
        assertEquals("LBR", countryOn("Samuel Doe", "1985-11-12"));
        assertEquals("ARG", countryOn("Galtieri", "1982-04-02"));
        assertEquals("PAK", countryOn("Zia-ul-Haq", "1984-06-01"));
        assertEquals("SRB", countryOn("Tito", "1978-03-01"));
        assertEquals("DEU", countryOn("Erich Honecker", "1987-09-07"));
        assertEquals("IRN", countryOn("Ayatollah Khomeini", "1980-09-22"));
        assertEquals("ORG:UN", countryOn("Kurt Waldheim", "1979-01-01"));
        assertEquals("AUT", countryOn("Kurt Waldheim", "1988-01-01"));
        assertEquals("ORG:AU", countryOn("Salim Ahmed Salim", "1994-05-01"));
    }

    @Test
    void laterTermsOfKnownPeopleKeepTheirOffice() {
        // Rabin's first government, Peres as defence minister, Chirac as prime minister under Giscard
        List<DictEntry> rabin = whole("Rabin");
        assertTrue(rabin.stream().anyMatch(e -> e.validOn(LocalDate.of(1976, 7, 4)) && "head_of_government".equals(e.role())));
        assertTrue(whole("Chirac").stream().anyMatch(e -> e.validOn(LocalDate.of(1975, 1, 1))
                && "head_of_government".equals(e.role())));
    }

    @Test
    void noSurnameNamesTwoPeople() {
        // a one-word variant of a person names exactly one person (the file's convention)
        Map<String, String> owner = new HashMap<>();
        for (String w : List.of("Brezhnev", "Mengistu", "Nyerere", "Kaunda", "Jaruzelski", "Stroessner", "Noriega",
                "Sankara", "Hekmatyar", "Tito", "Khomeini", "Kissinger")) {
            for (DictEntry e : whole(w)) {
                if (e.kind() == EntryKind.PERSON) {
                    String prev = owner.putIfAbsent(w, e.name());
                    assertTrue(prev == null || prev.equals(e.name()), w + ": " + prev + " / " + e.name());
                }
            }
        }
        assertEquals(12, owner.size());
    }

    private static void agency(String phrase, String country, String sector) {
        DictEntry e = whole(phrase).get(0);
        assertEquals(EntryKind.AGENCY, e.kind(), phrase);
        assertEquals(country, e.country(), phrase);
        assertEquals(sector, e.sector(), phrase);
    }

    @Test
    void armedGroupsAndPartiesOf1975To2010() {
        agency("NPFL", "LBR", "REB");
        agency("Khmer Rouge", "KHM", "REB");
        agency("Sandinistas", "NIC", "PTY");
        agency("Contras", "NIC", "REB");
        agency("GIA", "DZA", "INS");
        agency("GSPC", "DZA", "INS");
        agency("Mahdi Army", "IRQ", "REB");
        agency("Hizbul Mujahideen", "IND", "INS");
        agency("Renamo", "MOZ", "REB");
        agency("Stasi", "DEU", "SPY");
        // the longer name wins over the PFLP inside it
        agency("PFLP-GC", "PSE", "REB");
    }
}
