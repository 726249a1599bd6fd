package org.herald.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.herald.coding.Coder;
import org.herald.coding.io.ArticleJson;
import org.herald.coding.io.FrontMatter;
import org.herald.coding.io.InputError;
import org.herald.model.Article;

/**
 * Turns paths into articles, or into failures that say why. Reads {@code .jsonl} (one CONTRACT.md input
 * article a line), {@code .txt} and {@code .md} (optional front matter; without it the first line is the title
 * and the file's name the id), {@code .html} and {@code .htm} (main text and meta tags, see
 * {@link HtmlExtractor}), and folders of these, recursively, in name order. Text must be UTF-8 (HTML may
 * declare its own charset); sizes are bounded so one huge input cannot exhaust memory. Stateless and thread-safe.
 */
public final class ArticleReader {
    /** The largest text or Markdown file read: its text could not be coded anyway. */
    static final long MAX_TEXT_FILE_BYTES = 4L * Coder.MAX_TEXT_CHARS;
    /** The largest HTML file read (markup takes room). */
    static final long MAX_HTML_FILE_BYTES = 32L * 1024 * 1024;
    /** The longest JSONL line read (JSON escapes take room). */
    static final int MAX_JSONL_LINE_BYTES = 8 * Coder.MAX_TEXT_CHARS;

    private final Defaults defaults;

    public ArticleReader(Defaults defaults) {
        this.defaults = defaults == null ? Defaults.NONE : defaults;
    }

    /** The file kinds read, by extension. */
    enum Kind { JSONL, TEXT, HTML }

