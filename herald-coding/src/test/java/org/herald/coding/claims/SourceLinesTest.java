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
    }

    @Test
    void noneWhenThePageNamesNone() {
        assertNull(SourceLines.upstream("France condemned the attack (which killed three) - officials said."));
    }
}
