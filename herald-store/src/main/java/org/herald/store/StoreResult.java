package org.herald.store;

/**
 * What {@link EventStore#store} did with one article.
 *
 * @param events the article's events now in the store (0 when unchanged)
 */
public record StoreResult(Outcome outcome, int events) {
    /** Added as new, replaced an older version of the same article id, or left alone (same content hash). */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }
}
