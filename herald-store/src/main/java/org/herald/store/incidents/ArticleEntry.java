package org.herald.store.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;

/**
 * An article as the clusterer keeps it: no text, only its MinHash signature, its publisher and the organisation
 * its story comes from. Not thread-safe.
 */
final class ArticleEntry {
    final int id;
    final String docId;
    final LocalDate date;
    /** Normalised publisher name, or null. */
    final String publisher;
    /** Normalised name of the organisation the story comes from: the wire named upstream, else the publisher. */
    final String organisation;
    final long[] signature;
    /** A digest of the whole coded article: the same digest means nothing changed. */
    final String fingerprint;
    final List<EventNode> nodes = new ArrayList<>();

    ArticleEntry(int id, CodedArticle coded) {
        Article a = coded.article();
        this.id = id;
        this.docId = a.id();
        this.date = a.date();
        this.publisher = MinHash.normalise(a.source());
        String upstream = MinHash.normalise(upstream(coded.events()));
        this.organisation = upstream != null ? upstream : publisher;
        this.signature = MinHash.signature(a.text());
        this.fingerprint = fingerprint(coded);
    }

    /** The upstream most of the article's claims name (a "Source:" line or a wire dateline); ties by name. */
    static String upstream(List<Event> events) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Event e : events) {
            if (e.claim() != null && e.claim().upstream() != null && !e.claim().upstream().isBlank()) {
                counts.merge(e.claim().upstream(), 1, Integer::sum);
            }
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > n) {
                best = c.getKey();
                n = c.getValue();
            }
        }
        return best;
    }

    static String fingerprint(CodedArticle coded) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Article a = coded.article();
            md.update(String.join("\u0000", a.id(), a.text(), String.valueOf(a.date()), String.valueOf(a.source()),
                    String.valueOf(a.title()), String.valueOf(a.url()), String.valueOf(a.language()))
                    .getBytes(StandardCharsets.UTF_8));
            for (Event e : coded.events()) {
                md.update(("\u0001" + e).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
