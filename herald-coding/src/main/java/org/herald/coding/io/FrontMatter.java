package org.herald.coding.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.herald.model.Article;

/**
 * Reads a text or Markdown article with an optional front-matter header:
 * <pre>
 * ---
 * id: ex-01
 * title: ...
 * source: Harbor Ledger
 * date: 2025-03-04
 * url: https://...
 * ---
 * body
 * </pre>
 * Without a header the first line is the title and the file name is the id.
 */
public final class FrontMatter {
    private FrontMatter() {
    }

    public static Article parse(String name, String content) throws InputError {
        String c = content.replace("\r\n", "\n");
        if (c.startsWith("\uFEFF")) {
            c = c.substring(1);
        }
        Map<String, String> meta = new HashMap<>();
        String body = c;
        if (c.startsWith("---\n")) {
            int end = c.indexOf("\n---", 4);
            if (end < 0) {
                throw new InputError(name + ": front matter opened with --- is never closed");
            }
            for (String line : c.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    meta.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), unquote(line.substring(colon + 1).strip()));
                }
            }
            int bodyStart = c.indexOf('\n', end + 4);
            body = bodyStart < 0 ? "" : c.substring(bodyStart + 1);
        }
        body = body.strip();
        if (body.isEmpty()) {
            throw new InputError(name + ": no article text");
        }
        String title = meta.get("title");
        if (title == null && !meta.containsKey("id")) {
            int nl = body.indexOf('\n');
            title = (nl < 0 ? body : body.substring(0, nl)).strip();
        }
        LocalDate date = null;
        if (meta.containsKey("date")) {
            date = ArticleJson.parseDate(meta.get("date"));
            if (date == null) {
                throw new InputError(name + ": date is not an ISO 8601 date: " + meta.get("date"));
            }
        }
        String id = meta.getOrDefault("id", name);
        return new Article(id, body, date, meta.get("source"), title, meta.get("url"),
                meta.getOrDefault("language", "en"));
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
