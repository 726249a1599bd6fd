package org.herald.coding.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
    @Test
    void sourceLineAtTheEnd() {
        assertEquals("Krone", SourceLines.upstream("Body text.\nSource: Krone\n\nI am a journalist."));
    }

    @Test
    void wireDateline() {
        assertEquals("Meridian Wire", SourceLines.upstream("ANKARA, March 3 (Meridian Wire) - Turkey said on Monday ..."));
        assertEquals("Yonhap", SourceLines.upstream("SEOUL, Oct 18 (Yonhap) — The spy agency said ..."));
        assertEquals("Reuters", SourceLines.upstream("KYIV (Reuters) - Ukraine said ..."));
        assertEquals("AFP", SourceLines.upstream("TRIPOLI, Lebanon, May 20 (AFP) - Lebanese troops arrested ..."));
    }

    @Test
    void noneWhenThePageNamesNone() {
        assertNull(SourceLines.upstream("France condemned the attack (which killed three) - officials said."));
    }

    @Test
    void furnitureIsBlankedWithoutMovingAnyOffset() {
        String text = "ANKARA, Sept 18 (Polaris News Agency) - Ethiopia and Somalia signed.\nMore text.\nSource: Krone\n";
        String masked = SourceLines.withoutFurniture(text);
        assertEquals(text.length(), masked.length());
        assertEquals(text.indexOf("Ethiopia"), masked.indexOf("Ethiopia"));
        assertEquals(-1, masked.indexOf("ANKARA"));
        assertEquals(-1, masked.indexOf("Krone"));
        assertEquals(text.indexOf("More text"), masked.indexOf("More text"));
        String plain = "France condemned the attack (which killed three) - officials said.";
        assertEquals(plain, SourceLines.withoutFurniture(plain));
    }
}
