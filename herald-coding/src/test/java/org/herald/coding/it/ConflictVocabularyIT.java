package org.herald.coding.it;

import static org.herald.coding.it.Coded.code;
import static org.herald.coding.it.Coded.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wire-copy vocabulary of CAMEO roots 10-20 (demands, disapproval, refusals, threats, protest, force posture,
 * reduced relations, coercion, assault, fighting, mass violence): one made-up sentence per family, coded by the
 * real pipeline, and a sentence each that a narrowing condition keeps out.
 */
@Tag("corenlp")
class ConflictVocabularyIT {
    /** Whether any event's code starts with this prefix. */
    private static boolean anyCode(String text, String prefix) {
        return code(text).stream().anyMatch(e -> e.cameo().startsWith(prefix));
    }

    @Test
    void demandsAsNouns() {
        assertTrue(has("Beijing repeated its demand for the release of the detained Chinese fishermen.", "1053", "CHN", "CHN"));
        assertTrue(has("Tamil parties renewed their demand for autonomy from Sri Lanka.", "1044", "LKA", "LKA"));
        assertTrue(has("Moscow made a demand that Latvia grant citizenship to ethnic Russians.", "100", "RUS", null));
        assertTrue(has("The French president issued a stern reminder to Iraq that it must cooperate with UN inspectors.",
                "100", "FRA", "IRQ"));
        assertFalse(anyCode("The Egyptian minister issued a reminder of the visa rules.", "10"));
    }

    @Test
    void disapprovalInWords() {
        assertTrue(has("A Croatian rights group protested that Serbian authorities were failing to protect property.",
                "110", "HRV", "SRB"));
        assertTrue(has("The Chinese foreign ministry protested against the arms sale to Taiwan.", "110", "CHN", null));
        assertFalse(anyCode("The Chinese foreign ministry protested against the arms sale to Taiwan.", "14"));
        assertTrue(has("The Soviet news agency Tass attacked Washington's policy in Central America.", "111", "RUS", "USA"));
        assertFalse(anyCode("The Soviet news agency Tass attacked Washington's policy in Central America.", "19"));
        assertTrue(has("Amnesty International said the Sudanese government was guilty of gross abuses.", "112", "AMNESTY", "SDN"));
        assertTrue(has("Israel holds Lebanon responsible for the attack.", "112", "ISR", null));
        assertFalse(anyCode("The court found the Turkish government guilty of inhuman acts.", "112"));
    }

    @Test
    void refusals() {
        assertTrue(has("Israel declined to withdraw from the Lebanese buffer zone.", "120", "ISR", "LBN"));
        assertFalse(anyCode("A French diplomat, who declined to be named, said the talks were useful.", "12"));
        assertFalse(anyCode("The Iranian embassy declined to give details of the meeting.", "12"));
        assertTrue(has("The Kenyan vice-president declined to resign despite the pressure.", "1231", "KEN", "KEN")); // refusing to step down is toward his own people
        assertTrue(has("The Zambian president reneged on his commitment to hold elections.", "120", "ZMB", null));
        assertFalse(anyCode("The Japanese minister went back on Monday to Tokyo.", "12"));
        assertTrue(has("Russia is opposed to the American plan for Syria.", "120", "RUS", null));
        assertTrue(has("Greece is strongly opposed to Turkish membership.", "110", "GRC", "TUR"));
        assertTrue(has("Syria said it would not accept any more Iraqi refugees.", "1223", "SYR", "IRQ"));
        assertTrue(has("Israel said it would not accept the American peace plan.", "127", "ISR", "USA"));
        assertTrue(has("The Supreme Court of Pakistan dismissed an appeal by the opposition.", "120", "PAK", "PAK"));
        assertTrue(has("The Angolan rebels rejected a cease-fire proposed by the government.", "1246", "AGO", null));
    }

    @Test
    void threats() {
        assertTrue(has("Egyptian police will not tolerate rallies by the opposition group.", "137", "EGY", "EGY"));
        assertTrue(anyCode("Ethnic Albanians in Macedonia swore to fight until they gain control of the villages.", "138"));
        assertFalse(anyCode("The new Georgian president swore to uphold the constitution.", "13"));
        assertTrue(has("Peru's ultimatum to Ecuador expired on Friday.", "139", "PER", "ECU"));
    }

