package org.herald.coding.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    @Test
    void readsTheContractFields() throws InputError {
        Article a = ArticleJson.parse("{\"id\":\"seed-0001\",\"date\":\"2024-10-22\",\"text\":\"Hi.\",\"source\":\"Today Times Live\",\"extra\":1}");
        assertEquals("seed-0001", a.id());
        assertEquals(LocalDate.of(2024, 10, 22), a.date());
        assertEquals("Today Times Live", a.source());
    }

    @Test
    void acceptsDateTimes() throws InputError {
        assertEquals(LocalDate.of(2024, 10, 22), ArticleJson.parse("{\"id\":\"x\",\"date\":\"2024-10-22T08:15:00Z\",\"text\":\"a\"}").date());
    }

    @Test
    void invalidJsonIsNamed() {
        InputError e = assertThrows(InputError.class, () -> ArticleJson.parse("{\"id\": \"x\", \"text\": "));
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }

    @Test
    void missingTextIsNamedWithTheArticle() {
        InputError e = assertThrows(InputError.class, () -> ArticleJson.parse("{\"id\":\"x7\"}"));
        assertEquals("article x7: missing required field \"text\"", e.getMessage());
    }

    @Test
    void missingIdIsNamed() {
        InputError e = assertThrows(InputError.class, () -> ArticleJson.parse("{\"text\":\"a\"}"));
        assertTrue(e.getMessage().contains("\"id\""));
    }

    @Test
    void emptyTextIsRefused() {
        InputError e = assertThrows(InputError.class, () -> ArticleJson.parse("{\"id\":\"x\",\"text\":\"  \"}"));
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void hugeTextIsRefusedWithItsSize() {
        String big = "a".repeat(5_000_000);
        InputError e = assertThrows(InputError.class, () -> ArticleJson.parse("{\"id\":\"big\",\"text\":\"" + big + "\"}"));
        assertTrue(e.getMessage().contains("5000000 characters"), e.getMessage());
    }

    @Test
    void binaryJunkIsRefused() {
        assertThrows(InputError.class, () -> ArticleJson.parse("\u0000\u0001\u00ff\u00fe garbage"));
        InputError e = assertThrows(InputError.class,
                () -> ArticleJson.parse("{\"id\":\"b\",\"text\":\"\\u0000\\u0001\\u0002\\u0003abc\"}"));
        assertTrue(e.getMessage().contains("control characters"));
    }

    @Test
    void badDateIsNamed() {
        InputError e = assertThrows(InputError.class, () -> ArticleJson.parse("{\"id\":\"d\",\"date\":\"last Friday\",\"text\":\"a\"}"));
        assertTrue(e.getMessage().contains("ISO 8601"));
    }
}
