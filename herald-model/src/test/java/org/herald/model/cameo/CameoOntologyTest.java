package org.herald.model.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
    private final CameoOntology cameo = CameoOntology.standard();

    @Test
    void hasEveryRootAndAllCodebookCodes() {
        IntStream.rangeClosed(1, 20).forEach(r -> assertTrue(cameo.find(String.format("%02d", r)).isPresent(), "root " + r));
        assertTrue(cameo.all().size() >= 300, "codes: " + cameo.all().size());
    }

    @Test
    void quadClassFollowsTheRoot() {
        assertEquals(1, cameo.get("057").quadClass());
        assertEquals(2, cameo.get("072").quadClass());
        assertEquals(3, cameo.get("112").quadClass());
        assertEquals(4, cameo.get("195").quadClass());
    }

    @Test
    void goldsteinAndPloverArePinned() {
        assertEquals(-2.0, cameo.get("112").goldstein());
        assertEquals(-5.0, cameo.get("016").goldstein());
        assertEquals("ACCUSE", cameo.get("110").plover().type());
        assertEquals("AID", cameo.get("072").plover().type());
        assertNull(cameo.get("010").plover(), "PLOVER has no statement type");
    }

    @Test
    void unknownCodeIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cameo.get("999"));
        assertTrue(e.getMessage().contains("999"));
    }
}
