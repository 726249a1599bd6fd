package org.herald.coding.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternSetTest {
    @Test
    void specificPatternsComeFirstAndUserPatternsBeforeBundled() {
        PatternSet ps = PatternSet.builder()
                .addText("bundled", "send.gen 070 v:send subj prep:to\nsend.mil 072 v:send subj prep:to obj=troop\n", false)
                .addText("mine", "send.mine 0234 v:send subj prep:to\n", true)
                .build();
        List<Pattern> l = ps.forTrigger('v', "send");
        assertEquals(List.of("send.mine", "send.mil", "send.gen"), l.stream().map(Pattern::id).toList());
    }

    @Test
    void alternativesAndLightVerbs() {
        PatternSet ps = PatternSet.builder()
                .addText("t", "talks.v1 046 v:hold+talk|negotiation,open+talk subj prep:with sym # why\n", false).build();
        assertEquals(2, ps.forTrigger('v', "hold").size());
        assertEquals("negotiation", ps.forTrigger('v', "hold").get(1).noun());
        assertTrue(ps.forTrigger('v', "open").get(0).symmetric());
        assertEquals("talks.v1:subj-prep:with", ps.forTrigger('v', "open").get(0).rule());
    }

    @Test
    void phrasalParticle() {
        PatternSet ps = PatternSet.builder().addText("t", "callin.v1 110 v:call_in subj obj\n", false).build();
        assertEquals("in", ps.forTrigger('v', "call").get(0).particle());
    }

    @Test
    void errorsNameTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternSet.builder().addText("mine.txt", "# c\nx.v1 999 v:send subj obj\n", true));
        assertTrue(e.getMessage().startsWith("mine.txt line 2: not a CAMEO 1.1b3 code: 999"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PatternSet.builder().addText("m", "x.v1 010 v:say subj obj loud\n", true));
        assertTrue(e.getMessage().contains("unknown condition loud"));
        e = assertThrows(IllegalArgumentException.class,
                () -> PatternSet.builder().addText("m", "x.v1 010 say subj obj\n", true));
        assertTrue(e.getMessage().contains("v:, a: or n:"));
    }

    @Test
    void newConditionsAndModifierNarrowedNouns() {
        PatternSet ps = PatternSet.builder().addText("t", String.join("\n",
                "use.gen 190 v:use subj prep:against obj=weapon",
                "use.chem 2041 v:use subj prep:against obj=chemical_weapon",
                "comment.neg 011 v:comment subj - neg",
                "drill.pair 062 v:hold+drill subj - conjsubj",
                "move.named 072 v:move subj prep:to named=to", ""), false).build();
        assertEquals(List.of("use.chem", "use.gen"), ps.forTrigger('v', "use").stream().map(Pattern::id).toList(),
                "a noun narrowed by its modifier is tried first");
        assertTrue(ps.forTrigger('v', "comment").get(0).negated());
        assertTrue(ps.forTrigger('v', "hold").get(0).flags().contains("conjsubj"));
        assertTrue(ps.forTrigger('v', "move").get(0).flags().contains("named:to"));
    }

    @Test
    void theBundledFileParses() {
        PatternSet ps = PatternSet.standard();
        assertTrue(ps.size() > 0);
    }

    @Test
    void prepLemmaConditionAndModifiedNounTriggers() {
        PatternSet ps = PatternSet.builder().addText("t", """
                fire_crowd.v1 175 v:open+fire subj prep:on prep:on=protester|Crowd
                open_fire.v1  193 v:open+fire subj prep:on
                mass_kill.n1  202 n:mass_killing poss prep:of
                """, false).build();
        List<Pattern> open = ps.forTrigger('v', "open");
        assertEquals("fire_crowd.v1", open.get(0).id(), "the narrowed line is tried first");
        assertTrue(open.get(0).flags().contains("preplemma:on=protester|crowd"));
        Pattern n = ps.forTrigger('n', "killing").get(0);
        assertEquals("mass", n.particle(), "the noun's modifier");
        assertTrue(ps.forTrigger('n', "mass").isEmpty());
    }
}
