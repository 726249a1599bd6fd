package org.herald.model;

import java.util.List;

/** An article and the events coded from it. */
public record CodedArticle(Article article, List<Event> events) {
    public CodedArticle {
        events = List.copyOf(events);
    }
}
