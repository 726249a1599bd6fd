package org.herald.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input article (CONTRACT.md "Input"). {@code id} and {@code text} are required; the
 * publication {@code date} anchors relative dates; {@code source} is the publisher.
 */
public record Article(String id, String text, LocalDate date, String source, String title, String url,
                      String language) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
    }

    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null, "en");
    }
}
