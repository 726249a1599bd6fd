package org.herald.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Main text and meta tags from the small pages beside this test. */
class HtmlExtractorTest {
    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anArticlePageKeepsItsParagraphsAndDropsTheRest() throws IOException {
        HtmlExtractor.Extracted x = HtmlExtractor.extract(fixture("article-page.html"), null);
        assertEquals("Poland summons Belarusian ambassador over troops", x.title(), "og:title before <title>");
        assertEquals(LocalDate.of(2025, 3, 10), x.date());
        assertEquals("Northgate Post", x.publisher());
        assertEquals("https://northgatepost.example/2025/03/10/poland-summons-envoy", x.url());
        assertEquals("en", x.language());
        String[] paragraphs = x.text().split("\n\n");
        assertEquals(5, paragraphs.length, x.text());
        assertTrue(paragraphs[0].startsWith("WARSAW - Poland's foreign ministry summoned"));
        assertEquals("Intelligence assessment", paragraphs[2]);
        assertEquals("\"This is a threat to all of us,\" the deputy minister said.", paragraphs[4]);
        for (String junk : new String[] {"cookies", "Politics", "Share on", "Read more", "Related", "Copyright",
            "dataLayer", "position: fixed", "By Anna Nowak", "Photo: archive"}) {
            assertFalse(x.text().contains(junk), "dropped: " + junk);
        }
    }

    @Test
    void aPageWithoutArticleTagsFindsItsDensestParagraphs() throws IOException {
        HtmlExtractor.Extracted x = HtmlExtractor.extract(fixture("div-page.html"), null);
        assertEquals("Ceasefire holds on the border", x.title());
        assertEquals(LocalDate.of(2025, 4, 15), x.date());
        assertEquals("Summit Chronicle", x.publisher());
        assertEquals("https://summitchronicle.example/ceasefire", x.url());
        assertEquals(3, x.text().split("\n\n").length, x.text());
        assertTrue(x.text().startsWith("DUSHANBE - Kyrgyzstan and Tajikistan agreed a ceasefire"));
        assertFalse(x.text().contains("Most read"));
        assertFalse(x.text().contains("newsletter"));
    }

    @Test
    void aPageOfMenusAndScriptsHasNoArticleText() throws IOException {
        assertEquals("", HtmlExtractor.extract(fixture("no-text.html"), null).text());
        assertEquals("", HtmlExtractor.extract("", null).text());
        assertEquals("", HtmlExtractor.extract("<html><body><p>Too short.</p></body></html>", null).text());
    }

    @Test
    void aWrapperWithABoilerplateClassStillYieldsTheArticle() {
        String html = "<html><body><div class=\"page with-comments\"><div><p>"
                + "The foreign ministry summoned the ambassador on Monday over the expulsion of three diplomats.</p>"
                + "<p>The ministry said the move was unacceptable.</p></div></div></body></html>";
        assertTrue(HtmlExtractor.extract(html, null).text().startsWith("The foreign ministry summoned"));
    }
}
