package org.herald.ingest;

import java.time.LocalDate;
import org.herald.model.Article;

/**
 * What an article takes when its input does not say: the publisher ({@code --source}) and the publication date
 * ({@code --date}). Either may be null.
 */
public record Defaults(String publisher, LocalDate date) {
    public static final Defaults NONE = new Defaults(null, null);

    public Article apply(Article a) {
        if ((a.source() != null || publisher == null) && (a.date() != null || date == null)) {
            return a;
        }
        return new Article(a.id(), a.text(), a.date() != null ? a.date() : date,
                a.source() != null ? a.source() : publisher, a.title(), a.url(), a.language());
    }
}
