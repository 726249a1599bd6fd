package org.herald.coding.it;

import static org.herald.coding.it.Coded.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Peoples named after one state who live in another: real parses, real dictionaries. */
@Tag("corenlp")
class NationalityIT {
    private static String sourceCountry(String text) {
        List<Event> ev = code(text);
        Actor a = ev.isEmpty() ? null : ev.get(0).sourceActor();
        return a == null ? null : a.country();
    }

    @Test
    void stackedNationalitiesNameTheStateFirst() {
        assertEquals("BIH", sourceCountry("Bosnian Serb forces shelled the town of Bihac on Monday."));
        assertEquals("HRV", sourceCountry("Croatian Serbs demanded autonomy from the government in Zagreb."));
        assertEquals("SRB", sourceCountry("Serb forces shelled the town of Bihac on Monday."));
    }

    @Test
    void aPeoplePlacedInAnotherStateIsOfThatState() {
        assertEquals("SRB", sourceCountry("Ethnic Albanians in southern Serbia attacked a police station."));
        assertEquals("SRB", sourceCountry("The Albanians of southern Serbia demanded autonomy."));
        assertEquals("MKD", sourceCountry("Ethnic Albanians demonstrated in Macedonia against the police."));
        // people abroad, not an ethnic minority: "in" does not make them Iraqis
        assertEquals("USA", sourceCountry("Americans in Baghdad protested against the embassy's closure."));
    }

    private static Actor target(String text) {
        List<Event> ev = code(text);
        return ev.isEmpty() ? null : ev.get(0).targetActor();
    }

    @Test
    void transnationalGroupsAreBodiesAndTheirBranchesAreWhereTheyFight() {
        List<Event> ev = code("Al-Qaeda threatened to attack the United States.");
        assertEquals("ALQAEDA", ev.get(0).sourceActor().org());
        // written lower-case as the dictionary has it; placed by the act
        Actor t = target("American drones killed eight al-Qaeda commanders in the mountains of central Yemen.");
        assertEquals("YEM", t.country());
        // a group tied to another by a participle is itself
        assertEquals("MLI", sourceCountry("Fighters of the al-Qaeda-linked JNIM attacked an army post in central Mali."));
    }

    @Test
    void peoplesOfOneStateAreOfThatState() {
        assertEquals("NGA", sourceCountry("Yoruba leaders demanded a new constitution."));
        assertEquals("MMR", sourceCountry("Kachin rebels attacked an army post near the Chinese border."));
    }

    @Test
    void anOfficeHolderTheDictionaryLacksIsOfTheOneCountryNamed() {
        assertEquals("AGO", sourceCountry("Vice-President Joao Mbala declined to resign despite pressure from the Angolan parliament."));
        List<Event> ev = code("President Fofana thanked Russia for its support.");
        assertTrue(ev.stream().noneMatch(e -> "RUS".equals(e.sourceActor().country())), ev.toString());
    }

    @Test
    void anUnnamedAidOrRightsBodyIsTheGeneralNgo() {
        List<Event> ev = code("Ugandan police were accused by rights groups of torturing opposition supporters.");
        assertTrue(ev.stream().anyMatch(e -> e.root().equals("11") && "NGO".equals(e.sourceActor().org())
                && e.targetActor() != null && "UGA".equals(e.targetActor().country())), ev.toString());
        // a person is of some country, not a body
        assertTrue(code("A rights activist was arrested in Cairo.").stream()
                .noneMatch(e -> e.targetActor() != null && "NGO".equals(e.targetActor().org())));
    }
}
