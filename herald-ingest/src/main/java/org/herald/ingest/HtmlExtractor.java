package org.herald.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.herald.coding.io.ArticleJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in an HTML page: its main text, with scripts, styles, navigation, menus, headers, footers, asides,
 * forms and elements marked as such (role, class or id: nav, menu, footer, sidebar, share, cookie, ad, ...)
 * dropped; and its title, date, publisher, URL and language from the page's meta tags ({@code og:title},
 * {@code article:published_time}, {@code og:site_name}, {@code og:url}, {@code <html lang>}, ...).
 *
 * <p>The main text is the page's {@code <article>} (the one with the most paragraph text when there are
 * several), else its {@code <main>}, else the element whose paragraphs hold the most text. Its paragraphs,
 * subheadings, list items and quotes, each once, become the text, separated by blank lines. Stateless.
 */
public final class HtmlExtractor {
    /** The least text that counts as an article. */
    static final int MIN_TEXT_CHARS = 40;

    private static final String DROP = "script, style, noscript, template, svg, canvas, iframe, object, embed, form, "
            + "button, input, select, textarea, nav, header, footer, aside, menu, dialog, figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=dialog], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|navigation|menu|footer|header|masthead|sidebar|breadcrumbs?|cookies?|consent|"
                    + "banner|ad|ads|advert|advertisement|promo|related|share|sharing|social|subscribe|newsletter|"
                    + "comments?|popup|modal|skip|toolbar|pagination|tags)([-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

    /** What the page gives; any field but {@code text} may be null. */
    public record Extracted(String title, LocalDate date, String publisher, String url, String language, String text) {
    }

    private HtmlExtractor() {
    }

    /** Extracts the article; its text is empty when the page holds none. */
    public static Extracted extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = first(meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"),
                meta(doc, "name", "title"), doc.title(), text(doc.selectFirst("h1")));
        String published = first(meta(doc, "property", "article:published_time"),
                meta(doc, "name", "article:published_time"), meta(doc, "itemprop", "datePublished"),
                meta(doc, "name", "date"), meta(doc, "name", "pubdate"), meta(doc, "name", "publishdate"),
                meta(doc, "name", "dc.date"), meta(doc, "name", "DC.date.issued"), meta(doc, "name", "parsely-pub-date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        LocalDate date = published == null ? null : ArticleJson.parseDate(published);
        String publisher = first(meta(doc, "property", "og:site_name"), meta(doc, "name", "application-name"),
                meta(doc, "name", "publisher"));
        String url = first(meta(doc, "property", "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "abs:href"));
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        String language = lang == null ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new Extracted(title, date, publisher, url, language, mainText(doc));
    }

    static String mainText(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        body.select(DROP).remove();
        int total = paragraphText(body);
        List<Element> marked = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            // an element marked as boilerplate is kept when it holds the article (a wrapper with a stray class):
            // an <article> or <main>, or several paragraphs with most of the page's paragraph text
            if (e != body && !e.is("article, main") && boilerplate(e) && e.selectFirst("article, main") == null
                    && (paragraphText(e) * 2 <= total || e.select("p").size() < 2)) {
                marked.add(e);
            }
        }
        for (Element e : marked) {
            e.remove();
        }
        Element root = pick(body.select("article"));
        if (root == null) {
            root = pick(body.select("main, [role=main]"));
        }
        if (root == null) {
            root = densest(body);
        }
        List<String> parts = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element b : blocks) {
            if (hasBlockAncestor(b, root)) {
                continue;
            }
            String t = b.text().strip();
            if (!t.isEmpty() && !mostlyLinks(b, t)) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            String t = root.text().strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        String text = String.join("\n\n", parts);
        return letters(text) < MIN_TEXT_CHARS ? "" : text;
    }

    private static boolean boilerplate(Element e) {
        String id = e.id();
        String cls = e.className();
        return !id.isEmpty() && BOILERPLATE.matcher(id).find() || !cls.isEmpty() && BOILERPLATE.matcher(cls).find();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Of several candidates, the one with the most paragraph text; null when there is none. */
    private static Element pick(Elements candidates) {
        Element best = null;
        int bestScore = -1;
        for (Element e : candidates) {
            int score = paragraphText(e);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The element whose own paragraphs hold the most text, else the body. */
    private static Element densest(Element body) {
        Element best = body;
        int bestScore = 0;
        for (Element e : body.getAllElements()) {
            int score = 0;
            for (Element child : e.children()) {
                if (child.tagName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean hasBlockAncestor(Element b, Element root) {
        for (Element p = b.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** A short block that is nothing but links ("Read more", "Share on ..."). */
    private static boolean mostlyLinks(Element b, String text) {
        if (text.length() > 200) {
            return false;
        }
        int linked = 0;
        for (Element a : b.select("a")) {
            linked += a.text().length();
        }
        return linked * 10 >= text.length() * 8;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String meta(Document doc, String attr, String name) {
        for (Element m : doc.select("meta[" + attr + "]")) {
            if (m.attr(attr).equalsIgnoreCase(name)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
