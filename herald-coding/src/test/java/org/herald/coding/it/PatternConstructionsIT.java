package org.herald.coding.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Constructions of the bundled event patterns, one sentence each, coded by the real pipeline. */
@Tag("corenlp")
class PatternConstructionsIT {
    private static List<Event> code(String text) {
        return Pipelines.coder().code(new Article("t", text, null, "Test Wire", null, null, "en")).events();
    }

    /** Whether an event with this code (prefix) comes from this source country or body, to this target or none. */
    private static boolean has(String text, String cameo, String src, String tgt) {
        List<Event> ev = code(text);
        boolean found = ev.stream().anyMatch(e -> e.cameo().equals(cameo) && src.equals(who(e.sourceActor()))
                && (tgt == null ? e.targetActor() == null : e.targetActor() != null && tgt.equals(who(e.targetActor()))));
        if (!found) {
            System.out.println(text + " -> " + ev.stream().map(e -> who(e.sourceActor()) + " " + e.cameo() + " "
                    + (e.targetActor() == null ? "-" : who(e.targetActor())) + " " + e.rule()).toList());
        }
        return found;
    }

    private static String who(org.herald.model.Actor a) {
        return a.country() != null ? a.country() : a.org();
    }

    private static boolean anyCode(String text, String cameo) {
        return code(text).stream().anyMatch(e -> e.cameo().equals(cameo));
    }

    @Test
    void declinedComment() {
        assertTrue(has("The Kremlin had no comment.", "011", "RUS", null));
        assertTrue(has("Israeli officials declined to comment on the strike.", "011", "ISR", null));
        assertTrue(has("Downing Street would not comment on the leaked memo.", "011", "GBR", null));
        assertTrue(has("The Chinese embassy did not respond to a request for comment.", "011", "CHN", null));
        Event e = code("The State Department refused to comment.").stream().filter(x -> x.cameo().equals("011"))
                .findFirst().orElseThrow();
        assertTrue(e.mode() == Mode.ASSERTED, "the refusal happened: " + e.mode());
        assertFalse(anyCode("Tehran refused to release the prisoners.", "011"));
        assertFalse(anyCode("The minister commented on the election results.", "011"));
    }

    @Test
    void blockedJointText() {
        assertTrue(has("Hungary blocked a joint EU statement on Israel.", "129", "HUN", "EU"));
        assertTrue(has("Austria blocked the decision.", "129", "AUT", null));
        assertTrue(has("Hungary has vetoed the EU's joint statement on China.", "129", "HUN", "EU"));
    }

    @Test
    void moneyPaidInAid() {
        assertTrue(has("The EU paid 18 billion euros in budget support to Ukraine.", "071", "EU", "UKR"));
        assertTrue(has("Japan transferred $500 million in loans to Sri Lanka.", "071", "JPN", "LKA"));
        assertTrue(has("Germany gave Ukraine 500 million euros in loans.", "071", "DEU", "UKR"));
        assertFalse(anyCode("Iran paid $6 million in compensation to the families.", "071"));
    }

    @Test
    void joiningABody() {
        assertTrue(has("Sweden formally joined NATO on March 7.", "057", "SWE", "NATO"));
        assertTrue(has("Sweden completed its accession to NATO.", "057", "SWE", "NATO"));
        assertTrue(has("Sweden was admitted into NATO on Thursday.", "057", "SWE", "NATO"));
        assertTrue(anyCode("Croatia became a member of the eurozone.", "057"));
        assertFalse(anyCode("Britain joined the talks with Iran.", "057"));
    }

    @Test
    void chemicalWeapons() {
        assertTrue(anyCode("Syrian government forces used chemical weapons against rebels.", "2041"));
        assertTrue(has("Russia used a nerve agent against Ukrainian troops.", "2041", "RUS", "UKR"));
        assertTrue(anyCode("A Syrian helicopter dropped a chlorine gas cylinder on a residential building.", "2041"));
        assertTrue(anyCode("Syrian government forces carried out a chemical attack on the town of Khan Sheikhoun.", "2041"));
        assertFalse(anyCode("Ukraine used Western missiles against Russian targets.", "2041"));
    }

    @Test
    void forcesMovedToAnotherState() {
        assertTrue(has("Russia moved nuclear warheads to Belarus.", "072", "RUS", "BLR"));
        assertTrue(has("The US relocated 2,000 troops to Poland.", "072", "USA", "POL"));
        assertTrue(has("Russia has begun to move troops to Belarus.", "072", "RUS", "BLR"));
        assertTrue(has("Russia moved troops to the Ukrainian border.", "154", "RUS", "UKR"));
    }

    @Test
    void vesselsSeizedByStateForces() {
        assertTrue(has("The Finnish coast guard boarded a cargo ship.", "1711", "FIN", "FIN"));
        assertTrue(has("Iran's Revolutionary Guards seized a British-flagged tanker.", "1711", "IRN", "GBR"));
        assertTrue(has("The tanker was seized by Iranian forces in the Strait of Hormuz.", "1711", "IRN", "IRN"));
        assertTrue(anyCode("Somali pirates seized a tanker.", "181"));
        assertFalse(anyCode("Somali pirates seized a tanker.", "1711"));
        assertFalse(anyCode("The minister boarded a plane to Paris.", "1711"));
    }

    @Test
    void mobilisation() {
        assertTrue(has("Putin announced a partial mobilisation.", "154", "RUS", null));
        assertTrue(has("The Kremlin ordered the call-up of 300,000 reservists.", "154", "RUS", null));
        assertTrue(has("Israel called up 360,000 reservists.", "154", "ISR", null));
    }

    @Test
    void paradesAreForcePosture() {
        assertTrue(anyCode("Russian troops marched across Red Square in the Victory Day parade.", "150"));
        assertFalse(anyCode("Russian troops marched across Red Square in the Victory Day parade.", "141"));
        assertTrue(has("North Korea held a military parade in Pyongyang.", "150", "PRK", null));
        assertTrue(anyCode("Thousands of protesters marched to the parliament in Tbilisi.", "141"));
    }

    @Test
    void stoppedAid() {
        assertTrue(has("Trump ordered a pause in all military aid to Ukraine.", "1622", "USA", "UKR"));
        assertTrue(has("Washington suspended military aid to Egypt.", "1622", "USA", "EGY"));
        assertTrue(has("Germany halted financial aid to Rwanda.", "1621", "DEU", "RWA"));
        assertTrue(has("The EU froze aid to Niger.", "162", "EU", "NER"));
        assertTrue(has("The United States announced a suspension of aid to Ethiopia.", "162", "USA", "ETH"));
    }

    @Test
    void exercisesNeedAPartnerToCooperate() {
        assertTrue(has("India held joint exercises with France.", "062", "IND", "FRA"));
        assertTrue(has("China and Russia held joint naval drills.", "062", "CHN", "RUS"));
        assertTrue(has("Egypt and Greece held naval drills in the Mediterranean.", "062", "EGY", "GRC"));
        assertTrue(has("Russia held snap exercises.", "150", "RUS", null));
        assertFalse(anyCode("Russia held snap exercises.", "062"));
        assertTrue(anyCode("China launched two days of military drills around the island.", "150"));
    }
}
