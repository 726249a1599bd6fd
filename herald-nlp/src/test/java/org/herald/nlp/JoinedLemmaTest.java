package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hyphened words the tokenizer splits keep the lemma of the one word news also writes. */
class JoinedLemmaTest {
    /** Tokens of text split at spaces, with "-" its own token written without spaces around it. */
    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> out = new ArrayList<>();
        int pos = 0;
        List<String> words = new ArrayList<>();
        for (String spaced : text.split(" ")) {
            for (String w : spaced.split("(?<=-)|(?=-)")) {
                words.add(w);
            }
        }
        for (String w : words) {
            int b = text.indexOf(w, pos);
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setLemma(w.toLowerCase().replaceAll("s$", ""));
            l.setBeginPosition(b);
            l.setEndPosition(b + w.length());
            pos = b + w.length();
            out.add(l);
        }
        return out;
    }

    private static String last(String text) {
        List<CoreLabel> t = tokens(text);
        int i = t.size() - 1;
        return CoreNlpAnnotator.joinedLemma(t, i, t.get(i).lemma());
    }

    @Test
    void closedCompoundsAndPrefixesJoin() {
        assertEquals("ceasefire", last("agreed to a cease-fire"));
        assertEquals("ceasefire", last("two cease-fires"));
        assertEquals("reopen", last("will re-open"));
        assertEquals("cooperation", last("closer co-operation"));
    }

    @Test
    void otherHyphensAndSpacedDashesDoNot() {
        assertEquals("fire", last("opened fire"));
        assertEquals("backed", last("U.S.-backed"));
        assertEquals("fire", last("cease - fire")); // a dash between words, not a hyphen
    }
}
