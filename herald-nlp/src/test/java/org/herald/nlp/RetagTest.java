package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tag fix before parsing, on hand-made tokens (no models). */
class RetagTest {
    private static List<CoreLabel> tokens(String... wordTag) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : wordTag) {
            String[] p = wt.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setValue(p[0]);
            l.setTag(p[1]);
            l.setLemma(p[0].toLowerCase());
            out.add(l);
        }
        return out;
    }

    @Test
    void aKnownVerbAfterToAndBeforeItsObjectIsAVerb() {
        List<CoreLabel> t = tokens("decision/NN", "to/IN", "sanction/NN", "18/CD", "officials/NNS");
        CoreNlpAnnotator.retag(t, Set.of("sanction")::contains);
        assertEquals("VB", t.get(2).tag());
        assertEquals("TO", t.get(1).tag());
    }

    @Test
    void nounsStayNouns() {
        List<CoreLabel> path = tokens("path/NN", "to/TO", "peace/NN", "this/DT", "year/NN");
        CoreNlpAnnotator.retag(path, Set.of("sanction")::contains);
        assertEquals("NN", path.get(2).tag(), "not a known verb");
        List<CoreLabel> route = tokens("threat/NN", "to/TO", "sanction/NN", "regimes/NNS");
        CoreNlpAnnotator.retag(route, Set.of("sanction")::contains);
        assertEquals("NN", route.get(2).tag(), "nothing that can only open an object follows");
    }

    @Test
    void aBaseFormInsideANounPhraseIsANoun() {
        List<CoreLabel> t = tokens("forcing/VBG", "down/RP", "a/DT", "U.S./NNP", "surveillance/NN", "drone/VB",
                "over/IN");
        CoreNlpAnnotator.retag(t, w -> false);
        assertEquals("NN", t.get(5).tag());
        List<CoreLabel> verb = tokens("they/PRP", "will/MD", "drone/VB", "on/RP");
        CoreNlpAnnotator.retag(verb, w -> false);
        assertEquals("VB", verb.get(2).tag(), "after a modal it stays a verb");
        List<CoreLabel> subjunctive = tokens("demanded/VBD", "that/IN", "the/DT", "Taliban/NNP", "release/VB", "an/DT",
                "American/NNP");
        CoreNlpAnnotator.retag(subjunctive, w -> false);
        assertEquals("VB", subjunctive.get(4).tag(), "a verb with its object after its subject stays a verb");
    }

    @Test
    void aKnownVerbTaggedAsAnAdjectiveBeforeItsObjectIsAVerb() {
        List<CoreLabel> t = tokens("The/DT", "strike/NN", "paralysed/JJ", "the/DT", "capital/NN");
        CoreNlpAnnotator.retag(t, Set.of("paralyse")::contains);
        assertEquals("VBD", t.get(2).tag());
        assertEquals("paralyse", t.get(2).lemma());
        List<CoreLabel> name = tokens("Iran/NNP", "backed/JJ", "Houthi/NNP", "rebels/NNS");
        CoreNlpAnnotator.retag(name, Set.of("back")::contains);
        assertEquals("JJ", name.get(1).tag(), "between two names it may be a hyphenless \"-backed\"");
        List<CoreLabel> unknown = tokens("the/DT", "strike/NN", "paralysed/JJ", "the/DT", "capital/NN");
        CoreNlpAnnotator.retag(unknown, w -> false);
        assertEquals("JJ", unknown.get(2).tag(), "not a known verb");
    }

    @Test
    void aFiniteVerbAfterTheIsANoun() {
        List<CoreLabel> t = tokens("The/DT", "protests/VBZ", "paralysed/JJ", "the/DT", "city/NN");
        CoreNlpAnnotator.retag(t, Set.of("paralyse")::contains);
        assertEquals("NNS", t.get(1).tag());
        assertEquals("protest", t.get(1).lemma());
        assertEquals("VBD", t.get(2).tag());
    }

    @Test
    void anIngNounAfterAVerbOfAspectBeforeAnObjectIsAGerund() {
        List<CoreLabel> t = tokens("Israel/NNP", "resumed/VBD", "bombing/NN", "Gaza/NNP");
        t.get(1).setLemma("resume");
        CoreNlpAnnotator.retag(t, w -> false);
        assertEquals("VBG", t.get(2).tag());
        assertEquals("bomb", t.get(2).lemma());
        List<CoreLabel> raids = tokens("Israel/NNP", "resumed/VBD", "bombing/NN", "raids/NNS");
        raids.get(1).setLemma("resume");
        CoreNlpAnnotator.retag(raids, w -> false);
        assertEquals("NN", raids.get(2).tag(), "\"bombing raids\" is a noun phrase");
    }
}