    static Kind kind(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".txt") || n.endsWith(".md")) {
            return Kind.TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Kind.HTML;
        }
        return null;
    }

    /**
     * The files under these paths: a file as given, a folder's supported files recursively in name order
     * (hidden files and other kinds skipped). A path that does not exist, or a file of a kind herald does not
     * read, becomes a failure.
     */
    public List<InputFile> expand(List<Path> paths, Consumer<Item.Failed> failures) {
        List<InputFile> out = new ArrayList<>();
        for (Path root : paths) {
            if (Files.isDirectory(root)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(root)) {
                    found = s.filter(p -> !p.equals(root) && kind(p) != null && !hidden(root, p)
                                    && !Files.isDirectory(p))
                            .sorted().toList();
                } catch (IOException | RuntimeException e) {
                    failures.accept(new Item.Failed(root.toString(), "cannot list the folder: " + describe(e)));
                    continue;
                }
                for (Path p : found) {
                    out.add(new InputFile(p, root.relativize(p).toString().replace('\\', '/')));
                }
            } else if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                failures.accept(new Item.Failed(root.toString(), "no such file or folder"));
            } else if (kind(root) == null) {
                failures.accept(new Item.Failed(root.toString(),
                        "not a kind of file herald reads (.jsonl, .txt, .md, .html, .htm)"));
            } else {
                out.add(new InputFile(root, root.getFileName().toString()));
            }
        }
        return out;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** About how many articles a file holds: its non-blank lines for JSONL, else one. For progress only. */
    public long estimate(InputFile f) {
        if (kind(f.path()) != Kind.JSONL) {
            return 1;
        }
        long n = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f.path()), 1 << 16)) {
            boolean content = false;
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    n += content ? 1 : 0;
                    content = false;
                } else if (b > ' ') {
                    content = true;
                }
            }
            return n + (content ? 1 : 0);
        } catch (IOException e) {
            return 1;
        }
    }

    /** Reads one file: each article it holds, or each failure, goes to {@code sink}. */
    public void read(InputFile f, Consumer<Item> sink) {
        Kind kind = kind(f.path());
        if (kind == null) {
            sink.accept(new Item.Failed(f.input(), "not a kind of file herald reads (.jsonl, .txt, .md, .html, .htm)"));
            return;
        }
        try {
            switch (kind) {
                case JSONL -> readJsonl(f, sink);
                case TEXT -> sink.accept(readText(f));
                case HTML -> sink.accept(readHtml(f));
                default -> throw new IllegalStateException();
            }
        } catch (IOException e) {
            sink.accept(new Item.Failed(f.input(), "cannot read: " + describe(e)));
        }
    }

    private void readJsonl(InputFile f, Consumer<Item> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f.path()), 1 << 16)) {
            Utf8.Lines lines = new Utf8.Lines(in, MAX_JSONL_LINE_BYTES);
            byte[] line;
            int n = 0;
            while ((line = lines.next()) != null) {
                n++;
                String input = f.input() + ":" + n;
                if (lines.tooLong() > 0) {
                    sink.accept(new Item.Failed(input, "line " + n + " is " + (line.length + lines.tooLong())
                            + " bytes, more than herald reads (" + MAX_JSONL_LINE_BYTES + ")"));
                    continue;
                }
                String s;
                try {
                    s = Utf8.decode(line);
                } catch (Utf8.NotUtf8 e) {
                    sink.accept(new Item.Failed(input, "line " + n + ": " + e.getMessage()));
                    continue;
                }
                if (s.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(read(defaults.apply(ArticleJson.parse(s)), input));
                } catch (InputError e) {
                    sink.accept(new Item.Failed(input, "line " + n + ": " + e.getMessage()));
                }
            }
        }
    }

    private Item readText(InputFile f) throws IOException {
        byte[] bytes = bounded(f, MAX_TEXT_FILE_BYTES);
        if (bytes == null) {
            return tooBig(f, MAX_TEXT_FILE_BYTES);
        }
        String content;
        try {
            content = Utf8.decode(bytes);
        } catch (Utf8.NotUtf8 e) {
            return new Item.Failed(f.input(), e.getMessage());
        }
        if (content.isBlank()) {
            return new Item.Failed(f.input(), "empty file: no article text");
        }
        try {
            return read(defaults.apply(FrontMatter.parse(f.name(), content)), f.input());
        } catch (InputError e) {
            return new Item.Failed(f.input(), e.getMessage());
        }
    }

    private Item readHtml(InputFile f) throws IOException {
        byte[] bytes = bounded(f, MAX_HTML_FILE_BYTES);
        if (bytes == null) {
            return tooBig(f, MAX_HTML_FILE_BYTES);
        }
        String html;
        try {
            html = Utf8.decode(bytes);
        } catch (Utf8.NotUtf8 e) {
            // not UTF-8: let jsoup find the charset the page declares (meta charset), else fail as not UTF-8
            org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
            if (d.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
                return new Item.Failed(f.input(), e.getMessage() + " and the page declares no other charset");
            }
            html = d.outerHtml();
        }
        HtmlExtractor.Extracted x = HtmlExtractor.extract(html, null);
        if (x.text().isEmpty()) {
            return new Item.Failed(f.input(), "no article text found in the HTML page");
        }
        Article a = new Article(f.name(), x.text(), x.date(), x.publisher(), x.title(), x.url(),
                x.language() == null ? "en" : x.language());
        return read(defaults.apply(a), f.input());
    }

    /** The checks every article passes before it is coded: its length. */
    private static Item read(Article a, String input) {
        if (a.text().length() > Coder.MAX_TEXT_CHARS) {
            return new Item.Failed(input, "article " + a.id() + ": text is " + a.text().length()
                    + " characters, more than the " + Coder.MAX_TEXT_CHARS + " herald codes");
        }
        if (a.text().isBlank()) {
            return new Item.Failed(input, "article " + a.id() + ": no article text");
        }
        return Item.Read.of(a, input);
    }

    /** The file's bytes, or null when it is larger than {@code max}. */
    private static byte[] bounded(InputFile f, long max) throws IOException {
        if (Files.size(f.path()) > max) {
            return null;
        }
        try (InputStream in = Files.newInputStream(f.path())) {
            byte[] b = in.readNBytes((int) max + 1);
            return b.length > max ? null : b;
        }
    }

    private static Item tooBig(InputFile f, long max) {
        long size;
        try {
            size = Files.size(f.path());
        } catch (IOException e) {
            size = -1;
        }
        return new Item.Failed(f.input(), "file is " + size + " bytes, more than herald reads (" + max + ")");
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (or a broken link)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