    @Test
    void protestAndPosture() {
        assertTrue(has("Palestinian workers shunned work on Monday to protest against Israeli settlements.", "143", "PSE", "ISR"));
        assertFalse(anyCode("The German firm stopped work on the dam in Turkey.", "14"));
        assertTrue(has("Thai students staged a sit-in outside the Ministry of Education.", "141", "THA", "THA"));
        assertTrue(has("The Pakistani government ordered patrols by police and paramilitary soldiers after the riots.",
                "153", "PAK", null));
        assertTrue(has("North Korea has trained thousands of hackers.", "154", "PRK", null));
    }

    @Test
    void reducedRelations() {
        assertTrue(has("The United States suspended part of its military aid programme for Bosnia.", "1622", "USA", "BIH"));
        assertTrue(anyCode("The United Nations reduced food supplies to the refugee camp in Thailand.", "1623"));
        assertTrue(has("Syrian officers ended mediation efforts between the Lebanese militias.", "165", "SYR", "LBN"));
        assertTrue(has("Indonesia forced the UN refugee agency out of the country.", "1663", "IDN", "UNHCR"));
        assertTrue(has("Palestinian and Israeli negotiators failed to reach agreement on Jerusalem.", "164", "PSE", "ISR"));
        assertFalse(anyCode("Turkish troops failed to reach the town before nightfall.", "16"));
    }

    @Test
    void coercion() {
        assertTrue(has("Turkish police prevented a demonstration by Kurdish students.", "170", "TUR", "TUR"));
        assertTrue(has("Iranian hackers defaced the website of the Saudi government.", "171", "IRN", "SAU"));
        assertTrue(has("Russian hackers launched a cyber attack on Estonian government websites.", "171", "RUS", "EST"));
        assertFalse(anyCode("Russian hackers launched a cyber attack on Estonian government websites.", "19"));
        assertTrue(has("Chinese hackers broke into computers at the Pentagon.", "171", "CHN", null));
        assertTrue(has("The Kenyan government ordered the Nation newspaper to stop publishing.", "1721", "KEN", "KEN"));
        assertFalse(anyCode("The Kenyan court ordered the newspaper to pay damages.", "172"));
        assertTrue(has("The Zimbabwean government closed down the opposition newspaper.", "1721", "ZWE", "ZWE"));
        assertTrue(has("Palestinian police confiscated weapons from Hamas.", "1711", "PSE", "PSE"));
    }

    @Test
    void assault() {
        assertTrue(has("Guinean security forces subjected Liberian refugees to torture.", "1822", "GIN", "LBR"));
        assertTrue(has("IRA guerrillas wounded two British soldiers in a bomb attack.", "183", "GBR", "GBR"));
        assertTrue(has("Algerian militants slit the throats of 20 villagers.", "180", "DZA", "DZA"));
    }

    @Test
    void fightingAndMassViolence() {
        assertTrue(has("Vietnamese forces launched artillery and rocket fire against guerrilla camps in Cambodia.",
                "194", "VNM", "KHM"));
        assertTrue(has("Iraq mounted an invasion of Kuwait.", "192", "IRQ", "KWT"));
        assertTrue(has("Iraq launched an invasion of Kuwait.", "192", "IRQ", "KWT"));
        assertFalse(anyCode("Ukraine launched an offensive against Russian forces.", "192"));
        assertTrue(has("Israeli jets raided Palestinian bases in Lebanon.", "195", "ISR", "PSE"));
        assertTrue(has("The Rwandan army drove the Hutu rebels out of the town.", "190", "RWA", "RWA"));
        assertTrue(has("Sri Lankan troops recaptured the town from the Tamil Tigers.", "192", "LKA", "LKA"));
        assertTrue(has("The Angolan army violated the cease-fire.", "196", "AGO", null));
        assertTrue(has("The UN said the Sudanese government is responsible for mass killings in Darfur.", "202", "SDN", null));
    }
}
