package org.herald.coding.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void readsHeaderAndBody() throws InputError {
        Article a = FrontMatter.parse("f.md", "---\nid: ex-1\ntitle: \"A title\"\nsource: Harbor Ledger\ndate: 2025-03-04\n---\n\nBody one.\nBody two.\n");
        assertEquals("ex-1", a.id());
        assertEquals("A title", a.title());
        assertEquals("Harbor Ledger", a.source());
        assertEquals(LocalDate.of(2025, 3, 4), a.date());
        assertEquals("Body one.\nBody two.", a.text());
    }

    @Test
    void withoutHeaderTheFirstLineIsTheTitle() throws InputError {
        Article a = FrontMatter.parse("note.txt", "Headline here\nText.");
        assertEquals("note.txt", a.id());
        assertEquals("Headline here", a.title());
    }

    @Test
    void unclosedHeaderAndEmptyBodyAreErrors() {
        assertThrows(InputError.class, () -> FrontMatter.parse("a.md", "---\nid: x\nbody"));
        assertThrows(InputError.class, () -> FrontMatter.parse("b.md", "---\nid: x\n---\n   \n"));
    }
}
