package org.herald.coding.modality;

import static org.herald.coding.Fixtures.codeSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.Claim;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.junit.jupiter.api.Test;

/** One test per claim construction (stored parses in claims.conll; sentence numbers from 0). */
class ClaimConstructionsTest {
    private static Event reported(int sentence, String cameo) {
        List<Event> ev = codeSentence("claims.conll", sentence, "2024-10-22");
        return ev.stream().filter(e -> e.cameo().equals(cameo)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + cameo + " in " + ev));
    }

    @Test
    void accordingTo() {
        Event e = reported(0, "195");
        assertEquals(Mode.CLAIMED, e.mode());
        assertEquals("KEN", e.claim().claimant().country());
        assertEquals("according to", e.claim().verb());
    }

    @Test
    void reportingVerbAfterTheClause() {
        Event e = reported(1, "195");
        assertEquals(Mode.CLAIMED, e.mode());
        assertEquals("KEN", e.claim().claimant().country());
        assertEquals("said", e.claim().verb());
    }

    @Test
    void citingMakesTheCitedSourceTheClaimantAndTheReporterItsRelay() {
        Event e = reported(2, "190");
        assertEquals("SPY", e.claim().claimant().sector());
        assertEquals(List.of("Yonhap"), e.claim().via());
    }

    @Test
    void quoteWithItsSpeaker() {
        Event e = reported(3, "195");
        assertEquals(Mode.CLAIMED, e.mode());
        assertEquals("UGA", e.claim().claimant().country());
        assertEquals("MIL", e.claim().claimant().sector());
    }

    @Test
    void accordingToAfterTheSpeechVerbIsARelay() {
        Event e = reported(4, "190");
        Claim c = e.claim();
        assertEquals("KOR", c.claimant().country());
        assertEquals("SPY", c.claimant().sector());
        assertEquals(List.of("Yonhap"), c.via());
    }

    @Test
    void denialNegatesTheDeniedEvent() {
        Event e = reported(5, "195");
        assertEquals(Mode.NEGATED, e.mode());
        assertEquals("denies", e.claim().stance());
        assertEquals("KEN", e.claim().claimant().country());
        Event denial = reported(5, "016");
        assertEquals("KEN", denial.sourceActor().country());
    }

    @Test
    void dismissingReportsIsADenial() {
        Event e = reported(6, "190");
        assertEquals(Mode.NEGATED, e.mode());
        assertEquals("denies", e.claim().stance());
        assertEquals("RUS", e.claim().claimant().country());
    }

    @Test
    void reportedThat() {
        Event e = reported(7, "195");
        assertEquals(Mode.CLAIMED, e.mode());
        assertEquals("KEN", e.claim().claimant().country());
        assertEquals("reported", e.claim().verb());
        assertNotNull(e.claim().publisher());
        assertTrue(e.claim().via().isEmpty());
    }
}
