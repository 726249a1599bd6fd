package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConllTest {
    @Test
    void buildsTreeAndOffsets() {
        AnnotatedText t = Conll.parse("# c\n1 France France NNP LOCATION 2 nsubj\n2 protested protest VBD O 0 root\n\n"
                + "1 Iran Iran NNP LOCATION 3 nsubj:pass\n2 was be VBD O 3 aux:pass\n3 warned warn VBN O 0 root\n");
        assertEquals("France protested\nIran was warned", t.text());
        Sentence s = t.sentences().get(1);
        assertEquals(2, s.root());
        assertEquals("nsubj", s.baseRel(0));
        assertEquals(0, s.child(2, "nsubj"));
        assertTrue(s.dominates(2, 0));
        assertEquals("Iran", t.text().substring(s.token(0).begin(), s.token(0).end()));
    }

    @Test
    void badLinesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conll.parse("1 a a DT O\n"));
        assertTrue(e.getMessage().contains("line 1"));
        assertThrows(IllegalArgumentException.class, () -> Conll.parse("1 a a DT O 1 root\n"));
    }
}
