package org.herald.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.coding.Coder;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths to articles, and every kind of bad input to a failure that says why. */
class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(new Defaults("Flag Wire", LocalDate.of(2025, 1, 2)));

    private List<Item> readAll(Path... paths) {
        List<Item> out = new ArrayList<>();
        for (InputFile f : reader.expand(List.of(paths), out::add)) {
            reader.read(f, out::add);
        }
        return out;
    }

    private static Article article(Item i) {
        if (i instanceof Item.Read r) {
            return r.article();
        }
        throw new AssertionError("expected an article, got " + i);
    }

    private static String reason(Item i) {
        if (i instanceof Item.Failed f) {
            return f.reason();
        }
        throw new AssertionError("expected a failure, got " + i);
    }

    @Test
    void jsonlLinesBecomeArticlesOrFailuresNamingTheirLine() throws IOException {
        Path f = dir.resolve("batch.jsonl");
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff,
            '"', '}'};
        try (var out = Files.newOutputStream(f)) {
            out.write(("{\"id\":\"a1\",\"text\":\"France condemned the attack.\",\"source\":\"Wire A\"}\n"
                    + "{\"id\":\"a2\",\"text\":\n"
                    + "\n"
                    + "{\"id\":\"a3\",\"title\":\"no text\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.write("\r\n{\"id\":\"a6\",\"date\":\"2024-10-22\",\"text\":\"Police arrested protesters.\"}".getBytes(StandardCharsets.UTF_8));
        }
        List<Item> items = readAll(f);
        assertEquals(5, items.size(), items.toString());
        Article a1 = article(items.get(0));
        assertEquals("a1", a1.id());
        assertEquals("Wire A", a1.source(), "the line's own source wins over --source");
        assertEquals(LocalDate.of(2025, 1, 2), a1.date(), "--date fills a missing date");
        assertEquals(f + ":1", items.get(0).input());
        assertTrue(reason(items.get(1)).startsWith("line 2: not valid JSON"), reason(items.get(1)));
        assertEquals(f + ":2", items.get(1).input());
        assertTrue(reason(items.get(2)).contains("missing required field \"text\""));
        assertEquals(f + ":4", items.get(2).input(), "blank line 3 skipped, not failed");
        assertTrue(reason(items.get(3)).startsWith("line 5: not UTF-8 text"), reason(items.get(3)));
        Article a6 = article(items.get(4));
        assertEquals(LocalDate.of(2024, 10, 22), a6.date());
        assertEquals("Flag Wire", a6.source());
        assertEquals(5, reader.estimate(new InputFile(f, "batch.jsonl")), "non-blank lines");
        assertEquals(ContentHash.of("Police arrested protesters."), ((Item.Read) items.get(4)).contentHash());
    }

    @Test
    void textAndMarkdownFilesWithAndWithoutFrontMatter() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("news/sub"));
        Files.writeString(dir.resolve("news/b.md"), "---\nid: ex-07\ntitle: A title\nsource: Riverside Gazette\n"
                + "date: 2025-03-14\n---\n\nLITHUANIA and Latvia expelled diplomats.\n");
        Files.writeString(sub.resolve("a.txt"), "Headline on the first line\n\nThe body follows here.\n");
        Files.writeString(dir.resolve("news/notes.csv"), "not an article");
        Files.writeString(dir.resolve("news/.hidden.txt"), "hidden");
        List<Item> items = readAll(dir.resolve("news"));
        assertEquals(2, items.size(), items.toString());
        Article b = article(items.get(0));
        assertEquals("ex-07", b.id());
        assertEquals("Riverside Gazette", b.source());
        assertEquals(LocalDate.of(2025, 3, 14), b.date());
        assertEquals("LITHUANIA and Latvia expelled diplomats.", b.text());
        Article a = article(items.get(1));
        assertEquals("sub/a.txt", a.id(), "the path inside the folder");
        assertEquals("Headline on the first line", a.title());
        assertEquals("Flag Wire", a.source());
        assertEquals(LocalDate.of(2025, 1, 2), a.date());
    }

    @Test
    void badFilesBecomeFailuresWithTheirReason() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks in Ankara.".getBytes(StandardCharsets.ISO_8859_1));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nowhere.txt"));
        Files.writeString(in.resolve("empty.md"), "  \n\n");
        Files.writeString(in.resolve("open.md"), "---\nid: x\n\nno closing line\n");
        copy("no-text.html", in.resolve("page.html"));
        Files.writeString(dir.resolve("data.xml"), "<xml/>");
        List<Item> items = readAll(in, dir.resolve("missing.txt"), dir.resolve("data.xml"));
        List<String> reasons = items.stream().map(ArticleReaderTest::reason).toList();
        assertEquals(7, reasons.size(), reasons.toString());
        assertEquals("no such file or folder", reasons.get(0));
        assertEquals("not a kind of file herald reads (.jsonl, .txt, .md, .html, .htm)", reasons.get(1));
        assertTrue(reasons.contains("empty file: no article text"), reasons.toString());
        assertTrue(reasons.contains("cannot read: no such file (or a broken link)"), reasons.toString());
        assertTrue(reasons.contains("not UTF-8 text (invalid byte sequence at byte 3)"), reasons.toString());
        assertTrue(reasons.contains("no article text found in the HTML page"), reasons.toString());
        assertTrue(reasons.contains("open.md: front matter opened with --- is never closed"), reasons.toString());
    }

    @Test
    void htmlFilesTakeTheirMetaAndTheirPathAsId() throws IOException {
        copy("article-page.html", dir.resolve("page.html"));
        copy("cp1252-page.html", dir.resolve("cafe.htm"));
        List<Item> items = readAll(dir);
        Article cafe = article(items.get(0));
        assertEquals("cafe.htm", cafe.id());
        assertTrue(cafe.text().contains("met in a caf\u00e9 near the ministry"), "the declared charset is honoured");
        Article page = article(items.get(1));
        assertEquals("page.html", page.id());
        assertEquals("Northgate Post", page.source(), "the page's own publisher wins over --source");
        assertEquals(LocalDate.of(2025, 3, 10), page.date());
        assertEquals("Poland summons Belarusian ambassador over troops", page.title());
    }

    @Test
    void sizesAreBounded() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat((int) ArticleReader.MAX_TEXT_FILE_BYTES + 1));
        Path long1 = dir.resolve("long.txt");
        Files.writeString(long1, "Title\n" + "word ".repeat(Coder.MAX_TEXT_CHARS / 5 + 1));
        Path lines = dir.resolve("huge.jsonl");
        String huge = "{\"id\":\"h\",\"text\":\"" + "y".repeat(ArticleReader.MAX_JSONL_LINE_BYTES) + "\"}";
        Files.writeString(lines, huge + "\n{\"id\":\"ok\",\"text\":\"Still read after the huge line.\"}\n");
        List<Item> items = readAll(big, long1, lines);
        assertTrue(reason(items.get(0)).startsWith("file is " + Files.size(big) + " bytes, more than herald reads"));
        assertTrue(reason(items.get(1)).contains("more than the " + Coder.MAX_TEXT_CHARS + " herald codes"),
                reason(items.get(1)));
        assertTrue(reason(items.get(2)).startsWith("line 1 is " + huge.length() + " bytes"),
                reason(items.get(2)));
        assertEquals("ok", article(items.get(3)).id());
    }

    private static void copy(String fixture, Path to) throws IOException {
        try (InputStream in = ArticleReaderTest.class.getResourceAsStream(fixture)) {
            Files.copy(in, to);
        }
    }
}
