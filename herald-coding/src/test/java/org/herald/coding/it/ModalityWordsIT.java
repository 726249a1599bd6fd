package org.herald.coding.it;

import static org.herald.coding.it.Coded.code;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Words of negation and intent beyond "not" and "will": real pipeline. */
@Tag("corenlp")
class ModalityWordsIT {
    @Test
    void noLongerNegates() {
        List<Event> ev = code("Russia no longer supplies gas to Moldova.");
        assertTrue(!ev.isEmpty() && ev.stream().allMatch(e -> e.mode() == Mode.NEGATED), ev.toString());
    }

    @Test
    void swearingToActIsAnIntent() {
        List<Event> ev = code("The rebels swore to capture the capital of Chad.");
        assertTrue(!ev.isEmpty() && ev.stream().noneMatch(e -> e.mode() == Mode.ASSERTED), ev.toString());
    }

    @Test
    void aThatClauseOnANounOfSayingIsSomeonesWord() {
        List<Event> ev = code("Poland demanded an admission by Moscow that Soviet forces murdered 15,000 Polish officers.");
        assertTrue(ev.stream().filter(e -> e.root().equals("18") || e.root().equals("19"))
                .allMatch(e -> e.mode() == Mode.CLAIMED), ev.toString());
        assertTrue(code("The allegation that Russian troops shelled the town was denied by Moscow.").stream()
                .noneMatch(e -> e.root().equals("19") && e.mode() == Mode.ASSERTED));
    }
}
